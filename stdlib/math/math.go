package mathmod

import (
	"math"
	"math/big"

	"pyg/runtime"
)

// New builds the math module.
func New(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "math")
	set := func(name string, v runtime.Object) { m.Dict.SetStr(t, runtime.Intern(name), v) }
	fn := func(name string, f runtime.BuiltinFn) {
		b := runtime.NewBuiltin(name, f)
		b.Module = "math"
		b.Self = m
		set(name, b)
	}
	set("pi", runtime.Float(math.Pi))
	set("e", runtime.Float(math.E))
	set("tau", runtime.Float(2*math.Pi))
	set("inf", runtime.Float(math.Inf(1)))
	set("nan", runtime.Float(math.NaN()))

	// One-argument float functions: (name, function, can overflow).
	for _, f := range []struct {
		name     string
		f        func(float64) float64
		overflow bool
	}{
		{"acos", runtime.LibmAcos, false},
		{"acosh", runtime.LibmAcosh, false},
		{"asin", runtime.LibmAsin, false},
		{"asinh", runtime.LibmAsinh, false},
		{"atan", runtime.LibmAtan, false},
		{"atanh", runtime.LibmAtanh, false},
		{"cbrt", runtime.LibmCbrt, false},
		{"cos", runtime.LibmCos, false},
		{"cosh", runtime.LibmCosh, true},
		{"erf", runtime.LibmErf, false},
		{"erfc", runtime.LibmErfc, false},
		{"exp", runtime.LibmExp, true},
		{"exp2", runtime.LibmExp2, true},
		{"expm1", runtime.LibmExpm1, true},
		{"fabs", math.Abs, false},
		{"sin", runtime.LibmSin, false},
		{"sinh", runtime.LibmSinh, true},
		{"sqrt", math.Sqrt, false},
		{"tan", runtime.LibmTan, false},
		{"tanh", runtime.LibmTanh, false},
		{"log1p", mathLog1p, false},
	} {
		f := f
		fn(f.name, func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, f.name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			return math1(t, args[0], f.f, f.overflow)
		})
	}
	fn("gamma", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "gamma", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return math1e(t, args[0], mathTgamma)
	})
	fn("lgamma", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "lgamma", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return math1e(t, args[0], mathLgamma)
	})
	fn("degrees", float1("degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }))
	fn("radians", float1("radians", func(x float64) float64 { return x * (math.Pi / 180.0) }))
	fn("isnan", bool1("isnan", math.IsNaN))
	fn("isinf", bool1("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	fn("isfinite", bool1("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))

	fn("log", mathLogFn)
	fn("log2", logFn("log2", runtime.LibmLog2))
	fn("log10", logFn("log10", runtime.LibmLog10))
	fn("pow", mathPow)
	fn("atan2", float2("atan2", func(t *runtime.Thread, y, x float64) (float64, error) { return runtime.LibmAtan2(y, x), nil }))
	fn("copysign", float2("copysign", func(t *runtime.Thread, x, y float64) (float64, error) { return math.Copysign(x, y), nil }))
	fn("fmod", float2("fmod", mathFmod))
	fn("remainder", float2("remainder", mathRemainder))
	fn("floor", roundFn("floor", "__floor__", math.Floor))
	fn("ceil", roundFn("ceil", "__ceil__", math.Ceil))
	fn("trunc", mathTrunc)
	fn("modf", mathModf)
	fn("frexp", mathFrexp)
	fn("ldexp", mathLdexp)
	fn("isclose", mathIsclose)
	fn("gcd", mathGcd)
	fn("lcm", mathLcm)
	fn("factorial", mathFactorial)
	fn("comb", mathComb)
	fn("perm", mathPerm)
	fn("isqrt", mathIsqrt)
	fn("hypot", mathHypot)
	fn("dist", mathDist)
	fn("prod", mathProd)
	fn("fsum", mathFsum)
	fn("sumprod", mathSumprod)
	fn("nextafter", mathNextafter)
	fn("ulp", mathUlp)
	return m, nil
}

func domainError(t *runtime.Thread) error {
	return runtime.Errorf(t, runtime.ValueErrorType, "math domain error")
}

func rangeError(t *runtime.Thread) error {
	return runtime.Errorf(t, runtime.OverflowErrorType, "math range error")
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// math1 is CPython's math_1: NaN from a non-NaN is a domain error, an
// infinity from a finite value a range error (or a domain error when the
// function cannot overflow).
func math1(t *runtime.Thread, arg runtime.Object, f func(float64) float64, canOverflow bool) (runtime.Object, error) {
	x, err := runtime.ToFloat64(t, arg)
	if err != nil {
		return nil, err
	}
	r := f(x)
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, domainError(t)
	}
	if math.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return nil, rangeError(t)
		}
		return nil, domainError(t)
	}
	return runtime.Float(r), nil
}

