package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// BaseValuer is implemented by instances of user subclasses of the built-in
// value types (int, float, complex): BaseValue returns the built-in value the
// instance carries (an Int, *BigInt, Float or Complex). The number slots use
// it to operate on such instances.
type BaseValuer interface {
	BaseValue() Object
}

// IntMaxStrDigits is sys.get_int_max_str_digits(): the maximum number of
// decimal digits converted between str and int (0: no limit). It is
// process-wide (CPython keeps it per interpreter).
var IntMaxStrDigits atomic.Int64

// Limits that keep pyg from hanging or exhausting memory on absurd ints:
// results of shifts and products beyond intMaxBits bits, and powers beyond
// intMaxPowBits bits, raise MemoryError.
const (
	intMaxBits    = 1 << 32
	intMaxPowBits = 1 << 27
)

func init() { IntMaxStrDigits.Store(4300) }

// intValue returns an int operand's value: small when big is nil.
func intValue(o Object) (small int64, b *big.Int, ok bool) {
	switch v := o.(type) {
	case Int:
		return int64(v), nil, true
	case Bool:
		if v {
			return 1, nil, true
		}
		return 0, nil, true
	case *BigInt:
		return 0, v.V, true
	case BaseValuer:
		switch w := v.BaseValue().(type) {
		case Int:
			return int64(w), nil, true
		case *BigInt:
			return 0, w.V, true
		case Bool:
			if w {
				return 1, nil, true
			}
			return 0, nil, true
		}
	}
	return 0, nil, false
}

// intToBig returns an int operand as a *big.Int (which must not be modified).
func intToBig(o Object) (*big.Int, bool) {
	s, b, ok := intValue(o)
	if !ok {
		return nil, false
	}
	if b != nil {
		return b, true
	}
	return big.NewInt(s), true
}

// intBase returns the Int or *BigInt value of an int operand (Bool becomes Int).
func intBase(o Object) (Object, bool) {
	s, b, ok := intValue(o)
	if !ok {
		return nil, false
	}
	if b != nil {
		return &BigInt{V: b}, true
	}
	return Int(s), true
}

func intMemoryError(t *Thread) error { return NewException(t, MemoryErrorType) }

// bigToFloat converts x to the nearest float64; ok is false on overflow.
func bigToFloat(x *big.Int) (float64, bool) {
	f, _ := x.Float64()
	if math.IsInf(f, 0) {
		return f, false
	}
	return f, true
}

