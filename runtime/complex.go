package runtime

import (
	"math"
	"strings"
)

// This file implements the complex type.

func init() {
	ComplexType.Number[OpAdd] = cpxAdd
	ComplexType.Number[OpSub] = cpxSub
	ComplexType.Number[OpMul] = cpxMul
	ComplexType.Number[OpTrueDiv] = cpxTrueDiv
	ComplexType.Number[OpPow] = cpxPow
	ComplexType.Neg = func(t *Thread, o Object) (Object, error) { c, _ := cpxValue(o); return Complex(-c), nil }
	ComplexType.Pos = func(t *Thread, o Object) (Object, error) { c, _ := cpxValue(o); return Complex(c), nil }
	ComplexType.Abs = cpxAbs
	ComplexType.Hash = cpxHash
	ComplexType.Compare = cpxCompare
	ComplexType.Bool = func(t *Thread, o Object) (bool, error) { c, _ := cpxValue(o); return c != 0, nil }
	ComplexType.Repr = func(t *Thread, o Object) (Object, error) { c, _ := cpxValue(o); return NewStr(ComplexRepr(c)), nil }
	ComplexType.New = cpxNew
	ComplexType.AddMethod("conjugate", InstanceMethod, intNoArg("conjugate", func(t *Thread, o Object) (Object, error) {
		c, _ := cpxValue(o)
		return Complex(complex(real(c), -imag(c))), nil
	}))
	ComplexType.AddMethod("__complex__", InstanceMethod, intNoArg("__complex__", ComplexType.Pos))
	ComplexType.AddMethod("__getnewargs__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		c, _ := cpxValue(self)
		return NewTuple(t, []Object{Float(real(c)), Float(imag(c))}), nil
	})
	ComplexType.AddMethod("__format__", InstanceMethod, numFormatMethod)
	ComplexType.AddGetSet("real", func(t *Thread, self Object) (Object, error) { c, _ := cpxValue(self); return Float(real(c)), nil }, nil)
	ComplexType.AddGetSet("imag", func(t *Thread, self Object) (Object, error) { c, _ := cpxValue(self); return Float(imag(c)), nil }, nil)
}

func cpxValue(o Object) (complex128, bool) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true
	case BaseValuer:
		if c, ok := v.BaseValue().(Complex); ok {
			return complex128(c), true
		}
	}
	return 0, false
}

// cpxOperands converts the operands of a complex operation (complex, float or int).
func cpxOperands(t *Thread, a, b Object) (x, y complex128, ok bool, err error) {
	x, ok, err = cpxOperand(t, a)
	if !ok || err != nil {
		return
	}
	y, ok, err = cpxOperand(t, b)
	return
}

func cpxOperand(t *Thread, o Object) (complex128, bool, error) {
	if c, ok := cpxValue(o); ok {
		return c, true, nil
	}
	f, ok, err := floatOperand(t, o)
	return complex(f, 0), ok, err
}

func cpxAdd(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := cpxOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return Complex(complex(real(x)+real(y), imag(x)+imag(y))), nil
}

func cpxSub(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := cpxOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return Complex(complex(real(x)-real(y), imag(x)-imag(y))), nil
}

// cpxProd multiplies without fused operations, as CPython's _Py_c_prod.
func cpxProd(a, b complex128) complex128 {
	rr := float64(real(a)*real(b)) - float64(imag(a)*imag(b))
	ri := float64(real(a)*imag(b)) + float64(imag(a)*real(b))
	return complex(rr, ri)
}

// cpxQuot is CPython's _Py_c_quot; ok is false on division by zero.
func cpxQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	var rr, ri float64
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		rr = (ar + float64(ai*ratio)) / denom
		ri = (ai - float64(ar*ratio)) / denom
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		rr = (float64(ar*ratio) + ai) / denom
		ri = (float64(ai*ratio) - ar) / denom
	default:
		rr, ri = math.NaN(), math.NaN()
	}
	return complex(rr, ri), true
}

func cpxMul(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := cpxOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return Complex(cpxProd(x, y)), nil
}

func cpxTrueDiv(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := cpxOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	q, ok := cpxQuot(x, y)
	if !ok {
		return nil, Errorf(t, ZeroDivisionErrorType, "complex division by zero")
	}
	return Complex(q), nil
}