// mathErrno is the errno a function sets (CPython's EDOM / ERANGE).
type mathErrno int

const (
	errNone mathErrno = iota
	errDom
	errRange
)

// math1e calls a function that reports errors itself (gamma, lgamma).
func math1e(t *runtime.Thread, arg runtime.Object, f func(float64) (float64, mathErrno)) (runtime.Object, error) {
	x, err := runtime.ToFloat64(t, arg)
	if err != nil {
		return nil, err
	}
	r, e := f(x)
	if math.IsNaN(r) && !math.IsNaN(x) {
		e = errDom
	}
	if math.IsInf(r, 0) && isFinite(x) && e == errNone {
		e = errRange
	}
	switch e {
	case errDom:
		return nil, domainError(t)
	case errRange:
		if math.IsInf(r, 0) {
			return nil, rangeError(t)
		}
	}
	return runtime.Float(r), nil
}

func float1(name string, f func(float64) float64) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := runtime.ToFloat64(t, args[0])
		if err != nil {
			return nil, err
		}
		return runtime.Float(f(x)), nil
	}
}

func bool1(name string, f func(float64) bool) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		x, err := runtime.ToFloat64(t, args[0])
		if err != nil {
			return nil, err
		}
		return runtime.NewBool(f(x)), nil
	}
}

func float2(name string, f func(t *runtime.Thread, x, y float64) (float64, error)) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, name, args, kw, 2, 2); err != nil {
			return nil, err
		}
		x, err := runtime.ToFloat64(t, args[0])
		if err != nil {
			return nil, err
		}
		y, err := runtime.ToFloat64(t, args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(t, x, y)
		if err != nil {
			return nil, err
		}
		return runtime.Float(r), nil
	}
}

func mathLog1p(x float64) float64 {
	// C99 log1p(-0.0) is -0.0; glibc agrees.
	return runtime.LibmLog1p(x)
}

func mathFmod(t *runtime.Thread, x, y float64) (float64, error) {
	if math.IsInf(y, 0) && isFinite(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, domainError(t)
	}
	return r, nil
}

// mathRemainder is CPython's m_remainder (IEEE 754 remainder).
func mathRemainder(t *runtime.Thread, x, y float64) (float64, error) {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return 0, domainError(t)
		}
		absx, absy := math.Abs(x), math.Abs(y)
		m := math.Mod(absx, absy)
		c := absy - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			r = m - float64(2.0*math.Mod(0.5*(absx-m), absy))
		}
		return math.Copysign(1, x) * r, nil
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsNaN(y) {
		return y, nil
	}
	if math.IsInf(x, 0) {
		return 0, domainError(t)
	}
	return x, nil
}

// logHelper computes f(x) for a float or an int of any size (CPython's loghelper).
func logHelper(t *runtime.Thread, arg runtime.Object, f func(float64) float64) (float64, error) {
	if b, ok := arg.(*runtime.BigInt); ok {
		if b.V.Sign() <= 0 {
			return 0, domainError(t)
		}
		// As CPython's loghelper: convert to a double when that does not
		// overflow; otherwise log(m) + log(2)*e from the int's frexp.
		if x, _ := new(big.Float).SetInt(b.V).Float64(); !math.IsInf(x, 0) {
			return f(x), nil
		}
		x, e := bigFrexp(b.V)
		return f(x) + f(2.0)*float64(e), nil
	}
	if _, ok := arg.(runtime.Int); ok {
		if arg.(runtime.Int) <= 0 {
			return 0, domainError(t)
		}
	}
	x, err := runtime.ToFloat64(t, arg)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError(t)
	}
	return f(x), nil
}

// bigFrexp returns x in [0.5, 1) and e with v ≈ x * 2**e (v > 0).
func bigFrexp(v *big.Int) (float64, int) {
	f := new(big.Float).SetInt(v)
	m := new(big.Float)
	e := f.MantExp(m)
	x, _ := m.Float64()
	return x, e
}

