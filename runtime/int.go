package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// This file implements the int type: Int (64-bit values) and *BigInt
// (larger), with automatic promotion and demotion (MakeInt).

func init() {
	for _, typ := range []*Type{IntType, BoolType} {
		typ.Number[OpAdd] = intAdd
		typ.Number[OpSub] = intSub
		typ.Number[OpMul] = intMul
		typ.Number[OpTrueDiv] = intTrueDiv
		typ.Number[OpFloorDiv] = intFloorDiv
		typ.Number[OpMod] = intMod
		typ.Number[OpPow] = intPow
		typ.Number[OpLShift] = intLShift
		typ.Number[OpRShift] = intRShift
		typ.Neg = intNeg
		typ.Pos = intPos
		typ.Invert = intInvert
		typ.Abs = intAbs
		typ.Int = intPos
		typ.Index = intPos
		typ.Float = intFloat
		typ.Hash = intHash
		typ.Compare = intCompare
		typ.Bool = intBool
	}
	// bool's & | ^ are set in bool.go.
	IntType.Number[OpAnd] = intAnd
	IntType.Number[OpOr] = intOr
	IntType.Number[OpXor] = intXor
	IntType.Repr = intRepr
	IntType.New = intNew

	IntType.AddMethod("bit_length", InstanceMethod, intBitLength)
	IntType.AddMethod("bit_count", InstanceMethod, intBitCount)
	IntType.AddMethod("to_bytes", InstanceMethod, intToBytes)
	IntType.AddMethod("from_bytes", ClassMethod, intFromBytes)
	IntType.AddMethod("conjugate", InstanceMethod, intNoArg("conjugate", intPos))
	IntType.AddMethod("as_integer_ratio", InstanceMethod, intAsIntegerRatio)
	IntType.AddMethod("is_integer", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "is_integer", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return True, nil
	})
	IntType.AddMethod("__index__", InstanceMethod, intNoArg("__index__", intPos))
	IntType.AddMethod("__int__", InstanceMethod, intNoArg("__int__", intPos))
	IntType.AddMethod("__float__", InstanceMethod, intNoArg("__float__", intFloat))
	IntType.AddMethod("__trunc__", InstanceMethod, intNoArg("__trunc__", intPos))
	IntType.AddMethod("__floor__", InstanceMethod, intNoArg("__floor__", intPos))
	IntType.AddMethod("__ceil__", InstanceMethod, intNoArg("__ceil__", intPos))
	IntType.AddMethod("__round__", InstanceMethod, intRound)
	IntType.AddMethod("__getnewargs__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__getnewargs__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		v, _ := intBase(self)
		return NewTuple(t, []Object{v}), nil
	})
	IntType.AddMethod("__format__", InstanceMethod, numFormatMethod)
	IntType.AddMethod("__sizeof__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		_, b, _ := intValue(self)
		n := 28
		if b != nil {
			n = 24 + 4*((b.BitLen()+29)/30)
		}
		return Int(n), nil
	})
	intGetSet := func(name string, f func(t *Thread, self Object) (Object, error)) {
		IntType.AddGetSet(name, f, nil)
	}
	intGetSet("real", intPos)
	intGetSet("numerator", intPos)
	intGetSet("imag", func(t *Thread, self Object) (Object, error) { return Int(0), nil })
	intGetSet("denominator", func(t *Thread, self Object) (Object, error) { return Int(1), nil })
}

// intNoArg wraps a unary function as a method taking no arguments.
func intNoArg(name string, f UnaryFunc) MethodFn {
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t, self)
	}
}

// intBigResult checks a big result's size and normalizes it.
func intBigResult(t *Thread, v *big.Int) (Object, error) {
	if v.BitLen() > intMaxBits {
		return nil, intMemoryError(t)
	}
	return MakeInt(v), nil
}

func intAdd(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return s, nil
			}
		}
	}
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	return MakeInt(new(big.Int).Add(x, y)), nil
}

func intSub(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x - y
			if (s < x) == (y > 0) {
				return s, nil
			}
		}
	}
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	return MakeInt(new(big.Int).Sub(x, y)), nil
}