func cpxPow(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := cpxOperands(t, a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return complexPowValues(t, x, y)
}

// complexPowValues is CPython's complex_pow.
func complexPowValues(t *Thread, a, b complex128) (Object, error) {
	var r complex128
	edom := false
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			r = cpxPowu(a, n)
		} else {
			r, ok := cpxQuot(1, cpxPowu(a, -n))
			if !ok {
				edom = true
			} else {
				return cpxPowResult(t, r)
			}
		}
	} else {
		switch {
		case real(b) == 0 && imag(b) == 0:
			r = 1
		case real(a) == 0 && imag(a) == 0:
			if imag(b) != 0 || real(b) < 0 {
				edom = true
			}
			r = 0
		default:
			vabs := LibmHypot(real(a), imag(a))
			l := LibmPow(vabs, real(b))
			at := LibmAtan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				l /= LibmExp(at * imag(b))
				phase += imag(b) * LibmLog(vabs)
			}
			r = complex(l*LibmCos(phase), l*LibmSin(phase))
		}
	}
	if edom {
		return nil, Errorf(t, ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	return cpxPowResult(t, r)
}

func cpxPowResult(t *Thread, r complex128) (Object, error) {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, Errorf(t, OverflowErrorType, "complex exponentiation")
	}
	return Complex(r), nil
}

func cpxPowu(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cpxProd(r, p)
		}
		p = cpxProd(p, p)
	}
	return r
}

func cpxAbs(t *Thread, o Object) (Object, error) {
	c, _ := cpxValue(o)
	re, im := real(c), imag(c)
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return Float(math.Inf(1)), nil
	}
	if math.IsNaN(re) || math.IsNaN(im) {
		return Float(math.NaN()), nil
	}
	r := LibmHypot(re, im)
	if math.IsInf(r, 0) {
		return nil, Errorf(t, OverflowErrorType, "absolute value too large")
	}
	return Float(r), nil
}

func cpxHash(t *Thread, o Object) (int64, error) {
	c, _ := cpxValue(o)
	hr := uint64(HashFloat(real(c)))
	hi := uint64(HashFloat(imag(c)))
	h := int64(hr + 1000003*hi)
	if h == -1 {
		h = -2
	}
	return h, nil
}

func cpxCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := cpxValue(a)
	if !ok || (op != OpEq && op != OpNe) {
		return NotImplemented, nil
	}
	var eq bool
	if y, ok := cpxValue(b); ok {
		eq = x == y
	} else if f, ok := floatValue(b); ok {
		eq = imag(x) == 0 && real(x) == f
	} else if s, bg, ok := intValue(b); ok {
		eq = imag(x) == 0 && !math.IsNaN(real(x)) && intCmpFloat(s, bg, real(x)) == 0
	} else {
		return NotImplemented, nil
	}
	return NewBool(eq == (op == OpEq)), nil
}

// ComplexRepr returns repr(c) as CPython writes it.
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	ims := floatFormatShortest(im, 16, false)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + floatFormatShortest(re, 16, false) + ims + "j)"
}

func cpxNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	var r, i Object
	if err := UnpackArgs(t, "complex", args, kw, "real?", &r, "imag?", &i); err != nil {
		return nil, err
	}
	var v complex128
	switch {
	case r == nil && i == nil:
	case r != nil:
		if s, ok := r.(*Str); ok {
			if i != nil {
				return nil, Errorf(t, TypeErrorType, "complex() can't take second arg if first is a string")
			}
			c, err := ComplexFromString(t, s.s)
			if err != nil {
				return nil, err
			}
			v = c
			break
		}
		c, err := cpxFromArg(t, r, "first")
		if err != nil {
			return nil, err
		}
		v = c
		if i != nil {
			if _, ok := i.(*Str); ok {
				return nil, Errorf(t, TypeErrorType, "complex() second arg can't be a string")
			}
			ci, err := cpxFromArg(t, i, "second")
			if err != nil {
				return nil, err
			}
			// As CPython: only a complex argument contributes its imaginary
			// part, so complex(-0.0, -0.0) keeps both signs.
			re, im := real(v), real(ci)
			if cpxIsComplexArg(i) {
				re -= imag(ci)
			}
			if cpxIsComplexArg(r) {
				im += imag(v)
			}
			v = complex(re, im)
		}
	default:
		if _, ok := i.(*Str); ok {
			return nil, Errorf(t, TypeErrorType, "complex() second arg can't be a string")
		}
		ci, err := cpxFromArg(t, i, "second")
		if err != nil {
			return nil, err
		}
		if cpxIsComplexArg(i) {
			v = complex(0-imag(ci), real(ci))
		} else {
			v = complex(0, real(ci))
		}
	}
	return numSubclassResult(t, typ, ComplexType, Complex(v))
}