func mathLogFn(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "log", args, kw, 1, 2); err != nil {
		return nil, err
	}
	num, err := logHelper(t, args[0], runtime.LibmLog)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return runtime.Float(num), nil
	}
	den, err := logHelper(t, args[1], runtime.LibmLog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, runtime.Errorf(t, runtime.ZeroDivisionErrorType, "float division by zero")
	}
	return runtime.Float(num / den), nil
}

func logFn(name string, f func(float64) float64) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		r, err := logHelper(t, args[0], f)
		if err != nil {
			return nil, err
		}
		return runtime.Float(r), nil
	}
}

func mathPow(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "pow", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := runtime.ToFloat64(t, args[0])
	if err != nil {
		return nil, err
	}
	y, err := runtime.ToFloat64(t, args[1])
	if err != nil {
		return nil, err
	}
	var r float64
	if !isFinite(x) || !isFinite(y) {
		switch {
		case math.IsNaN(x):
			r = x
			if y == 0 {
				r = 1
			}
		case math.IsNaN(y):
			r = y
			if x == 1 {
				r = 1
			}
		case math.IsInf(x, 0):
			oddY := isFinite(y) && math.Mod(math.Abs(y), 2.0) == 1.0
			switch {
			case y > 0:
				r = math.Abs(x)
				if oddY {
					r = x
				}
			case y == 0:
				r = 1
			default:
				r = 0
				if oddY {
					r = math.Copysign(0, x)
				}
			}
		default: // y infinite
			switch {
			case math.Abs(x) == 1:
				r = 1
			case y > 0 && math.Abs(x) > 1:
				r = y
			case y < 0 && math.Abs(x) < 1:
				r = -y
			default:
				r = 0
			}
		}
		return runtime.Float(r), nil
	}
	r = runtime.LibmPow(x, y)
	if math.IsNaN(r) {
		return nil, domainError(t)
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return nil, domainError(t)
		}
		return nil, rangeError(t)
	}
	return runtime.Float(r), nil
}

// roundFn is math.floor / math.ceil: ints unchanged, floats rounded to an
// int, other objects through __floor__/__ceil__ or __float__.
func roundFn(name, dunder string, f func(float64) float64) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		switch v := args[0].(type) {
		case runtime.Float:
			return runtime.FloatToInt(t, f(float64(v)))
		case runtime.Int, *runtime.BigInt:
			return v, nil
		case runtime.Bool:
			return runtime.IntFromObject(t, v)
		}
		if args[0].Type().Lookup(runtime.Intern(dunder)) != nil {
			return runtime.CallMethod(t, args[0], dunder)
		}
		x, err := runtime.ToFloat64(t, args[0])
		if err != nil {
			return nil, err
		}
		return runtime.FloatToInt(t, f(x))
	}
}

func mathTrunc(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "trunc", args, kw, 1, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case runtime.Float:
		return runtime.FloatToInt(t, float64(v))
	case runtime.Int, *runtime.BigInt:
		return v, nil
	}
	if args[0].Type().Lookup(runtime.Intern("__trunc__")) == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "type %s doesn't define __trunc__ method", runtime.TypeName(args[0]))
	}
	return runtime.CallMethod(t, args[0], "__trunc__")
}

func mathModf(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "modf", args, kw, 1, 1); err != nil {
		return nil, err
	}
	x, err := runtime.ToFloat64(t, args[0])
	if err != nil {
		return nil, err
	}
	var ip, fp float64
	switch {
	case math.IsInf(x, 0):
		ip, fp = x, math.Copysign(0, x)
	case math.IsNaN(x):
		ip, fp = x, x
	default:
		ip, fp = math.Modf(x)
	}
	return runtime.NewTuple(t, []runtime.Object{runtime.Float(fp), runtime.Float(ip)}), nil
}

func mathFrexp(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "frexp", args, kw, 1, 1); err != nil {
		return nil, err
	}
	x, err := runtime.ToFloat64(t, args[0])
	if err != nil {
		return nil, err
	}
	var m float64
	var e int
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		m = x
	} else {
		m, e = math.Frexp(x)
	}
	return runtime.NewTuple(t, []runtime.Object{runtime.Float(m), runtime.Int(e)}), nil
}