// intMul64 multiplies with overflow detection.
func intMul64(x, y int64) (int64, bool) {
	if x == 0 || y == 0 {
		return 0, true
	}
	if (x >= -1<<31 && x < 1<<31) && (y >= -1<<31 && y < 1<<31) {
		return x * y, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := uint64(x), uint64(y)
	if x < 0 {
		ux = -ux
	}
	if y < 0 {
		uy = -uy
	}
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func intMul(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if p, ok := intMul64(int64(x), int64(y)); ok {
				return Int(p), nil
			}
		}
	}
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if x.BitLen()+y.BitLen() > intMaxBits {
		return nil, intMemoryError(t)
	}
	return bigMul(t, x, y)
}

func intTrueDiv(t *Thread, a, b Object) (Object, error) {
	xs, xb, okx := intValue(a)
	ys, yb, oky := intValue(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		if ys == 0 {
			return nil, Errorf(t, ZeroDivisionErrorType, "division by zero")
		}
		if xs >= -(1<<53) && xs <= 1<<53 && ys >= -(1<<53) && ys <= 1<<53 {
			return Float(float64(xs) / float64(ys)), nil
		}
	}
	if yb == nil && ys == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "division by zero")
	}
	if xb == nil {
		xb = big.NewInt(xs)
	}
	if yb == nil {
		yb = big.NewInt(ys)
	}
	f, ok := bigTrueDiv(xb, yb)
	if !ok {
		return nil, Errorf(t, OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intDivMod64 is Python's floor division and modulo (y != 0, not MinInt64 / -1).
func intDivMod64(x, y int64) (int64, int64) {
	q, r := x/y, x%y
	if r != 0 && (r < 0) != (y < 0) {
		q--
		r += y
	}
	return q, r
}

// bigDivMod is Python's floor division and modulo on big ints (y != 0).
func bigDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	return q, r
}

func intFloorDiv(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, Errorf(t, ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if !(y == -1 && x == math.MinInt64) {
				q, _ := intDivMod64(int64(x), int64(y))
				return Int(q), nil
			}
		}
	}
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if y.Sign() == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, _ := bigDivMod(x, y)
	return MakeInt(q), nil
}

func intMod(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, Errorf(t, ZeroDivisionErrorType, "integer modulo by zero")
			}
			if y == -1 {
				return Int(0), nil
			}
			_, r := intDivMod64(int64(x), int64(y))
			return Int(r), nil
		}
	}
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if y.Sign() == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "integer modulo by zero")
	}
	_, r := bigDivMod(x, y)
	return MakeInt(r), nil
}