// intToFloat converts an int operand to float64 (OverflowError when too large).
func intToFloat(t *Thread, o Object) (float64, error) {
	s, b, _ := intValue(o)
	if b == nil {
		return float64(s), nil
	}
	f, ok := bigToFloat(b)
	if !ok {
		return 0, Errorf(t, OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// bigTrueDiv returns a/b correctly rounded (b != 0), as CPython's
// long_true_divide; ok is false when the result overflows a float.
func bigTrueDiv(a, b *big.Int) (float64, bool) {
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	if a.Sign() == 0 {
		if neg {
			return math.Copysign(0, -1), true
		}
		return 0, true
	}
	x := new(big.Int).Abs(a)
	y := new(big.Int).Abs(b)
	// a/b lies in [2**(diff-1), 2**(diff+1)).
	diff := x.BitLen() - y.BitLen()
	if diff > 1025 {
		return 0, false
	}
	// Keep at least 56 significant bits plus a sticky bit.
	shift := max(diff, -1021) - 58
	if shift < 0 {
		x.Lsh(x, uint(-shift))
	} else {
		y.Lsh(y, uint(shift))
	}
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 {
		q.SetBit(q, 0, 1)
	}
	f := new(big.Float).SetInt(q)
	f.SetMantExp(f, shift)
	res, _ := f.Float64()
	if math.IsInf(res, 0) {
		return 0, false
	}
	if neg {
		res = -res
	}
	return res, true
}

// intCmpFloat compares an int (small or big) with a non-NaN float exactly:
// -1, 0 or 1.
func intCmpFloat(s int64, b *big.Int, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if b == nil && s >= -(1<<53) && s <= 1<<53 {
		x := float64(s)
		switch {
		case x < f:
			return -1
		case x > f:
			return 1
		}
		return 0
	}
	if b == nil {
		b = big.NewInt(s)
	}
	bf := new(big.Float).SetInt(b)
	ff := new(big.Float).SetFloat64(f)
	return bf.Cmp(ff)
}

// bigHash is CPython's hash of an int: the value modulo 2**61-1 with the sign.
func bigHash(x *big.Int) int64 {
	var m big.Int
	m.Abs(x)
	// Reduce with 61-bit chunks: 2**61 ≡ 1 (mod 2**61-1).
	words := m.Bits()
	var acc uint64
	if bits.UintSize == 64 {
		// Process from the most significant bit downwards, like CPython.
		for i := len(words) - 1; i >= 0; i-- {
			w := uint64(words[i])
			// acc = (acc * 2**64 + w) mod P, with 2**64 ≡ 8 (mod P).
			hi, lo := bits.Mul64(acc, 8)
			lo, c := bits.Add64(lo, w, 0)
			hi += c
			// value = hi*2**64 + lo; reduce: 2**64 ≡ 8
			v := hi*8 + (lo >> 61) + (lo & hashModulus)
			for v >= hashModulus {
				v -= hashModulus
			}
			acc = v
		}
	} else {
		acc = new(big.Int).Mod(&m, big.NewInt(hashModulus)).Uint64()
	}
	h := int64(acc)
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// intDigitLimitError is the error of a too long int <-> str conversion.
func intDigitLimitError(t *Thread, ndigits int) error {
	lim := IntMaxStrDigits.Load()
	if ndigits < 0 {
		return Errorf(t, ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
	}
	return Errorf(t, ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, ndigits)
}

// IntToString returns the decimal text of an int (no digit limit).
func IntToString(o Object) string {
	s, b, ok := intValue(o)
	if !ok {
		return "?"
	}
	if b != nil {
		return b.String()
	}
	return strconv.FormatInt(s, 10)
}

// intDecimal returns the decimal text of an int, enforcing IntMaxStrDigits.
func intDecimal(t *Thread, o Object) (string, error) {
	s, b, _ := intValue(o)
	if b == nil {
		return strconv.FormatInt(s, 10), nil
	}
	if lim := IntMaxStrDigits.Load(); lim > 0 {
		// A number of n bits has at least floor((n-1)*log10(2))+1 digits.
		if float64(b.BitLen()-1)*math.Log10(2) >= float64(lim)+1 {
			return "", intDigitLimitError(t, -1)
		}
		str := b.String()
		nd := len(str)
		if b.Sign() < 0 {
			nd--
		}
		if int64(nd) > lim {
			return "", intDigitLimitError(t, -1)
		}
		return str, nil
	}
	return b.String(), nil
}

// unicodeDigitValue returns the value of a Unicode decimal digit (category Nd), or -1.
func unicodeDigitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if rune(rg.Lo) <= r && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// numASCII converts Unicode decimal digits to ASCII and Unicode spaces to
// ' ', as CPython does before parsing numbers. ok is false when s has
// other non-ASCII characters.
func numASCII(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			sb.WriteRune(r)
		case unicode.IsSpace(r):
			sb.WriteByte(' ')
		default:
			d := unicodeDigitValue(r)
			if d < 0 {
				return "", false
			}
			sb.WriteByte(byte('0' + d))
		}
	}
	return sb.String(), true
}

func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || (c >= 0x1c && c <= 0x1f)
}

func trimPySpace(s string) string {
	i, j := 0, len(s)
	for i < j && isPySpace(s[i]) {
		i++
	}
	for j > i && isPySpace(s[j-1]) {
		j--
	}
	return s[i:j]
}

// truncRepr is repr(s) cut to 200 characters (CPython's %.200R).
func truncRepr(s string) string {
	r := QuoteStr(s)
	if utf8.RuneCountInString(r) <= 200 {
		return r
	}
	n := 0
	for i := range r {
		if n == 200 {
			return r[:i]
		}
		n++
	}
	return r
}

// IntFromString parses s as int(s, base) does (base 0 or 2..36): surrounding
// whitespace, a sign, an optional base prefix, single underscores between
// digits, Unicode decimal digits. Errors are CPython's ValueErrors.
func IntFromString(t *Thread, s string, base int) (Object, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(t, ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	v, err := intParse(t, s, base)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, Errorf(t, ValueErrorType, "invalid literal for int() with base %d: %s", base, truncRepr(s))
	}
	return v, nil
}

// intParse returns nil, nil for a malformed literal.
func intParse(t *Thread, orig string, base int) (Object, error) {
	s, ok := numASCII(orig)
	if !ok {
		return nil, nil
	}
	s = trimPySpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			switch p {
			case 'x':
				base = 16
			case 'o':
				base = 8
			default:
				base = 2
			}
			s = s[2:]
			prefixed = true
		}
	}
	leadingZeroCheck := false
	if base == 0 {
		base = 10
		leadingZeroCheck = true
	}
	// Validate digits and underscores.
	if s == "" {
		return nil, nil
	}
	if s[0] == '_' {
		if !prefixed {
			return nil, nil
		}
		s = s[1:]
		if s == "" {
			return nil, nil
		}
	}
	ndigits := 0
	hasUnderscore := false
	prevUnderscore := false
	allZero := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prevUnderscore || i == 0 {
				return nil, nil
			}
			prevUnderscore = true
			hasUnderscore = true
			continue
		}
		prevUnderscore = false
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'z':
			d = int(c-'a') + 10
		case c >= 'A' && c <= 'Z':
			d = int(c-'A') + 10
		default:
			return nil, nil
		}
		if d >= base {
			return nil, nil
		}
		if d != 0 {
			allZero = false
		}
		ndigits++
	}
	if prevUnderscore {
		return nil, nil
	}
	if leadingZeroCheck && s[0] == '0' && !allZero {
		return nil, nil
	}
	if hasUnderscore {
		s = strings.ReplaceAll(s, "_", "")
	}
	if ndigits <= 18 || (base >= 16 && ndigits <= 15) {
		if n, err := strconv.ParseUint(s, base, 64); err == nil {
			if neg {
				if n <= 1<<63 {
					return Int(-int64(n)), nil
				}
			} else if n < 1<<63 {
				return Int(int64(n)), nil
			}
		}
	}
	if base&(base-1) != 0 {
		if lim := IntMaxStrDigits.Load(); lim > 0 && int64(ndigits) > lim {
			return nil, intDigitLimitError(t, ndigits)
		}
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, nil
	}
	if neg {
		b.Neg(b)
	}
	return MakeInt(b), nil
}
