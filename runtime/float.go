package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// This file implements the float type.

func init() {
	FloatType.Number[OpAdd] = floatAdd
	FloatType.Number[OpSub] = floatSub
	FloatType.Number[OpMul] = floatMul
	FloatType.Number[OpTrueDiv] = floatTrueDiv
	FloatType.Number[OpFloorDiv] = floatFloorDiv
	FloatType.Number[OpMod] = floatMod
	FloatType.Number[OpPow] = floatPow
	FloatType.Neg = func(t *Thread, o Object) (Object, error) { f, _ := floatValue(o); return Float(-f), nil }
	FloatType.Pos = floatPos
	FloatType.Abs = func(t *Thread, o Object) (Object, error) { f, _ := floatValue(o); return Float(math.Abs(f)), nil }
	FloatType.Int = func(t *Thread, o Object) (Object, error) { f, _ := floatValue(o); return FloatToInt(t, f) }
	FloatType.Float = floatPos
	FloatType.Hash = func(t *Thread, o Object) (int64, error) { f, _ := floatValue(o); return HashFloat(f), nil }
	FloatType.Compare = floatCompare
	FloatType.Bool = func(t *Thread, o Object) (bool, error) { f, _ := floatValue(o); return f != 0, nil }
	FloatType.Repr = func(t *Thread, o Object) (Object, error) { f, _ := floatValue(o); return NewStr(FloatRepr(f)), nil }
	FloatType.New = floatNew

	FloatType.AddMethod("is_integer", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "is_integer", args, kw, 0, 0); err != nil {
			return nil, err
		}
		f, _ := floatValue(self)
		return NewBool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	})
	FloatType.AddMethod("hex", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "hex", args, kw, 0, 0); err != nil {
			return nil, err
		}
		f, _ := floatValue(self)
		return NewStr(floatHex(f)), nil
	})
	FloatType.AddMethod("fromhex", ClassMethod, floatFromHexMethod)
	FloatType.AddMethod("as_integer_ratio", InstanceMethod, floatAsIntegerRatio)
	FloatType.AddMethod("conjugate", InstanceMethod, intNoArg("conjugate", floatPos))
	FloatType.AddMethod("__round__", InstanceMethod, floatRoundMethod)
	FloatType.AddMethod("__trunc__", InstanceMethod, intNoArg("__trunc__", FloatType.Int))
	FloatType.AddMethod("__int__", InstanceMethod, intNoArg("__int__", FloatType.Int))
	FloatType.AddMethod("__float__", InstanceMethod, intNoArg("__float__", floatPos))
	FloatType.AddMethod("__floor__", InstanceMethod, intNoArg("__floor__", func(t *Thread, o Object) (Object, error) {
		f, _ := floatValue(o)
		return FloatToInt(t, math.Floor(f))
	}))
	FloatType.AddMethod("__ceil__", InstanceMethod, intNoArg("__ceil__", func(t *Thread, o Object) (Object, error) {
		f, _ := floatValue(o)
		return FloatToInt(t, math.Ceil(f))
	}))
	FloatType.AddMethod("__getnewargs__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		f, _ := floatValue(self)
		return NewTuple(t, []Object{Float(f)}), nil
	})
	FloatType.AddMethod("__format__", InstanceMethod, numFormatMethod)
	FloatType.AddGetSet("real", floatPos, nil)
	FloatType.AddGetSet("imag", func(t *Thread, self Object) (Object, error) { return Float(0), nil }, nil)
}

// floatValue returns the value of a float (or float subclass instance).
func floatValue(o Object) (float64, bool) {
	switch v := o.(type) {
	case Float:
		return float64(v), true
	case BaseValuer:
		if f, ok := v.BaseValue().(Float); ok {
			return float64(f), true
		}
	}
	return 0, false
}

func floatPos(t *Thread, o Object) (Object, error) {
	f, _ := floatValue(o)
	return Float(f), nil
}

// floatOperands converts the operands of a float operation; ok is false
// when one is neither a float nor an int.
func floatOperands(t *Thread, a, b Object) (x, y float64, ok bool, err error) {
	if fa, isF := a.(Float); isF {
		if fb, isF := b.(Float); isF {
			return float64(fa), float64(fb), true, nil
		}
	}
	x, ok, err = floatOperand(t, a)
	if !ok || err != nil {
		return
	}
	y, ok, err = floatOperand(t, b)
	return
}