// IntDivMod returns divmod(a, b) for ints (NotImplemented for other operands);
// builtin divmod uses it.
func IntDivMod(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y != 0 && !(y == -1 && x == math.MinInt64) {
			q, r := intDivMod64(int64(x), int64(y))
			return NewTuple(t, []Object{Int(q), Int(r)}), nil
		}
	}
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if y.Sign() == 0 {
		return nil, Errorf(t, ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, r := bigDivMod(x, y)
	return NewTuple(t, []Object{MakeInt(q), MakeInt(r)}), nil
}

func intPow(t *Thread, a, b Object) (Object, error) {
	xs, xb, okx := intValue(a)
	ys, yb, oky := intValue(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if (yb == nil && ys < 0) || (yb != nil && yb.Sign() < 0) {
		fx, err := intToFloat(t, a)
		if err != nil {
			return nil, err
		}
		fy, err := intToFloat(t, b)
		if err != nil {
			return nil, err
		}
		return floatPowValues(t, fx, fy)
	}
	// Trivial bases.
	if xb == nil {
		switch xs {
		case 0:
			if yb == nil && ys == 0 {
				return Int(1), nil
			}
			return Int(0), nil
		case 1:
			return Int(1), nil
		case -1:
			odd := (yb == nil && ys&1 == 1) || (yb != nil && yb.Bit(0) == 1)
			if odd {
				return Int(-1), nil
			}
			return Int(1), nil
		}
	}
	if yb != nil {
		return nil, intMemoryError(t)
	}
	if xb == nil {
		// Square-and-multiply on int64 while it fits.
		result, base, e := int64(1), xs, ys
		ok := true
		for e > 0 {
			if e&1 == 1 {
				if result, ok = intMul64(result, base); !ok {
					break
				}
			}
			e >>= 1
			if e > 0 {
				if base, ok = intMul64(base, base); !ok {
					break
				}
			}
		}
		if ok {
			return Int(result), nil
		}
		xb = big.NewInt(xs)
	}
	ax := new(big.Int).Abs(xb)
	lg := float64(ax.BitLen())
	if ax.BitLen() <= 53 {
		lg = math.Log2(float64(ax.Int64()))
	}
	if float64(ys)*lg > intMaxPowBits {
		return nil, intMemoryError(t)
	}
	return bigPow(t, xb, ys, int(float64(ys)*lg))
}

// PowMod returns pow(a, b, m) (the three-argument pow of the builtin).
func PowMod(t *Thread, a, b, m Object) (Object, error) {
	x, okx := intToBig(a)
	y, oky := intToBig(b)
	mod, okm := intToBig(m)
	if !okx || !oky || !okm {
		for _, o := range []Object{a, b, m} {
			switch o.(type) {
			case Float, Complex:
				return nil, Errorf(t, TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
			}
		}
		if !okx && a.Type().Lookup(Intern("__pow__")) != nil {
			r, err := CallMethod(t, a, "__pow__", b, m)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		return nil, Errorf(t, TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
			TypeName(a), TypeName(b), TypeName(m))
	}
	if mod.Sign() == 0 {
		return nil, Errorf(t, ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(mod)
	base := new(big.Int).Mod(x, am) // non-negative
	exp := y
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, am)
		if inv == nil && am.Cmp(big.NewInt(1)) != 0 {
			return nil, Errorf(t, ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		exp = new(big.Int).Neg(y)
	}
	var r *big.Int
	if am.Cmp(big.NewInt(1)) == 0 {
		r = new(big.Int)
	} else {
		r = new(big.Int).Exp(base, exp, am)
	}
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return MakeInt(r), nil
}

// intShiftCount returns a shift count operand; huge is set when it does not fit in int64.
func intShiftCount(t *Thread, b Object) (n int64, huge bool, err error) {
	ys, yb, _ := intValue(b)
	if yb != nil {
		if yb.Sign() < 0 {
			return 0, false, Errorf(t, ValueErrorType, "negative shift count")
		}
		return 0, true, nil
	}
	if ys < 0 {
		return 0, false, Errorf(t, ValueErrorType, "negative shift count")
	}
	return ys, false, nil
}

func intLShift(t *Thread, a, b Object) (Object, error) {
	xs, xb, okx := intValue(a)
	_, _, oky := intValue(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	n, huge, err := intShiftCount(t, b)
	if err != nil {
		return nil, err
	}
	if xb == nil && xs == 0 {
		return Int(0), nil
	}
	if xb == nil && !huge && n < 63 {
		r := xs << uint(n)
		if r>>uint(n) == xs {
			return Int(r), nil
		}
	}
	if huge || n > intMaxBits {
		return nil, intMemoryError(t)
	}
	if xb == nil {
		xb = big.NewInt(xs)
	}
	return intBigResult(t, new(big.Int).Lsh(xb, uint(n)))
}

func intRShift(t *Thread, a, b Object) (Object, error) {
	xs, xb, okx := intValue(a)
	_, _, oky := intValue(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	n, huge, err := intShiftCount(t, b)
	if err != nil {
		return nil, err
	}
	if xb == nil {
		if huge || n >= 64 {
			if xs < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return Int(xs >> uint(n)), nil
	}
	if huge || n > int64(xb.BitLen()) {
		if xb.Sign() < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	return MakeInt(new(big.Int).Rsh(xb, uint(n))), nil
}

func intBitwise(t *Thread, a, b Object, op byte) (Object, error) {
	xs, xb, okx := intValue(a)
	ys, yb, oky := intValue(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		switch op {
		case '&':
			return Int(xs & ys), nil
		case '|':
			return Int(xs | ys), nil
		}
		return Int(xs ^ ys), nil
	}
	if xb == nil {
		xb = big.NewInt(xs)
	}
	if yb == nil {
		yb = big.NewInt(ys)
	}
	r := new(big.Int)
	switch op {
	case '&':
		r.And(xb, yb)
	case '|':
		r.Or(xb, yb)
	default:
		r.Xor(xb, yb)
	}
	return MakeInt(r), nil
}

func intAnd(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x & y, nil
		}
	}
	return intBitwise(t, a, b, '&')
}

func intOr(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x | y, nil
		}
	}
	return intBitwise(t, a, b, '|')
}

func intXor(t *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x ^ y, nil
		}
	}
	return intBitwise(t, a, b, '^')
}

func intNeg(t *Thread, o Object) (Object, error) {
	s, b, _ := intValue(o)
	if b == nil {
		if s == math.MinInt64 {
			return &BigInt{V: new(big.Int).Neg(big.NewInt(s))}, nil
		}
		return Int(-s), nil
	}
	return MakeInt(new(big.Int).Neg(b)), nil
}

func intPos(t *Thread, o Object) (Object, error) {
	v, ok := intBase(o)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "descriptor requires an 'int' object but received '%s'", TypeName(o))
	}
	return v, nil
}

func intInvert(t *Thread, o Object) (Object, error) {
	s, b, _ := intValue(o)
	if b == nil {
		return Int(^s), nil
	}
	return MakeInt(new(big.Int).Not(b)), nil
}

func intAbs(t *Thread, o Object) (Object, error) {
	s, b, _ := intValue(o)
	if b == nil {
		if s < 0 {
			return intNeg(t, Int(s))
		}
		return Int(s), nil
	}
	if b.Sign() < 0 {
		return MakeInt(new(big.Int).Neg(b)), nil
	}
	return &BigInt{V: b}, nil
}

func intFloat(t *Thread, o Object) (Object, error) {
	f, err := intToFloat(t, o)
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

func intBool(t *Thread, o Object) (bool, error) {
	s, b, _ := intValue(o)
	if b == nil {
		return s != 0, nil
	}
	return b.Sign() != 0, nil
}

func intHash(t *Thread, o Object) (int64, error) {
	s, b, _ := intValue(o)
	if b == nil {
		return HashInt(s), nil
	}
	return bigHash(b), nil
}

func intRepr(t *Thread, o Object) (Object, error) {
	s, err := intDecimal(t, o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// intCmp compares two int operands: -1, 0, 1.
func intCmp(xs int64, xb *big.Int, ys int64, yb *big.Int) int {
	if xb == nil && yb == nil {
		switch {
		case xs < ys:
			return -1
		case xs > ys:
			return 1
		}
		return 0
	}
	if xb == nil {
		return -yb.Sign() // a big int is outside int64's range
	}
	if yb == nil {
		return xb.Sign()
	}
	return xb.Cmp(yb)
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op CompareOp) Object {
	var r bool
	switch op {
	case OpEq:
		r = c == 0
	case OpNe:
		r = c != 0
	case OpLt:
		r = c < 0
	case OpLe:
		r = c <= 0
	case OpGt:
		r = c > 0
	default:
		r = c >= 0
	}
	return NewBool(r)
}

func intCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case OpEq:
				return NewBool(x == y), nil
			case OpNe:
				return NewBool(x != y), nil
			case OpLt:
				return NewBool(x < y), nil
			case OpLe:
				return NewBool(x <= y), nil
			case OpGt:
				return NewBool(x > y), nil
			}
			return NewBool(x >= y), nil
		}
	}
	xs, xb, okx := intValue(a)
	ys, yb, oky := intValue(b)
	if !okx || !oky {
		return NotImplemented, nil
	}
	return cmpResult(intCmp(xs, xb, ys, yb), op), nil
}

func intBitLength(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "bit_length", args, kw, 0, 0); err != nil {
		return nil, err
	}
	s, b, _ := intValue(self)
	if b != nil {
		return Int(b.BitLen()), nil
	}
	if s < 0 {
		return Int(bits.Len64(-uint64(s))), nil
	}
	return Int(bits.Len64(uint64(s))), nil
}