func mathLdexp(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "ldexp", args, kw, 2, 2); err != nil {
		return nil, err
	}
	x, err := runtime.ToFloat64(t, args[0])
	if err != nil {
		return nil, err
	}
	var exp int64
	switch v := args[1].(type) {
	case runtime.Int:
		exp = int64(v)
	case runtime.Bool:
		if v {
			exp = 1
		}
	case *runtime.BigInt:
		if v.V.Sign() > 0 {
			exp = math.MaxInt64
		} else {
			exp = math.MinInt64
		}
	default:
		if args[1].Type().Index == nil {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "Expected an int as second argument to ldexp.")
		}
		n, err := runtime.IndexInt(t, args[1])
		if err != nil {
			return nil, err
		}
		exp = int64(n)
	}
	if x == 0 || !isFinite(x) {
		return runtime.Float(x), nil
	}
	if exp > 100000 {
		return nil, rangeError(t)
	}
	if exp < -100000 {
		return runtime.Float(math.Copysign(0, x)), nil
	}
	r := math.Ldexp(x, int(exp))
	if math.IsInf(r, 0) {
		return nil, rangeError(t)
	}
	return runtime.Float(r), nil
}

func mathIsclose(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	var ao, bo runtime.Object
	relTol, absTol := 1e-09, 0.0
	if n := len(args) - len(kw); n > 2 {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", n)
	}
	if err := runtime.UnpackArgs(t, "isclose", args, kw, "a", &ao, "b", &bo, "rel_tol?", &relTol, "abs_tol?", &absTol); err != nil {
		return nil, err
	}
	a, err := runtime.ToFloat64(t, ao)
	if err != nil {
		return nil, err
	}
	b, err := runtime.ToFloat64(t, bo)
	if err != nil {
		return nil, err
	}
	if relTol < 0 || absTol < 0 {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return runtime.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return runtime.False, nil
	}
	diff := math.Abs(b - a)
	ok := (diff <= math.Abs(relTol*b)) || (diff <= math.Abs(relTol*a)) || diff <= absTol
	return runtime.NewBool(ok), nil
}

// indexBig converts an argument with __index__ to a *big.Int.
func indexBig(t *runtime.Thread, o runtime.Object) (*big.Int, error) {
	switch v := o.(type) {
	case runtime.Int:
		return big.NewInt(int64(v)), nil
	case *runtime.BigInt:
		return v.V, nil
	case runtime.Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	}
	f := o.Type().Index
	if f == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object cannot be interpreted as an integer", runtime.TypeName(o))
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	return indexBig(t, r)
}

func mathGcd(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.NoKwargs(t, "gcd", kw); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if v, ok := args[0].(runtime.Int); ok {
			if v < 0 {
				return runtime.Binary(t, runtime.OpSub, runtime.Int(0), v)
			}
			return v, nil
		}
	}
	g := new(big.Int)
	for _, a := range args {
		v, err := indexBig(t, a)
		if err != nil {
			return nil, err
		}
		g.GCD(nil, nil, g, new(big.Int).Abs(v))
	}
	return runtime.MakeInt(g), nil
}

func mathLcm(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.NoKwargs(t, "lcm", kw); err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	if len(args) == 1 {
		v, err := indexBig(t, args[0])
		if err != nil {
			return nil, err
		}
		return runtime.MakeInt(new(big.Int).Abs(v)), nil
	}
	for _, a := range args {
		v, err := indexBig(t, a)
		if err != nil {
			return nil, err
		}
		v = new(big.Int).Abs(v)
		if v.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, v)
		l.Mul(l, new(big.Int).Quo(v, g))
	}
	return runtime.MakeInt(l), nil
}

// mathMaxResultBits bounds factorial/comb/perm results to keep pyg responsive.
const mathMaxResultBits = 1 << 27