func floatOperand(t *Thread, o Object) (float64, bool, error) {
	if f, ok := floatValue(o); ok {
		return f, true, nil
	}
	if _, _, ok := intValue(o); ok {
		f, err := intToFloat(t, o)
		return f, true, err
	}
	return 0, false, nil
}

func floatAdd(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return Float(x + y), nil
}

func floatSub(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return Float(x - y), nil
}

func floatMul(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return Float(x * y), nil
}

func floatTrueDiv(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	if y == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "float division by zero")
	}
	return Float(x / y), nil
}

// FloatDivModValues is CPython's float_divmod (wx != 0).
func FloatDivModValues(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

func floatFloorDiv(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	if y == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "float floor division by zero")
	}
	q, _ := FloatDivModValues(x, y)
	return Float(q), nil
}

func floatMod(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	if y == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "float modulo by zero")
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return Float(mod), nil
}

// FloatDivMod returns divmod(a, b) when a or b is a float (NotImplemented for
// operands that are neither floats nor ints).
func FloatDivMod(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	if y == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "float divmod()")
	}
	q, r := FloatDivModValues(x, y)
	return NewTuple(t, []Object{Float(q), Float(r)}), nil
}

func floatPow(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return floatPowValues(t, x, y)
}

func floatIsOddInteger(x float64) bool {
	return math.Mod(math.Abs(x), 2.0) == 1.0
}