func intBitCount(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "bit_count", args, kw, 0, 0); err != nil {
		return nil, err
	}
	s, b, _ := intValue(self)
	if b != nil {
		n := 0
		for _, w := range b.Bits() {
			n += bits.OnesCount64(uint64(w))
		}
		return Int(n), nil
	}
	if s < 0 {
		return Int(bits.OnesCount64(-uint64(s))), nil
	}
	return Int(bits.OnesCount64(uint64(s))), nil
}

func intAsIntegerRatio(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "as_integer_ratio", args, kw, 0, 0); err != nil {
		return nil, err
	}
	v, _ := intBase(self)
	return NewTuple(t, []Object{v, Int(1)}), nil
}

// intByteOrder parses the byteorder argument.
func intByteOrder(t *Thread, o Object) (little bool, err error) {
	s, ok := o.(*Str)
	if !ok {
		return false, Errorf(t, TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(o))
	}
	switch s.s {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, Errorf(t, ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func intToBytes(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	length := 1
	var order Object = NewStr("big")
	signed := false
	if n := len(args) - len(kw); n > 2 {
		return nil, Errorf(t, TypeErrorType, "to_bytes() takes at most 2 positional arguments (%d given)", n)
	}
	if err := UnpackArgs(t, "to_bytes", args, kw, "length?", &length, "byteorder?", &order, "signed?", &signed); err != nil {
		return nil, err
	}
	little, err := intByteOrder(t, order)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, Errorf(t, ValueErrorType, "length argument must be non-negative")
	}
	x, _ := intToBig(self)
	if x.Sign() < 0 && !signed {
		return nil, Errorf(t, OverflowErrorType, "can't convert negative int to unsigned")
	}
	v := x
	if x.Sign() < 0 {
		// two's complement: x + 2**(8*length)
		v = new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		v.Add(v, x)
		if v.Sign() < 0 || (length > 0 && v.Bit(8*length-1) == 0) {
			return nil, Errorf(t, OverflowErrorType, "int too big to convert")
		}
		if length == 0 {
			return nil, Errorf(t, OverflowErrorType, "int too big to convert")
		}
	} else if signed && x.BitLen() >= 8*length && x.Sign() != 0 {
		return nil, Errorf(t, OverflowErrorType, "int too big to convert")
	}
	if v.BitLen() > 8*length {
		return nil, Errorf(t, OverflowErrorType, "int too big to convert")
	}
	buf := make([]byte, length)
	v.FillBytes(buf)
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	return NewBytes(buf), nil
}

func intFromBytes(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	var data Object
	var order Object = NewStr("big")
	signed := false
	if n := len(args) - len(kw); n > 2 {
		return nil, Errorf(t, TypeErrorType, "from_bytes() takes at most 2 positional arguments (%d given)", n)
	}
	if err := UnpackArgs(t, "from_bytes", args, kw, "bytes", &data, "byteorder?", &order, "signed?", &signed); err != nil {
		return nil, err
	}
	little, err := intByteOrder(t, order)
	if err != nil {
		return nil, err
	}
	var buf []byte
	if b, ok := BytesData(t, data); ok {
		buf = append([]byte{}, b...)
	}
	if buf == nil {
		if _, isStr := data.(*Str); isStr {
			return nil, Errorf(t, TypeErrorType, "cannot convert 'str' object to bytes")
		}
		it, err := Iter(t, data)
		if err != nil {
			return nil, Errorf(t, TypeErrorType, "cannot convert '%s' object to bytes", TypeName(data))
		}
		buf = []byte{}
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
			n, err := IndexInt(t, x)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, Errorf(t, ValueErrorType, "bytes must be in range(0, 256)")
			}
			buf = append(buf, byte(n))
		}
	}
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(buf))))
	}
	r := MakeInt(v)
	if typ, ok := self.(*Type); ok && typ != IntType {
		return Call(t, typ, []Object{r}, nil)
	}
	return r, nil
}