func mathFactorial(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "factorial", args, kw, 1, 1); err != nil {
		return nil, err
	}
	if _, ok := args[0].(runtime.Float); ok {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := indexBig(t, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, runtime.Errorf(t, runtime.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	k := n.Int64()
	if k > 1 && float64(k)*math.Log2(float64(k)) > mathMaxResultBits {
		return nil, runtime.NewException(t, runtime.MemoryErrorType)
	}
	if k < 2 {
		return runtime.Int(1), nil
	}
	return runtime.MakeInt(new(big.Int).MulRange(1, k)), nil
}

func combArgs(t *runtime.Thread, name string, args []runtime.Object, kw []string, kOptional bool) (n, k *big.Int, hasK bool, err error) {
	min := 2
	if kOptional {
		min = 1
	}
	if err = runtime.CheckArgs(t, name, args, kw, min, 2); err != nil {
		return
	}
	if n, err = indexBig(t, args[0]); err != nil {
		return
	}
	if len(args) == 2 && args[1] != runtime.None {
		if k, err = indexBig(t, args[1]); err != nil {
			return
		}
		hasK = true
	}
	if n.Sign() < 0 {
		err = runtime.Errorf(t, runtime.ValueErrorType, "n must be a non-negative integer")
		return
	}
	if hasK && k.Sign() < 0 {
		err = runtime.Errorf(t, runtime.ValueErrorType, "k must be a non-negative integer")
	}
	return
}

// fallingFactorial returns n*(n-1)*...*(n-k+1).
func fallingFactorial(t *runtime.Thread, n *big.Int, k int64) (*big.Int, error) {
	if n.IsInt64() {
		nn := n.Int64()
		bits := float64(k) * math.Log2(float64(nn)+1)
		if bits > mathMaxResultBits {
			return nil, runtime.NewException(t, runtime.MemoryErrorType)
		}
		return new(big.Int).MulRange(nn-k+1, nn), nil
	}
	if float64(k)*float64(n.BitLen()) > mathMaxResultBits {
		return nil, runtime.NewException(t, runtime.MemoryErrorType)
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r, nil
}

func mathComb(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	n, k, _, err := combArgs(t, "comb", args, kw, false)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return runtime.Int(0), nil
	}
	// comb(n, k) == comb(n, n-k)
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, runtime.Errorf(t, runtime.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	kk := k.Int64()
	if n.IsInt64() {
		nn := n.Int64()
		if float64(kk)*math.Log2(float64(nn)+1) > mathMaxResultBits*2 {
			return nil, runtime.NewException(t, runtime.MemoryErrorType)
		}
		return runtime.MakeInt(new(big.Int).Binomial(nn, kk)), nil
	}
	num, err := fallingFactorial(t, n, kk)
	if err != nil {
		return nil, err
	}
	return runtime.MakeInt(num.Quo(num, new(big.Int).MulRange(1, kk))), nil
}

func mathPerm(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	n, k, hasK, err := combArgs(t, "perm", args, kw, true)
	if err != nil {
		return nil, err
	}
	if !hasK {
		return mathFactorial(t, []runtime.Object{runtime.MakeInt(n)}, nil)
	}
	if k.Cmp(n) > 0 {
		return runtime.Int(0), nil
	}
	if !k.IsInt64() {
		return nil, runtime.Errorf(t, runtime.OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
	}
	if k.Sign() == 0 {
		return runtime.Int(1), nil
	}
	r, err := fallingFactorial(t, n, k.Int64())
	if err != nil {
		return nil, err
	}
	return runtime.MakeInt(r), nil
}

func mathIsqrt(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "isqrt", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n, err := indexBig(t, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return runtime.MakeInt(new(big.Int).Sqrt(n)), nil
}

// dlMul returns x*y as an exact double-length value.
func dlMul(x, y float64) (hi, lo float64) {
	hi = x * y
	lo = math.FMA(x, y, -hi)
	return
}

// dlFastSum adds a and b exactly (|a| >= |b|).
func dlFastSum(a, b float64) (hi, lo float64) {
	hi = a + b
	lo = (a - hi) + b
	return
}

// vectorNorm is CPython's vector_norm: sqrt(sum(x**2)), almost always
// correctly rounded.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	n := len(vec)
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || n <= 1 {
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, max/dblMin, foundNaN)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		prHi, prLo := dlMul(x, x)
		smHi, smLo := dlFastSum(csum, prHi)
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi, prLo := dlMul(-h, h)
	smHi, smLo := dlFastSum(csum, prHi)
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func mathHypot(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.NoKwargs(t, "hypot", kw); err != nil {
		return nil, err
	}
	vec := make([]float64, len(args))
	max := 0.0
	nan := false
	for i, a := range args {
		x, err := runtime.ToFloat64(t, a)
		if err != nil {
			return nil, err
		}
		x = math.Abs(x)
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return runtime.Float(vectorNorm(vec, max, nan)), nil
}

// iterItems returns the items of an iterable.
func iterItems(t *runtime.Thread, o runtime.Object) ([]runtime.Object, error) {
	if tu, ok := o.(*runtime.Tuple); ok {
		return tu.Items, nil
	}
	it, err := runtime.Iter(t, o)
	if err != nil {
		return nil, err
	}
	var items []runtime.Object
	for {
		x, err := runtime.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}

func mathDist(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "dist", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := iterItems(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := iterItems(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(p))
	max := 0.0
	nan := false
	for i := range p {
		px, err := runtime.ToFloat64(t, p[i])
		if err != nil {
			return nil, err
		}
		qx, err := runtime.ToFloat64(t, q[i])
		if err != nil {
			return nil, err
		}
		x := math.Abs(px - qx)
		vec[i] = x
		nan = nan || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return runtime.Float(vectorNorm(vec, max, nan)), nil
}

func mathProd(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	var it runtime.Object
	var start runtime.Object = runtime.Int(1)
	if n := len(args) - len(kw); n > 1 {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", n)
	}
	if err := runtime.UnpackArgs(t, "prod", args, kw, "iterable", &it, "start?", &start); err != nil {
		return nil, err
	}
	items, err := iterItems(t, it)
	if err != nil {
		return nil, err
	}
	acc := start
	for _, x := range items {
		acc, err = runtime.Binary(t, runtime.OpMul, acc, x)
		if err != nil {
			return nil, err
		}
	}
	return acc, nil
}

// mathFsum is CPython's math.fsum (Shewchuk / Hettinger msum).
func mathFsum(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "fsum", args, kw, 1, 1); err != nil {
		return nil, err
	}
	items, err := iterItems(t, args[0])
	if err != nil {
		return nil, err
	}
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for _, item := range items {
		x, err := runtime.ToFloat64(t, item)
		if err != nil {
			return nil, err
		}
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if !isFinite(x) {
				if isFinite(xsave) {
					return nil, runtime.Errorf(t, runtime.OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "-inf + inf in fsum")
		}
		return runtime.Float(specialSum), nil
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return runtime.Float(hi), nil
}

// mathSumprod is math.sumprod: exact for ints, correctly rounded for
// floats (and int/float mixes), generic + and * otherwise.
func mathSumprod(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "sumprod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := iterItems(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := iterItems(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "Inputs are not the same length")
	}
	isInt := func(o runtime.Object) bool {
		switch o.(type) {
		case runtime.Int, *runtime.BigInt, runtime.Bool:
			return true
		}
		return false
	}
	allNum, anyFloat := true, false
	for i := range p {
		for _, o := range []runtime.Object{p[i], q[i]} {
			if _, ok := o.(runtime.Float); ok {
				anyFloat = true
			} else if !isInt(o) {
				allNum = false
			}
		}
	}
	if allNum && anyFloat {
		acc := new(big.Float).SetPrec(4400)
		for i := range p {
			x, err := runtime.ToFloat64(t, p[i])
			if err != nil {
				return nil, err
			}
			y, err := runtime.ToFloat64(t, q[i])
			if err != nil {
				return nil, err
			}
			if !isFinite(x) || !isFinite(y) {
				acc = nil
				break
			}
			prod := new(big.Float).SetPrec(4400).SetFloat64(x)
			prod.Mul(prod, new(big.Float).SetFloat64(y))
			acc.Add(acc, prod)
		}
		if acc != nil {
			r, _ := acc.Float64()
			return runtime.Float(r), nil
		}
	}
	var total runtime.Object = runtime.Int(0)
	for i := range p {
		term, err := runtime.Binary(t, runtime.OpMul, p[i], q[i])
		if err != nil {
			return nil, err
		}
		total, err = runtime.Binary(t, runtime.OpAdd, total, term)
		if err != nil {
			return nil, err
		}
	}
	return total, nil
}

func mathNextafter(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	var xo, yo runtime.Object
	var steps runtime.Object = runtime.None
	if n := len(args) - len(kw); n > 2 {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "nextafter() takes exactly 2 positional arguments (%d given)", n)
	}
	if err := runtime.UnpackArgs(t, "nextafter", args, kw, "x", &xo, "y", &yo, "steps?", &steps); err != nil {
		return nil, err
	}
	x, err := runtime.ToFloat64(t, xo)
	if err != nil {
		return nil, err
	}
	y, err := runtime.ToFloat64(t, yo)
	if err != nil {
		return nil, err
	}
	if steps == runtime.None {
		return runtime.Float(math.Nextafter(x, y)), nil
	}
	sb, err := indexBig(t, steps)
	if err != nil {
		return nil, err
	}
	if sb.Sign() < 0 {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "steps must be a non-negative integer")
	}
	if math.IsNaN(x) {
		return runtime.Float(x), nil
	}
	if math.IsNaN(y) {
		return runtime.Float(y), nil
	}
	n := uint64(math.MaxUint64)
	if sb.IsUint64() {
		n = sb.Uint64()
	}
	if n == 0 || x == y {
		return runtime.Float(x), nil
	}
	// Walk the ordered integer representation of the floats.
	toOrd := func(f float64) int64 {
		b := int64(math.Float64bits(f))
		if b < 0 {
			return math.MinInt64 - b
		}
		return b
	}
	fromOrd := func(o int64) float64 {
		if o < 0 {
			o = math.MinInt64 - o
		}
		return math.Float64frombits(uint64(o))
	}
	ax, ay := toOrd(x), toOrd(y)
	if ay > ax {
		if uint64(ay-ax) <= n {
			return runtime.Float(y), nil
		}
		return runtime.Float(fromOrd(ax + int64(n))), nil
	}
	if uint64(ax-ay) <= n {
		return runtime.Float(y), nil
	}
	return runtime.Float(fromOrd(ax - int64(n))), nil
}

func mathUlp(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "ulp", args, kw, 1, 1); err != nil {
		return nil, err
	}
	x, err := runtime.ToFloat64(t, args[0])
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) {
		return runtime.Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return runtime.Float(x), nil
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, 0)
		return runtime.Float(x - x2), nil
	}
	return runtime.Float(x2 - x), nil
}

// Gamma and lgamma, after CPython's m_tgamma and m_lgamma (Lanczos).

const (
	lanczosG             = 6.024680040776729583740234375
	lanczosGMinusHalf    = 5.524680040776729583740234375
	mathLogPi            = 1.144729885849400174143427351353058711647
	mathPiConst          = 3.141592653589793238462643383279502884197
	ngammaIntegral       = 23
	lanczosN             = 13
	mathGammaLargeCutoff = 200.0
)

var lanczosNumCoeffs = [lanczosN]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDenCoeffs = [lanczosN]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

var gammaIntegral = [ngammaIntegral]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := lanczosN - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNumCoeffs[i]
			den = float64(den*x) + lanczosDenCoeffs[i]
		}
	} else {
		for i := 0; i < lanczosN; i++ {
			num = num/x + lanczosNumCoeffs[i]
			den = den/x + lanczosDenCoeffs[i]
		}
	}
	return num / den
}

func mSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	n := int(math.Round(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = runtime.LibmSin(mathPiConst * y)
	case 1:
		r = runtime.LibmCos(mathPiConst * (y - 0.5))
	case 2:
		r = runtime.LibmSin(mathPiConst * (1.0 - y))
	case 3:
		r = -runtime.LibmCos(mathPiConst * (y - 1.5))
	default:
		r = runtime.LibmSin(mathPiConst * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

func mathTgamma(x float64) (float64, mathErrno) {
	if !isFinite(x) {
		if math.IsNaN(x) || x > 0 {
			return x, errNone
		}
		return math.NaN(), errDom
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), errDom
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), errDom
		}
		if x <= ngammaIntegral {
			return gammaIntegral[int(x)-1], errNone
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if absx > mathGammaLargeCutoff {
		if x < 0 {
			return 0.0 / mSinpi(x), errNone
		}
		return math.Inf(1), errRange
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -mathPiConst / mSinpi(absx) / absx * runtime.LibmExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= runtime.LibmPow(y, absx-0.5)
		} else {
			sqrtpow := runtime.LibmPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / runtime.LibmExp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= runtime.LibmPow(y, absx-0.5)
		} else {
			sqrtpow := runtime.LibmPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

func mathLgamma(x float64) (float64, mathErrno) {
	if !isFinite(x) {
		if math.IsNaN(x) {
			return x, errNone
		}
		return math.Inf(1), errNone
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return math.Inf(1), errDom
		}
		return 0.0, errNone
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -runtime.LibmLog(absx), errNone
	}
	r := runtime.LibmLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (runtime.LibmLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = mathLogPi - runtime.LibmLog(math.Abs(mSinpi(absx))) - runtime.LibmLog(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}