// floatPowValues is CPython's float_pow.
func floatPowValues(t *Thread, iv, iw float64) (Object, error) {
	if iw == 0 {
		return Float(1), nil
	}
	if math.IsNaN(iv) {
		return Float(iv), nil
	}
	if math.IsNaN(iw) {
		if iv == 1.0 {
			return Float(1), nil
		}
		return Float(iw), nil
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1.0 {
			return Float(1), nil
		}
		if (iw > 0) == (iv > 1.0) {
			return Float(math.Abs(iw)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(iv, 0) {
		odd := floatIsOddInteger(iw)
		if iw > 0 {
			if odd {
				return Float(iv), nil
			}
			return Float(math.Abs(iv)), nil
		}
		if odd {
			return Float(math.Copysign(0, iv)), nil
		}
		return Float(0), nil
	}
	if iv == 0 {
		odd := floatIsOddInteger(iw)
		if iw < 0 {
			return nil, Errorf(t, ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if odd {
			return Float(iv), nil
		}
		return Float(0), nil
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return complexPowValues(t, complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = floatIsOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	ix := LibmPow(iv, iw)
	if math.IsInf(ix, 0) {
		return nil, NewException(t, OverflowErrorType, Int(34), NewStr("Numerical result out of range"))
	}
	if negate {
		ix = -ix
	}
	return Float(ix), nil
}

// floatCompare is float_richcompare: exact comparison with ints.
func floatCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := floatValue(a)
	if !ok {
		return NotImplemented, nil
	}
	var c int
	if y, ok := floatValue(b); ok {
		if math.IsNaN(x) || math.IsNaN(y) {
			return NewBool(op == OpNe), nil
		}
		switch {
		case x < y:
			c = -1
		case x > y:
			c = 1
		}
		return cmpResult(c, op), nil
	}
	ys, yb, ok := intValue(b)
	if !ok {
		return NotImplemented, nil
	}
	if math.IsNaN(x) {
		return NewBool(op == OpNe), nil
	}
	c = -intCmpFloat(ys, yb, x)
	return cmpResult(c, op), nil
}

// FloatRepr returns repr(f) exactly as CPython: the shortest string that
// round-trips, in exponent notation when the exponent is < -4 or >= 16.
func FloatRepr(f float64) string {
	return floatFormatShortest(f, 16, true)
}

// floatDigits returns the decimal digits of |f| and its scientific exponent;
// prec < 0 gives the shortest round-trip digits, else prec+1 significant
// digits correctly rounded.
func floatDigits(f float64, prec int) (digits string, exp int) {
	var buf [32]byte
	b := strconv.AppendFloat(buf[:0], math.Abs(f), 'e', prec, 64)
	// b is d[.ddd]e±XX
	e := len(b) - 1
	for b[e] != 'e' {
		e--
	}
	x, _ := strconv.Atoi(string(b[e+1:]))
	var db []byte
	if prec < 0 && e < 16 {
		db = make([]byte, 0, 20)
	}
	for _, c := range b[:e] {
		if c != '.' {
			db = append(db, c)
		}
	}
	return string(db), x
}

// floatExpString formats digits d1d2... with exponent x as d1.d2...e±XX.
func floatExpString(sb *strings.Builder, digits string, x int, forceDot bool, expChar byte) {
	sb.WriteByte(digits[0])
	if len(digits) > 1 || forceDot {
		sb.WriteByte('.')
		sb.WriteString(digits[1:])
	}
	sb.WriteByte(expChar)
	if x < 0 {
		sb.WriteByte('-')
		x = -x
	} else {
		sb.WriteByte('+')
	}
	if x < 10 {
		sb.WriteByte('0')
	}
	sb.WriteString(strconv.Itoa(x))
}

// floatFixedString formats digits with scientific exponent x in positional
// notation with at least minFrac fraction digits (padding with zeros).
func floatFixedString(sb *strings.Builder, digits string, x int, minFrac int, forceDot bool) {
	if x < 0 {
		sb.WriteString("0")
		frac := strings.Repeat("0", -x-1) + digits
		for len(frac) < minFrac {
			frac += "0"
		}
		sb.WriteByte('.')
		sb.WriteString(frac)
		return
	}
	if len(digits) <= x+1 {
		sb.WriteString(digits)
		for i := len(digits); i < x+1; i++ {
			sb.WriteByte('0')
		}
		if minFrac > 0 || forceDot {
			sb.WriteByte('.')
			for i := 0; i < minFrac; i++ {
				sb.WriteByte('0')
			}
		}
		return
	}
	sb.WriteString(digits[:x+1])
	sb.WriteByte('.')
	frac := digits[x+1:]
	sb.WriteString(frac)
	for i := len(frac); i < minFrac; i++ {
		sb.WriteByte('0')
	}
}

// floatFormatShortest formats f with its shortest digits, switching to
// exponent notation when x < -4 or x >= expThreshold; addDot0 appends ".0"
// to integral positional results (repr style).
func floatFormatShortest(f float64, expThreshold int, addDot0 bool) string {
	if s, ok := floatSpecial(f); ok {
		return s
	}
	if f == 0 {
		if math.Signbit(f) {
			if addDot0 {
				return "-0.0"
			}
			return "-0"
		}
		if addDot0 {
			return "0.0"
		}
		return "0"
	}
	digits, x := floatDigits(f, -1)
	var sb strings.Builder
	if f < 0 {
		sb.WriteByte('-')
	}
	if x < -4 || x >= expThreshold {
		floatExpString(&sb, digits, x, false, 'e')
	} else {
		minFrac := 0
		if addDot0 {
			minFrac = 1
		}
		floatFixedString(&sb, digits, x, minFrac, false)
	}
	return sb.String()
}

func floatSpecial(f float64) (string, bool) {
	switch {
	case math.IsNaN(f):
		return "nan", true
	case math.IsInf(f, 1):
		return "inf", true
	case math.IsInf(f, -1):
		return "-inf", true
	}
	return "", false
}

// floatHex is float.hex().
func floatHex(x float64) string {
	if s, ok := floatSpecial(x); ok {
		return s
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	const hexd = "0123456789abcdef"
	var sb strings.Builder
	sb.WriteString(sign)
	sb.WriteString("0x")
	d := int(m)
	sb.WriteByte(hexd[d])
	m -= float64(d)
	sb.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		d = int(m)
		sb.WriteByte(hexd[d])
		m -= float64(d)
	}
	sb.WriteByte('p')
	if e < 0 {
		sb.WriteByte('-')
		e = -e
	} else {
		sb.WriteByte('+')
	}
	sb.WriteString(strconv.Itoa(e))
	return sb.String()
}

func floatFromHexMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "fromhex", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "fromhex() argument must be str, not %s", TypeName(args[0]))
	}
	f, err := FloatFromHex(t, s.s)
	if err != nil {
		return nil, err
	}
	if typ, ok := self.(*Type); ok && typ != FloatType {
		return Call(t, typ, []Object{Float(f)}, nil)
	}
	return Float(f), nil
}

// FloatFromHex parses a hexadecimal float string as float.fromhex.
func FloatFromHex(t *Thread, str string) (float64, error) {
	bad := func() (float64, error) {
		return 0, Errorf(t, ValueErrorType, "invalid hexadecimal floating-point string")
	}
	s := trimPySpace(str)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return math.Inf(int(sign)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	i := 0
	var mant strings.Builder
	ndig := 0
	for i < len(s) && isHexDigit(s[i]) {
		mant.WriteByte(s[i])
		i++
		ndig++
	}
	if i < len(s) && s[i] == '.' {
		mant.WriteByte('.')
		i++
		for i < len(s) && isHexDigit(s[i]) {
			mant.WriteByte(s[i])
			i++
			ndig++
		}
	}
	if ndig == 0 {
		return bad()
	}
	exp := "0"
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		j := i
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		k := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == k {
			return bad()
		}
		exp = s[j:i]
	}
	if i != len(s) {
		return bad()
	}
	m := mant.String()
	if m[0] == '.' {
		m = "0" + m
	}
	if len(exp) > 12 {
		// Clamp absurd exponents; the mantissa cannot compensate for them.
		if exp[0] == '-' {
			exp = "-99999999"
		} else {
			exp = "99999999"
		}
	}
	f, err := strconv.ParseFloat("0x"+m+"p"+exp, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, Errorf(t, OverflowErrorType, "hexadecimal value too large to represent as a float")
		} else if !ok || ne.Err != strconv.ErrRange {
			return bad()
		}
	}
	return sign * f, nil
}

func isHexDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func floatAsIntegerRatio(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "as_integer_ratio", args, kw, 0, 0); err != nil {
		return nil, err
	}
	f, _ := floatValue(self)
	if math.IsInf(f, 0) {
		return nil, Errorf(t, OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, Errorf(t, ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return NewTuple(t, []Object{MakeInt(new(big.Int).Set(r.Num())), MakeInt(new(big.Int).Set(r.Denom()))}), nil
}

func floatRoundMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	var nd Object = None
	if err := UnpackArgs(t, "__round__", args, kw, "ndigits?", &nd); err != nil {
		return nil, err
	}
	f, _ := floatValue(self)
	if nd == None {
		return FloatToInt(t, math.RoundToEven(f))
	}
	s, b, ok := intValue(nd)
	if !ok {
		n, err := IndexInt(t, nd)
		if err != nil {
			return nil, err
		}
		s = int64(n)
	} else if b != nil {
		if b.Sign() > 0 {
			s = math.MaxInt32
		} else {
			s = math.MinInt32
		}
	}
	r, err := FloatRound(t, f, s)
	if err != nil {
		return nil, err
	}
	return Float(r), nil
}

// FloatRound is round(f, ndigits), correctly rounded (half to even on the
// exact binary value) as CPython's double_round.
func FloatRound(t *Thread, x float64, ndigits int64) (float64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x, nil
	}
	if ndigits > 323 {
		return x, nil
	}
	if ndigits < -308 {
		return 0.0 * x, nil
	}
	var r float64
	if ndigits >= 0 {
		s := strconv.FormatFloat(x, 'f', int(ndigits), 64)
		r, _ = strconv.ParseFloat(s, 64)
	} else {
		q := new(big.Rat).SetFloat64(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
		q.Quo(q, new(big.Rat).SetInt(p))
		n, rem := new(big.Int).QuoRem(q.Num(), q.Denom(), new(big.Int))
		// round half even on the exact quotient
		twice := new(big.Int).Lsh(new(big.Int).Abs(rem), 1)
		c := twice.Cmp(q.Denom())
		if c > 0 || (c == 0 && n.Bit(0) == 1) {
			if rem.Sign() < 0 {
				n.Sub(n, big.NewInt(1))
			} else {
				n.Add(n, big.NewInt(1))
			}
		}
		n.Mul(n, p)
		r, _ = new(big.Float).SetInt(n).Float64()
		if n.Sign() == 0 {
			r = math.Copysign(0, x)
		}
	}
	if math.IsInf(r, 0) {
		return 0, Errorf(t, OverflowErrorType, "rounded value too large to represent")
	}
	return r, nil
}

// floatNew is float.__new__: float() and float(x).
func floatNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(t, TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	var v Object = Float(0)
	if len(args) == 1 {
		f, err := FloatFromObject(t, args[0])
		if err != nil {
			return nil, err
		}
		v = Float(f)
	}
	return numSubclassResult(t, typ, FloatType, v)
}

// FloatFromObject is float(x): floats, ints, strings, bytes, and objects with
// __float__ or __index__.
func FloatFromObject(t *Thread, x Object) (float64, error) {
	switch v := x.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	case *Str:
		return FloatFromString(t, v.s)
	}
	if _, _, ok := intValue(x); ok && x.Type().Float == nil {
		return intToFloat(t, x)
	}
	typ := x.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, x)
		if err != nil {
			return 0, err
		}
		if f, ok := floatValue(r); ok {
			return f, nil
		}
		return 0, Errorf(t, TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.Name, TypeName(r))
	}
	if typ.Index != nil {
		r, err := typ.Index(t, x)
		if err != nil {
			return 0, err
		}
		if _, _, ok := intValue(r); ok {
			return intToFloat(t, r)
		}
		return 0, Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	if b, ok := BytesData(t, x); ok {
		f, ok := floatParse(string(b))
		if !ok {
			return 0, Errorf(t, ValueErrorType, "could not convert string to float: %s", bytesReprForInt(b))
		}
		return f, nil
	}
	if bv, ok := x.(BaseValuer); ok {
		if s, ok := bv.BaseValue().(*Str); ok {
			return FloatFromString(t, s.s)
		}
	}
	return 0, Errorf(t, TypeErrorType, "float() argument must be a string or a real number, not '%s'", TypeName(x))
}

// FloatFromString parses s as float(s) does.
func FloatFromString(t *Thread, s string) (float64, error) {
	f, ok := floatParse(s)
	if !ok {
		return 0, Errorf(t, ValueErrorType, "could not convert string to float: %s", truncRepr(s))
	}
	return f, nil
}

// floatParse parses a Python float literal with optional surrounding
// whitespace, sign, inf/infinity/nan and single underscores between digits.
func floatParse(orig string) (float64, bool) {
	s, ok := numASCII(orig)
	if !ok {
		return 0, false
	}
	s = trimPySpace(s)
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	if len(body) >= 3 && len(body) <= 8 {
		switch strings.ToLower(body) {
		case "inf", "infinity":
			if neg {
				return math.Inf(-1), true
			}
			return math.Inf(1), true
		case "nan":
			if neg {
				return math.Copysign(math.NaN(), -1), true
			}
			return math.NaN(), true
		}
	}
	// Validate: digits [. digits] [e [sign] digits] with underscores only between digits.
	i := 0
	n := len(body)
	digitRun := func() (int, bool) {
		start := i
		cnt := 0
		for i < n {
			c := body[i]
			if c >= '0' && c <= '9' {
				cnt++
				i++
				continue
			}
			if c == '_' && i > start && i+1 < n && body[i-1] >= '0' && body[i-1] <= '9' && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return cnt, true
	}
	intDigits, _ := digitRun()
	fracDigits := 0
	if i < n && body[i] == '.' {
		i++
		fracDigits, _ = digitRun()
	}
	if intDigits+fracDigits == 0 {
		return 0, false
	}
	if i < n && (body[i] == 'e' || body[i] == 'E') {
		i++
		if i < n && (body[i] == '+' || body[i] == '-') {
			i++
		}
		ed, _ := digitRun()
		if ed == 0 {
			return 0, false
		}
	}
	if i != n {
		return 0, false
	}
	clean := s
	if strings.IndexByte(clean, '_') >= 0 {
		clean = strings.ReplaceAll(clean, "_", "")
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}