// intRound is int.__round__(ndigits=None).
func intRound(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	var nd Object = None
	if err := UnpackArgs(t, "__round__", args, kw, "ndigits?", &nd); err != nil {
		return nil, err
	}
	v, _ := intBase(self)
	if nd == None {
		return v, nil
	}
	ns, nb, ok := intValue(nd)
	if !ok {
		if nd.Type().Index == nil {
			return nil, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(nd))
		}
		r, err := nd.Type().Index(t, nd)
		if err != nil {
			return nil, err
		}
		ns, nb, _ = intValue(r)
	}
	if nb != nil {
		if nb.Sign() > 0 {
			return v, nil
		}
		return Int(0), nil
	}
	if ns >= 0 {
		return v, nil
	}
	x, _ := intToBig(v)
	if -ns > int64(x.BitLen())+1 {
		return Int(0), nil
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ns), nil)
	q, r := bigDivMod(x, pow)
	// round half to even
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return MakeInt(q.Mul(q, pow)), nil
}

// NewIntSubclassHook creates an instance of a user subclass of int, float or
// complex holding v (set by the class implementation).
var NewIntSubclassHook func(t *Thread, typ *Type, v Object) (Object, error)

func numSubclassResult(t *Thread, typ, base *Type, v Object) (Object, error) {
	if typ == base {
		return v, nil
	}
	if NewIntSubclassHook == nil {
		return nil, Errorf(t, TypeErrorType, "cannot create '%s' instances", typ.Name)
	}
	return NewIntSubclassHook(t, typ, v)
}