// cpxIsComplexArg reports whether complex() treats o as a complex number
// (rather than a real one) when combining its arguments.
func cpxIsComplexArg(o Object) bool {
	if _, ok := cpxValue(o); ok {
		return true
	}
	return o.Type().Lookup(Intern("__complex__")) != nil
}

func cpxFromArg(t *Thread, o Object, which string) (complex128, error) {
	if c, ok := cpxValue(o); ok {
		return c, nil
	}
	if o.Type().Lookup(Intern("__complex__")) != nil {
		r, err := CallMethod(t, o, "__complex__")
		if err != nil {
			return 0, err
		}
		if c, ok := cpxValue(r); ok {
			return c, nil
		}
		return 0, Errorf(t, TypeErrorType, "__complex__ returned non-complex (type %s)", TypeName(r))
	}
	if f, ok := floatValue(o); ok {
		return complex(f, 0), nil
	}
	if _, _, ok := intValue(o); ok || o.Type().Float != nil || o.Type().Index != nil {
		f, err := ToFloat64(t, o)
		return complex(f, 0), err
	}
	return 0, Errorf(t, TypeErrorType, "complex() %s argument must be a string or a number, not '%s'", which, TypeName(o))
}

// floatScanPrefix returns the length of the float literal at the start of s (0 if none).
func floatScanPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	low := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(low, w) {
			return i + len(w)
		}
	}
	digits := 0
	run := func() {
		for i < len(s) {
			if s[i] >= '0' && s[i] <= '9' {
				digits++
				i++
			} else if s[i] == '_' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' && i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
				i++
			} else {
				break
			}
		}
	}
	run()
	if i < len(s) && s[i] == '.' {
		i++
		run()
	}
	if digits == 0 {
		return 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			i = j
			d := digits
			run()
			_ = d
		}
	}
	return i
}

// ComplexFromString parses s as complex(s) does.
func ComplexFromString(t *Thread, orig string) (complex128, error) {
	bad := func() (complex128, error) {
		return 0, Errorf(t, ValueErrorType, "complex() arg is a malformed string")
	}
	s, ok := numASCII(orig)
	if !ok {
		return bad()
	}
	s = trimPySpace(s)
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = trimPySpace(s[1 : len(s)-1])
	}
	if s == "" {
		return bad()
	}
	parse := func(p string) (float64, bool) { return floatParse(p) }
	n := floatScanPrefix(s)
	if n == 0 {
		// [+-]j
		switch strings.ToLower(s) {
		case "j", "+j":
			return complex(0, 1), nil
		case "-j":
			return complex(0, -1), nil
		}
		return bad()
	}
	x, ok := parse(s[:n])
	if !ok {
		return bad()
	}
	rest := s[n:]
	if rest == "" {
		return complex(x, 0), nil
	}
	if rest == "j" || rest == "J" {
		return complex(0, x), nil
	}
	if rest[0] != '+' && rest[0] != '-' {
		return bad()
	}
	m := floatScanPrefix(rest)
	var y float64
	if m == 0 {
		if len(rest) == 2 && (rest[1] == 'j' || rest[1] == 'J') {
			y = 1
			if rest[0] == '-' {
				y = -1
			}
			return complex(x, y), nil
		}
		return bad()
	}
	y, ok = parse(rest[:m])
	if !ok {
		return bad()
	}
	if rest[m:] != "j" && rest[m:] != "J" {
		return bad()
	}
	return complex(x, y), nil
}
