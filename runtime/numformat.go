package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements the format-spec mini-language
// ([[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type])
// for int, bool, float, complex and str, builtin format(), and the number
// conversions of printf-style % formatting.

// nfSpec is a parsed format spec. width and prec are -1 when absent; typ
// is 0 when absent (after defaulting).
type nfSpec struct {
	fill     rune
	align    byte
	sign     byte
	noNeg0   bool
	alt      bool
	width    int
	grouping byte // 0, ',' or '_'
	group4   bool // '_' grouping of b/o/x/X: every four digits
	prec     int
	typ      byte
	fillSet  bool
	alignSet bool
}

func nfIsAlign(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// nfParse parses spec for an object of type typeName; defType is the type
// used when spec has none; defAlign is the default alignment.
func nfParse(t *Thread, spec string, typeName string, defType byte, defAlign byte) (nfSpec, error) {
	f := nfSpec{fill: ' ', align: defAlign, width: -1, prec: -1, typ: defType}
	rs := []rune(spec)
	n := len(rs)
	i := 0
	if n >= 2 && nfIsAlign(rs[1]) {
		f.fill = rs[0]
		f.align = byte(rs[1])
		f.fillSet, f.alignSet = true, true
		i = 2
	} else if n >= 1 && nfIsAlign(rs[0]) {
		f.align = byte(rs[0])
		f.alignSet = true
		i = 1
	}
	if i < n && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		f.sign = byte(rs[i])
		i++
	}
	if i < n && rs[i] == 'z' {
		f.noNeg0 = true
		i++
	}
	if i < n && rs[i] == '#' {
		f.alt = true
		i++
	}
	if i < n && rs[i] == '0' && !f.fillSet {
		f.fill = '0'
		if !f.alignSet && defAlign == '>' {
			f.align = '='
		}
		i++
	}
	readInt := func() (int, bool, error) {
		start := i
		v := 0
		for i < n && rs[i] >= '0' && rs[i] <= '9' {
			if v > (math.MaxInt32-9)/10 {
				return 0, false, Errorf(t, ValueErrorType, "Too many decimal digits in format string")
			}
			v = v*10 + int(rs[i]-'0')
			i++
		}
		return v, i > start, nil
	}
	w, ok, err := readInt()
	if err != nil {
		return f, err
	}
	if ok {
		f.width = w
	}
	if i < n && (rs[i] == ',' || rs[i] == '_') {
		f.grouping = byte(rs[i])
		i++
		if i < n && (rs[i] == ',' || rs[i] == '_') {
			if rs[i] == byte2rune(f.grouping) {
				return f, Errorf(t, ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, f.grouping)
			}
			return f, Errorf(t, ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if i < n && rs[i] == '.' {
		i++
		p, ok, err := readInt()
		if err != nil {
			return f, err
		}
		if !ok {
			return f, Errorf(t, ValueErrorType, "Format specifier missing precision")
		}
		f.prec = p
	}
	if n-i > 1 {
		return f, Errorf(t, ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if n-i == 1 {
		if rs[i] > 0xff {
			return f, Errorf(t, ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", rs[i], typeName)
		}
		f.typ = byte(rs[i])
	}
	if f.grouping != 0 {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.grouping == '_' {
				f.group4 = true
				break
			}
			fallthrough
		default:
			if f.typ >= 0x20 && f.typ < 0x7f {
				return f, Errorf(t, ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, f.typ)
			}
			return f, Errorf(t, ValueErrorType, "Cannot specify '%c' with '\\x%x'.", f.grouping, f.typ)
		}
	}
	return f, nil
}

func byte2rune(b byte) rune { return rune(b) }

func nfUnknownCode(t *Thread, c byte, typeName string) error {
	if c >= 0x20 && c < 0x7f {
		return Errorf(t, ValueErrorType, "Unknown format code '%c' for object of type '%s'", c, typeName)
	}
	return Errorf(t, ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", c, typeName)
}

// nfGroupDigits inserts separators every group digits from the right,
// padding with zeros to minWidth (CPython's InsertThousandsGrouping).
func nfGroupDigits(digits string, sep byte, group, minWidth int) string {
	remaining := len(digits)
	out := make([]byte, 0, len(digits)+len(digits)/group+max(minWidth, 0)+1)
	end := len(digits)
	useSep := false
	for {
		l := min(group, max(remaining, minWidth, 1))
		if sep == 0 {
			l = max(remaining, minWidth, 1)
		}
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		if useSep && sep != 0 {
			out = append(out, sep)
		}
		for k := 0; k < nChars; k++ {
			out = append(out, digits[end-1-k])
		}
		end -= nChars
		for k := 0; k < nZeros; k++ {
			out = append(out, '0')
		}
		useSep = true
		remaining -= nChars
		minWidth -= l
		if sep == 0 || (remaining <= 0 && minWidth <= 0) {
			break
		}
		minWidth--
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// nfNumber assembles a formatted number: sign (0, '-' for negative),
// prefix, integer digits and the remainder (decimal point, fraction,
// exponent, '%'), with padding and grouping as CPython's calc_number_widths
// and fill_number.
func nfNumber(f *nfSpec, negative bool, prefix, digits, remainder string) string {
	var signCh byte
	switch f.sign {
	case '+':
		signCh = '+'
		if negative {
			signCh = '-'
		}
	case ' ':
		signCh = ' '
		if negative {
			signCh = '-'
		}
	default:
		if negative {
			signCh = '-'
		}
	}
	nSign := 0
	if signCh != 0 {
		nSign = 1
	}
	nonDigit := nSign + len(prefix) + utf8.RuneCountInString(remainder)
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - nonDigit
	}
	grouped := digits
	if digits != "" {
		group := 3
		if f.group4 {
			group = 4
		}
		if f.grouping != 0 {
			grouped = nfGroupDigits(digits, f.grouping, group, minWidth)
		} else if minWidth > len(digits) {
			grouped = strings.Repeat("0", minWidth-len(digits)) + digits
		}
	}
	padding := f.width - (nonDigit + len(grouped))
	var lpad, spad, rpad int
	if padding > 0 {
		switch f.align {
		case '<':
			rpad = padding
		case '^':
			lpad = padding / 2
			rpad = padding - lpad
		case '=':
			spad = padding
		default:
			lpad = padding
		}
	}
	var sb strings.Builder
	fill := string(f.fill)
	sb.WriteString(strings.Repeat(fill, lpad))
	if signCh != 0 {
		sb.WriteByte(signCh)
	}
	sb.WriteString(prefix)
	sb.WriteString(strings.Repeat(fill, spad))
	sb.WriteString(grouped)
	sb.WriteString(remainder)
	sb.WriteString(strings.Repeat(fill, rpad))
	return sb.String()
}

// nfPad pads s (of n code points) to the spec's width with its alignment.
func nfPad(f *nfSpec, s string) string {
	n := utf8.RuneCountInString(s)
	if f.width <= n {
		return s
	}
	padding := f.width - n
	var lpad, rpad int
	switch f.align {
	case '<':
		rpad = padding
	case '^':
		lpad = padding / 2
		rpad = padding - lpad
	default:
		lpad = padding
	}
	fill := string(f.fill)
	return strings.Repeat(fill, lpad) + s + strings.Repeat(fill, rpad)
}

// nfFormatInt formats an int value (small or big) with a parsed spec.
func nfFormatInt(t *Thread, f *nfSpec, o Object, typeName string) (string, error) {
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		v, err := intToFloat(t, o)
		if err != nil {
			return "", err
		}
		return nfFormatFloat(t, f, v, typeName)
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return "", nfUnknownCode(t, f.typ, typeName)
	}
	if f.prec != -1 {
		return "", Errorf(t, ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.noNeg0 {
		return "", Errorf(t, ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	s, b, _ := intValue(o)
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", Errorf(t, ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(t, ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if b != nil || s < 0 || s > 0x10ffff {
			return "", Errorf(t, OverflowErrorType, "%s", "%c arg not in range(0x110000)")
		}
		return nfNumber(f, false, "", "", string(rune(s))), nil
	}
	base := 10
	prefix := ""
	switch f.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.alt {
		prefix = ""
	}
	var digits string
	neg := false
	if b != nil {
		neg = b.Sign() < 0
		if base == 10 {
			str, err := intDecimal(t, o)
			if err != nil {
				return "", err
			}
			digits = strings.TrimPrefix(str, "-")
		} else {
			digits = new(big.Int).Abs(b).Text(base)
		}
	} else {
		u := uint64(s)
		if s < 0 {
			neg = true
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return nfNumber(f, neg, prefix, digits, ""), nil
}

// nfFloatBody formats |v| (a non-negative or NaN value) for a float
// presentation type: 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr), with prec (-1:
// default), the alternate form, and addDot0 (CPython's Py_DTSF_ADD_DOT_0).
func nfFloatBody(v float64, typ byte, prec int, alt, addDot0 bool) string {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if math.IsNaN(v) || math.IsInf(v, 0) {
		s := "inf"
		if math.IsNaN(v) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		return s
	}
	var s string
	switch typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		s = strconv.FormatFloat(v, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		s = strconv.FormatFloat(v, 'e', prec, 64)
		if alt && prec == 0 {
			k := strings.IndexByte(s, 'e')
			s = s[:k] + "." + s[k:]
		}
	case 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		digits, x := floatDigits(v, prec-1)
		if v == 0 {
			x = 0
		}
		thr := prec
		if addDot0 {
			thr = prec - 1
		}
		var sb strings.Builder
		if x < -4 || x >= thr {
			if !alt {
				digits = strings.TrimRight(digits, "0")
				if digits == "" {
					digits = "0"
				}
			}
			floatExpString(&sb, digits, x, alt, 'e')
		} else {
			floatFixedString(&sb, digits, x, 0, alt)
			s = sb.String()
			if !alt && strings.IndexByte(s, '.') >= 0 {
				s = strings.TrimRight(s, "0")
				s = strings.TrimSuffix(s, ".")
			}
			if addDot0 && strings.IndexByte(s, '.') < 0 {
				s += ".0"
			}
			sb.Reset()
			sb.WriteString(s)
		}
		s = sb.String()
	default: // 'r'
		s = floatFormatShortest(v, 16, addDot0)
		if alt && strings.IndexByte(s, '.') < 0 {
			if k := strings.IndexByte(s, 'e'); k >= 0 {
				s = s[:k] + "." + s[k:]
			} else {
				s += "."
			}
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// nfIsZeroBody reports whether a formatted number shows zero.
func nfIsZeroBody(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' || c == '%' {
			break
		}
		if c >= '1' && c <= '9' {
			return false
		}
		if c != '0' && c != '.' {
			return false
		}
	}
	return true
}

// nfSplitNumber splits a formatted body into its leading integer digits and the rest.
func nfSplitNumber(s string) (string, string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		// inf / nan: treated as digits by CPython
		j := 0
		for j < len(s) && s[j] != '%' {
			j++
		}
		return s[:j], s[j:]
	}
	return s[:i], s[i:]
}

// nfFormatFloat formats a float with a parsed spec.
func nfFormatFloat(t *Thread, f *nfSpec, v float64, typeName string) (string, error) {
	typ := f.typ
	prec := f.prec
	addDot0 := false
	pct := false
	switch typ {
	case 'e', 'E', 'f', 'F', 'g', 'G':
	case 'n':
		typ = 'g'
	case '%':
		typ = 'f'
		v *= 100
		pct = true
	case 0:
		addDot0 = true
		typ = 'r'
		if prec >= 0 {
			typ = 'g'
		}
	default:
		return "", nfUnknownCode(t, f.typ, typeName)
	}
	neg := math.Signbit(v) && !math.IsNaN(v)
	body := nfFloatBody(math.Abs(v), typ, prec, f.alt, addDot0)
	if neg && f.noNeg0 && nfIsZeroBody(body) {
		neg = false
	}
	if pct {
		body += "%"
	}
	digits, rest := nfSplitNumber(body)
	return nfNumber(f, neg, "", digits, rest), nil
}

// nfFormatComplex formats a complex with a parsed spec (CPython's format_complex_internal).
func nfFormatComplex(t *Thread, f *nfSpec, c complex128, typeName string) (string, error) {
	if f.fill == '0' {
		return "", Errorf(t, ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", Errorf(t, ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := f.typ
	prec := f.prec
	skipRe, parens := false, false
	switch typ {
	case 'e', 'E', 'f', 'F', 'g', 'G':
	case 'n':
		typ = 'g'
	case 0:
		typ = 'r'
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
		if prec >= 0 {
			typ = 'g'
		}
	default:
		return "", nfUnknownCode(t, f.typ, typeName)
	}
	part := func(v float64, sign byte) string {
		neg := math.Signbit(v) && !math.IsNaN(v)
		body := nfFloatBody(math.Abs(v), typ, prec, f.alt, false)
		if neg && f.noNeg0 && nfIsZeroBody(body) {
			neg = false
		}
		switch {
		case neg:
			return "-" + body
		case sign == '+':
			return "+" + body
		case sign == ' ':
			return " " + body
		}
		return body
	}
	var sb strings.Builder
	if parens {
		sb.WriteByte('(')
	}
	if !skipRe {
		sb.WriteString(part(re, f.sign))
		sb.WriteString(part(im, '+'))
	} else {
		sb.WriteString(part(im, f.sign))
	}
	sb.WriteByte('j')
	if parens {
		sb.WriteByte(')')
	}
	return nfPad(f, sb.String()), nil
}

// nfFormatStr formats a str with a parsed spec.
func nfFormatStr(t *Thread, f *nfSpec, s string) (string, error) {
	if f.typ != 's' && f.typ != 0 {
		return "", nfUnknownCode(t, f.typ, "str")
	}
	if f.sign != 0 {
		return "", Errorf(t, ValueErrorType, "Sign not allowed in string format specifier")
	}
	if f.noNeg0 {
		return "", Errorf(t, ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	}
	if f.alt {
		return "", Errorf(t, ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	}
	if f.align == '=' {
		return "", Errorf(t, ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if f.prec >= 0 && utf8.RuneCountInString(s) > f.prec {
		n := 0
		for i := range s {
			if n == f.prec {
				s = s[:i]
				break
			}
			n++
		}
	}
	return nfPad(f, s), nil
}

// FormatSpecApply formats o (an int, bool, float, complex or str, or an
// instance of a subclass carrying such a value) with a format spec, as
// their __format__ methods do. An empty spec gives str(o).
func FormatSpecApply(t *Thread, o Object, spec string) (*Str, error) {
	if spec == "" {
		return ToStr(t, o)
	}
	base := o
	if bv, ok := o.(BaseValuer); ok {
		base = bv.BaseValue()
	}
	var r string
	var err error
	switch v := base.(type) {
	case Int, *BigInt, Bool:
		var f nfSpec
		f, err = nfParse(t, spec, o.Type().Name, 'd', '>')
		if err == nil {
			r, err = nfFormatInt(t, &f, v, o.Type().Name)
		}
	case Float:
		var f nfSpec
		f, err = nfParse(t, spec, o.Type().Name, 0, '>')
		if err == nil {
			r, err = nfFormatFloat(t, &f, float64(v), o.Type().Name)
		}
	case Complex:
		var f nfSpec
		f, err = nfParse(t, spec, o.Type().Name, 0, '>')
		if err == nil {
			r, err = nfFormatComplex(t, &f, complex128(v), o.Type().Name)
		}
	case *Str:
		var f nfSpec
		f, err = nfParse(t, spec, o.Type().Name, 's', '<')
		if err == nil {
			r, err = nfFormatStr(t, &f, v.s)
		}
	default:
		return nil, Errorf(t, TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(o))
	}
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

// numFormatMethod is __format__ of int, float and complex.
func numFormatMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "__format__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__format__() argument must be str, not %s", TypeName(args[0]))
	}
	return FormatSpecApply(t, self, s.s)
}

// Format implements builtin format(o, spec): fast paths for the built-in
// value types and str, otherwise the object's __format__ method.
func Format(t *Thread, o Object, spec string) (*Str, error) {
	switch v := o.(type) {
	case Int, *BigInt, Bool, Float, Complex:
		if spec == "" {
			return Repr(t, o)
		}
		return FormatSpecApply(t, o, spec)
	case *Str:
		if v.Type() == StrType {
			if spec == "" {
				return v, nil
			}
			return FormatSpecApply(t, o, spec)
		}
	}
	r, err := CallMethod(t, o, "__format__", NewStr(spec))
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
	}
	return s, nil
}

// PercentFormatNumber formats one number conversion of printf-style
// formatting (str % args and bytes % args).
//
//   - verb: one of d i u o x X e E f F g G c.
//   - flags: any of "-+ #0" ('-' left-justifies and overrides '0'; '+' and
//     ' ' choose the sign of non-negative numbers; '#' adds 0o/0x/0X to
//     o/x/X and keeps the point/trailing zeros of floats; '0' pads numbers
//     with zeros after the sign and prefix).
//   - width: minimum field width, -1 when absent.
//   - prec: precision, -1 when absent (ints: minimum digit count; floats:
//     digits after the point for e/f, significant digits for g; default 6).
//   - v: the argument. d/i/u accept ints and objects with __int__/__index__
//     or floats (truncated); o/x/X require __index__; float verbs accept
//     anything float() of a number accepts; c accepts an int code point or a
//     str of length 1.
//
// Errors are CPython's TypeErrors/OverflowErrors ("%d format: a real number
// is required, not str", "%x format: an integer is required, not float",
// "must be real number, not str", "%c arg not in range(0x110000)", "%c
// requires int or char").
func PercentFormatNumber(t *Thread, verb byte, flags string, width, prec int, v Object) (string, error) {
	left := strings.IndexByte(flags, '-') >= 0
	zero := strings.IndexByte(flags, '0') >= 0 && !left
	alt := strings.IndexByte(flags, '#') >= 0
	var sign byte
	if strings.IndexByte(flags, '+') >= 0 {
		sign = '+'
	} else if strings.IndexByte(flags, ' ') >= 0 {
		sign = ' '
	}
	var neg bool
	var prefix, body string
	switch verb {
	case 'd', 'i', 'u', 'o', 'x', 'X':
		var iv Object
		if _, _, ok := intValue(v); ok {
			iv, _ = intBase(v)
		} else if verb == 'd' || verb == 'i' || verb == 'u' {
			if f, ok := floatValue(v); ok {
				r, err := FloatToInt(t, f)
				if err != nil {
					return "", err
				}
				iv = r
			} else if v.Type().Int != nil || v.Type().Index != nil || v.Type().Float != nil {
				r, err := IntFromObject(t, v)
				if err != nil {
					return "", err
				}
				iv = r
			} else {
				return "", Errorf(t, TypeErrorType, "%%%c format: a real number is required, not %s", verb, TypeName(v))
			}
		} else {
			if v.Type().Index == nil {
				return "", Errorf(t, TypeErrorType, "%%%c format: an integer is required, not %s", verb, TypeName(v))
			}
			r, err := v.Type().Index(t, v)
			if err != nil {
				return "", err
			}
			b, ok := intBase(r)
			if !ok {
				return "", Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
			}
			iv = b
		}
		s, b, _ := intValue(iv)
		base := 10
		switch verb {
		case 'o':
			base = 8
			prefix = "0o"
		case 'x':
			base = 16
			prefix = "0x"
		case 'X':
			base = 16
			prefix = "0X"
		}
		if !alt {
			prefix = ""
		}
		if b != nil {
			neg = b.Sign() < 0
			if base == 10 {
				str, err := intDecimal(t, iv)
				if err != nil {
					return "", err
				}
				body = strings.TrimPrefix(str, "-")
			} else {
				body = new(big.Int).Abs(b).Text(base)
			}
		} else {
			u := uint64(s)
			if s < 0 {
				neg = true
				u = -u
			}
			body = strconv.FormatUint(u, base)
		}
		if verb == 'X' {
			body = strings.ToUpper(body)
		}
		if prec > len(body) {
			body = strings.Repeat("0", prec-len(body)) + body
		}
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, err := ToFloat64(t, v)
		if err != nil {
			if _, ok := v.(*Str); ok {
				return "", Errorf(t, TypeErrorType, "must be real number, not str")
			}
			return "", err
		}
		neg = math.Signbit(f) && !math.IsNaN(f)
		body = nfFloatBody(math.Abs(f), verb, prec, alt, false)
	case 'c':
		var r rune
		switch x := v.(type) {
		case *Str:
			if x.Len() != 1 {
				return "", Errorf(t, TypeErrorType, "%s", "%c requires int or char")
			}
			r, _ = utf8.DecodeRuneInString(x.s)
		default:
			s, b, ok := intValue(v)
			if !ok {
				if v.Type().Index == nil {
					return "", Errorf(t, TypeErrorType, "%s", "%c requires int or char")
				}
				n, err := IndexInt(t, v)
				if err != nil {
					return "", err
				}
				s = int64(n)
			}
			if b != nil || s < 0 || s > 0x10ffff {
				return "", Errorf(t, OverflowErrorType, "%s", "%c arg not in range(0x110000)")
			}
			r = rune(s)
		}
		body = string(r)
		if width > 1 {
			if left {
				return body + strings.Repeat(" ", width-1), nil
			}
			return strings.Repeat(" ", width-1) + body, nil
		}
		return body, nil
	default:
		return "", Errorf(t, ValueErrorType, "unsupported format character '%c' (0x%x)", verb, verb)
	}
	var signStr string
	if neg {
		signStr = "-"
	} else if sign != 0 {
		signStr = string(sign)
	}
	n := len(signStr) + len(prefix) + len(body)
	if width <= n {
		return signStr + prefix + body, nil
	}
	pad := width - n
	switch {
	case left:
		return signStr + prefix + body + strings.Repeat(" ", pad), nil
	case zero:
		return signStr + prefix + strings.Repeat("0", pad) + body, nil
	}
	return strings.Repeat(" ", pad) + signStr + prefix + body, nil
}
