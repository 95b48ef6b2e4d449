package runtime

import (
	"math"
	"math/big"
	"strings"
)

// Slice is a Python slice object (start:stop:step); absent parts are None.
type Slice struct {
	Header
	Start, Stop, Step Object
}

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }

// NewSlice returns slice(start, stop, step); nil parts become None.
func NewSlice(t *Thread, start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	t.Incref(start)
	t.Incref(stop)
	t.Incref(step)
	return &Slice{Start: start, Stop: stop, Step: step}
}

// sliceIndex converts a slice bound to an int clamped to the int range
// (CPython's _PyEval_SliceIndex).
func sliceIndex(t *Thread, o Object) (int, error) {
	switch v := o.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if v.V.Sign() < 0 {
			return math.MinInt, nil
		}
		return math.MaxInt, nil
	}
	if f := o.Type().Index; f != nil {
		r, err := f(t, o)
		if err != nil {
			return 0, err
		}
		switch r.(type) {
		case Int, Bool, *BigInt:
			return sliceIndex(t, r)
		}
		return 0, Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return 0, Errorf(t, TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// Unpack converts the slice's parts to ints (CPython's PySlice_Unpack):
// None becomes the default for the step's direction; values beyond the int
// range are clamped. It may run __index__ methods.
func (s *Slice) Unpack(t *Thread) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		if step, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = Errorf(t, ValueErrorType, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt
		} else {
			start = 0
		}
	} else if start, err = sliceIndex(t, s.Start); err != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, err = sliceIndex(t, s.Stop); err != nil {
		return
	}
	return
}

// AdjustIndices clamps unpacked slice bounds to a sequence of the given
// length and returns the slice length (CPython's PySlice_AdjustIndices).
func AdjustIndices(length int, start, stop *int, step int) int {
	if *start < 0 {
		*start += length
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= length {
		if step < 0 {
			*start = length - 1
		} else {
			*start = length
		}
	}
	if *stop < 0 {
		*stop += length
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= length {
		if step < 0 {
			*stop = length - 1
		} else {
			*stop = length
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// Indices returns the slice's bounds for a sequence of the given length
// (CPython's PySlice_GetIndicesEx).
func (s *Slice) Indices(t *Thread, length int) (start, stop, step, slicelength int, err error) {
	start, stop, step, err = s.Unpack(t)
	if err != nil {
		return
	}
	slicelength = AdjustIndices(length, &start, &stop, step)
	return
}

func sliceRepr(t *Thread, o Object) (Object, error) {
	s := o.(*Slice)
	var b strings.Builder
	b.WriteString("slice(")
	if err := ctrJoinReprs(t, &b, []Object{s.Start, s.Stop, s.Step}); err != nil {
		return nil, err
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

func sliceNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, Errorf(t, TypeErrorType, "slice expected at least 1 argument, got 0")
	case 1:
		return NewSlice(t, None, args[0], None), nil
	case 2:
		return NewSlice(t, args[0], args[1], None), nil
	case 3:
		return NewSlice(t, args[0], args[1], args[2]), nil
	}
	return nil, Errorf(t, TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
}

// sliceBigIndex converts a slice part for slice.indices (arbitrary precision).
func sliceBigIndex(t *Thread, o Object) (*big.Int, error) {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v)), nil
	case Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *BigInt:
		return new(big.Int).Set(v.V), nil
	}
	if f := o.Type().Index; f != nil {
		r, err := f(t, o)
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case Int, Bool, *BigInt:
			return sliceBigIndex(t, r)
		}
		return nil, Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return nil, Errorf(t, TypeErrorType, "slice indices must be integers or None or have an __index__ method")
}

// sliceIndicesMethod is slice.indices(length), computed with big ints as
// CPython's _PySlice_GetLongIndices does.
func sliceIndicesMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "indices", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := self.(*Slice)
	if !ctrIsIndex(args[0]) {
		return nil, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
	}
	length, err := sliceBigIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	if length.Sign() < 0 {
		return nil, Errorf(t, ValueErrorType, "length should not be negative")
	}
	step := big.NewInt(1)
	if s.Step != None {
		if step, err = sliceBigIndex(t, s.Step); err != nil {
			return nil, err
		}
		if step.Sign() == 0 {
			return nil, Errorf(t, ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	var lower, upper *big.Int
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(length, lower)
	} else {
		lower = big.NewInt(0)
		upper = new(big.Int).Set(length)
	}
	bound := func(o Object, dflt *big.Int) (*big.Int, error) {
		if o == None {
			return dflt, nil
		}
		v, err := sliceBigIndex(t, o)
		if err != nil {
			return nil, err
		}
		if v.Sign() < 0 {
			v.Add(v, length)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, nil
	}
	dStart, dStop := lower, upper
	if neg {
		dStart, dStop = upper, lower
	}
	start, err := bound(s.Start, dStart)
	if err != nil {
		return nil, err
	}
	stop, err := bound(s.Stop, dStop)
	if err != nil {
		return nil, err
	}
	return NewTuple(t, []Object{MakeInt(start), MakeInt(stop), MakeInt(step)}), nil
}

func sliceHash(t *Thread, o Object) (int64, error) {
	s := o.(*Slice)
	acc := xxPrime5
	for _, v := range [3]Object{s.Start, s.Stop, s.Step} {
		h, err := Hash(t, v)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = xxRotate(acc)
		acc *= xxPrime1
	}
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func sliceCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := a.(*Slice)
	y, ok2 := b.(*Slice)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if x == y && (op == OpEq || op == OpNe) {
		return NewBool(op == OpEq), nil
	}
	return ctrCompareSeq(t, []Object{x.Start, x.Stop, x.Step}, []Object{y.Start, y.Stop, y.Step}, op)
}

func init() {
	typ := SliceType
	typ.Repr = sliceRepr
	typ.New = sliceNew
	typ.Hash = sliceHash
	typ.Compare = sliceCompare
	typ.Dealloc = func(t *Thread, o Object) {
		s := o.(*Slice)
		t.Decref(s.Start)
		t.Decref(s.Stop)
		t.Decref(s.Step)
		s.Start, s.Stop, s.Step = None, None, None
	}
	typ.AddMethod("indices", InstanceMethod, sliceIndicesMethod)
	typ.AddGetSet("start", func(t *Thread, self Object) (Object, error) { return self.(*Slice).Start, nil }, nil)
	typ.AddGetSet("stop", func(t *Thread, self Object) (Object, error) { return self.(*Slice).Stop, nil }, nil)
	typ.AddGetSet("step", func(t *Thread, self Object) (Object, error) { return self.(*Slice).Step, nil }, nil)
}