// intNew is int.__new__: int(), int(x), int(x, base).
func intNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	var x, base Object
	if len(args) > 2 {
		return nil, Errorf(t, TypeErrorType, "int expected at most 2 arguments, got %d", len(args))
	}
	if err := UnpackArgs(t, "int", args, kw, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	var v Object
	var err error
	if x == nil {
		if base != nil {
			return nil, Errorf(t, TypeErrorType, "int() missing string argument")
		}
		v = Int(0)
	} else if base != nil {
		b, err := IndexInt(t, base)
		if err != nil {
			return nil, err
		}
		v, err = intFromStrLike(t, x, b, true)
		if err != nil {
			return nil, err
		}
	} else {
		v, err = IntFromObject(t, x)
		if err != nil {
			return nil, err
		}
	}
	return numSubclassResult(t, typ, IntType, v)
}

func intFromStrLike(t *Thread, x Object, base int, explicit bool) (Object, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(t, ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
	}
	if s, ok := strAs(x); ok { // str or a str subclass instance
		return IntFromString(t, s.s, base)
	}
	if b, ok := BytesData(t, x); ok {
		v, err := intParse(t, string(b), base)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, Errorf(t, ValueErrorType, "invalid literal for int() with base %d: %s", base, bytesReprForInt(b))
		}
		return v, nil
	}
	if explicit {
		return nil, Errorf(t, TypeErrorType, "int() can't convert non-string with explicit base")
	}
	return nil, nil
}

func bytesReprForInt(b []byte) string {
	s := BytesReprString(b)
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// IntFromObject is int(x) for one argument: ints, bools, floats, strings,
// bytes, and objects with __int__, __index__ or __trunc__.
func IntFromObject(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case Int:
		return v, nil
	case Bool:
		if v {
			return Int(1), nil
		}
		return Int(0), nil
	case *BigInt:
		return v, nil
	case Float:
		return FloatToInt(t, float64(v))
	case *Str:
		if v.Type() == StrType {
			return IntFromString(t, v.s, 10)
		}
	}
	typ := x.Type()
	if typ.Int != nil {
		r, err := typ.Int(t, x)
		if err != nil {
			return nil, err
		}
		if b, ok := intBase(r); ok {
			if _, exact := r.(Int); !exact && r.Type() != IntType {
				if _, big := r.(*BigInt); !big {
					return nil, Errorf(t, TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
				}
			}
			return b, nil
		}
		return nil, Errorf(t, TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
	}
	if typ.Index != nil {
		r, err := typ.Index(t, x)
		if err != nil {
			return nil, err
		}
		if b, ok := intBase(r); ok {
			return b, nil
		}
		return nil, Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	if bv, ok := x.(BaseValuer); ok {
		if f, ok := bv.BaseValue().(Float); ok {
			return FloatToInt(t, float64(f))
		}
	}
	if typ.Lookup(Intern("__trunc__")) != nil {
		r, err := CallMethod(t, x, "__trunc__")
		if err != nil {
			return nil, err
		}
		if b, ok := intBase(r); ok {
			return b, nil
		}
		if r.Type().Index != nil {
			return IntFromObject(t, r)
		}
		return nil, Errorf(t, TypeErrorType, "__trunc__ returned non-Integral (type %s)", TypeName(r))
	}
	if r, err := intFromStrLike(t, x, 10, false); r != nil || err != nil {
		return r, err
	}
	if bv, ok := x.(BaseValuer); ok {
		if s, ok := bv.BaseValue().(*Str); ok {
			return IntFromString(t, s.s, 10)
		}
	}
	return nil, Errorf(t, TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// FloatToInt truncates a float to an int (OverflowError for infinities,
// ValueError for NaN).
func FloatToInt(t *Thread, f float64) (Object, error) {
	if f > -9.2e18 && f < 9.2e18 {
		return Int(int64(f)), nil
	}
	if math.IsInf(f, 0) {
		return nil, Errorf(t, OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(t, ValueErrorType, "cannot convert float NaN to integer")
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return MakeInt(b), nil
}

// intFormatBase writes an int in base 2, 8 or 16 with CPython's prefixes (for bin/oct/hex).
func IntFormatBase(o Object, base int, prefix bool) string {
	s, b, _ := intValue(o)
	var digits string
	neg := false
	if b != nil {
		neg = b.Sign() < 0
		digits = new(big.Int).Abs(b).Text(base)
	} else {
		u := uint64(s)
		if s < 0 {
			neg = true
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	}
	p := ""
	if prefix {
		switch base {
		case 2:
			p = "0b"
		case 8:
			p = "0o"
		case 16:
			p = "0x"
		}
	}
	if neg {
		return "-" + p + digits
	}
	return p + digits
}
