package runtime

import (
	"math"
	"math/big"
	"strconv"
	"sync/atomic"
)

// Range is a Python range object. Bounds are limited to 64 bits (larger
// ones raise OverflowError).
type Range struct {
	Header
	Start, Stop, Step int64
}

// Type returns range.
func (*Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) *Range {
	return &Range{Start: start, Stop: stop, Step: step}
}

// ulength returns the number of items as an unsigned number (it may exceed int64).
func (r *Range) ulength() uint64 {
	if r.Step > 0 {
		if r.Start < r.Stop {
			return (uint64(r.Stop)-uint64(r.Start)-1)/uint64(r.Step) + 1
		}
		return 0
	}
	if r.Start > r.Stop {
		return (uint64(r.Start)-uint64(r.Stop)-1)/(0-uint64(r.Step)) + 1
	}
	return 0
}

// length returns the number of items, with ok=false when it exceeds int64.
func (r *Range) length() (int64, bool) {
	n := r.ulength()
	if n > math.MaxInt64 {
		return 0, false
	}
	return int64(n), true
}

// Len returns len(r) (OverflowError when it does not fit in an int).
func (r *Range) Len(t *Thread) (int, error) {
	n, ok := r.length()
	if !ok {
		return 0, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// item returns the i-th item (0 <= i < length).
func (r *Range) item(i int64) int64 { return r.Start + i*r.Step }

// rangeArg converts a range() argument with __index__.
func rangeArg(t *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case Int:
		return int64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if o.Type().Index == nil {
		return 0, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	r, err := o.Type().Index(t, o)
	if err != nil {
		return 0, err
	}
	return rangeArg(t, r)
}

func rangeNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "range() takes no keyword arguments")
	}
	var vals [3]int64
	for i, a := range args {
		if i >= 3 {
			break
		}
		v, err := rangeArg(t, a)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	switch len(args) {
	case 0:
		return nil, Errorf(t, TypeErrorType, "range expected at least 1 argument, got 0")
	case 1:
		return &Range{Start: 0, Stop: vals[0], Step: 1}, nil
	case 2:
		return &Range{Start: vals[0], Stop: vals[1], Step: 1}, nil
	case 3:
		if vals[2] == 0 {
			return nil, Errorf(t, ValueErrorType, "range() arg 3 must not be zero")
		}
		return &Range{Start: vals[0], Stop: vals[1], Step: vals[2]}, nil
	}
	return nil, Errorf(t, TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
}

func rangeRepr(t *Thread, o Object) (Object, error) {
	r := o.(*Range)
	s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
	if r.Step != 1 {
		s += ", " + strconv.FormatInt(r.Step, 10)
	}
	return NewStr(s + ")"), nil
}

func rangeLen(t *Thread, o Object) (int, error) { return o.(*Range).Len(t) }

func rangeBool(t *Thread, o Object) (bool, error) { return o.(*Range).ulength() != 0, nil }

func rangeGetItem(t *Thread, o, key Object) (Object, error) {
	r := o.(*Range)
	if s, ok := key.(*Slice); ok {
		return r.slice(t, s)
	}
	var i int64
	switch k := key.(type) {
	case Int:
		i = int64(k)
	case *BigInt:
		return nil, Errorf(t, IndexErrorType, "range object index out of range")
	default:
		n, ok, err := seqIndexValue(t, key)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
		}
		if err != nil {
			if e, isExc := err.(*Exception); isExc && e.typ == IndexErrorType {
				return nil, Errorf(t, IndexErrorType, "range object index out of range")
			}
			return nil, err
		}
		i = int64(n)
	}
	n := r.ulength()
	if i < 0 {
		if uint64(-i) > n {
			return nil, Errorf(t, IndexErrorType, "range object index out of range")
		}
		i = int64(n - uint64(-i))
	} else if uint64(i) >= n {
		return nil, Errorf(t, IndexErrorType, "range object index out of range")
	}
	return Int(r.item(i)), nil
}

func (r *Range) slice(t *Thread, s *Slice) (Object, error) {
	n, ok := r.length()
	if !ok {
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	tu, err := sliceIndicesMethod(t, s, []Object{Int(n)}, nil)
	if err != nil {
		return nil, err
	}
	idx := tu.(*Tuple).Items
	toBig := func(o Object) *big.Int {
		switch v := o.(type) {
		case Int:
			return big.NewInt(int64(v))
		case *BigInt:
			return v.V
		}
		return big.NewInt(0)
	}
	start, stop, step := toBig(idx[0]), toBig(idx[1]), toBig(idx[2])
	rs, rstep := big.NewInt(r.Start), big.NewInt(r.Step)
	ns := new(big.Int).Add(rs, new(big.Int).Mul(start, rstep))
	ne := new(big.Int).Add(rs, new(big.Int).Mul(stop, rstep))
	nst := new(big.Int).Mul(step, rstep)
	if !ns.IsInt64() || !ne.IsInt64() || !nst.IsInt64() {
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return &Range{Start: ns.Int64(), Stop: ne.Int64(), Step: nst.Int64()}, nil
}

// containsInt reports whether v is one of the range's items.
func (r *Range) containsInt(v int64) bool {
	if r.Step > 0 {
		if v < r.Start || v >= r.Stop {
			return false
		}
		return (uint64(v)-uint64(r.Start))%uint64(r.Step) == 0
	}
	if v > r.Start || v <= r.Stop {
		return false
	}
	return (uint64(r.Start)-uint64(v))%(0-uint64(r.Step)) == 0
}

// rangeExactInt returns v as an int64 when it is an int (or bool).
func rangeExactInt(v Object) (int64, bool, bool) {
	switch x := v.(type) {
	case Int:
		return int64(x), true, true
	case Bool:
		if x {
			return 1, true, true
		}
		return 0, true, true
	case *BigInt:
		return 0, false, true
	}
	return 0, false, false
}

func rangeContains(t *Thread, o, v Object) (bool, error) {
	r := o.(*Range)
	if x, fits, isInt := rangeExactInt(v); isInt {
		return fits && r.containsInt(x), nil
	}
	n := r.ulength()
	for i := uint64(0); i < n; i++ {
		eq, err := Equal(t, Int(r.item(int64(i))), v)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func rangeIter(t *Thread, o Object) (Object, error) {
	r := o.(*Range)
	n, ok := r.length()
	if !ok {
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return &RangeIter{start: r.Start, step: r.Step, n: n, shared: t.atomicRC}, nil
}

func (r *Range) reversedIter(t *Thread) (Object, error) {
	n, ok := r.length()
	if !ok {
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	last := r.Start
	if n > 0 {
		last = r.item(n - 1)
	}
	return &RangeIter{start: last, step: -r.Step, n: n, shared: t.atomicRC}, nil
}

func rangeCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := a.(*Range)
	y, ok2 := b.(*Range)
	if !ok1 || !ok2 || (op != OpEq && op != OpNe) {
		return NotImplemented, nil
	}
	return NewBool(rangeEqual(x, y) == (op == OpEq)), nil
}

func rangeEqual(x, y *Range) bool {
	if x == y {
		return true
	}
	n := x.ulength()
	if n != y.ulength() {
		return false
	}
	if n == 0 {
		return true
	}
	if x.Start != y.Start {
		return false
	}
	return n == 1 || x.Step == y.Step
}

func rangeHash(t *Thread, o Object) (int64, error) {
	r := o.(*Range)
	n := r.ulength()
	var nobj Object = Int(int64(n))
	if n > math.MaxInt64 {
		nobj = MakeInt(new(big.Int).SetUint64(n))
	}
	items := []Object{nobj, None, None}
	if n != 0 {
		items[1] = Int(r.Start)
		if n != 1 {
			items[2] = Int(r.Step)
		}
	}
	return tupleHashItems(t, items)
}

func rangeCount(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "count", args, kw, 1, 1); err != nil {
		return nil, err
	}
	r := self.(*Range)
	if x, fits, isInt := rangeExactInt(args[0]); isInt {
		if fits && r.containsInt(x) {
			return Int(1), nil
		}
		return Int(0), nil
	}
	cnt := 0
	n := r.ulength()
	for i := uint64(0); i < n; i++ {
		eq, err := Equal(t, Int(r.item(int64(i))), args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			cnt++
		}
	}
	return Int(cnt), nil
}

func rangeIndex(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "index", args, kw, 1, 1); err != nil {
		return nil, err
	}
	r := self.(*Range)
	if x, fits, isInt := rangeExactInt(args[0]); isInt {
		if fits && r.containsInt(x) {
			if r.Step > 0 {
				return Int(int64((uint64(x) - uint64(r.Start)) / uint64(r.Step))), nil
			}
			return Int(int64((uint64(r.Start) - uint64(x)) / (0 - uint64(r.Step)))), nil
		}
		rs, err := Repr(t, args[0])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(t, ValueErrorType, "%s is not in range", rs.s)
	}
	n := r.ulength()
	for i := uint64(0); i < n; i++ {
		eq, err := Equal(t, Int(r.item(int64(i))), args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return nil, Errorf(t, ValueErrorType, "sequence.index(x): x not in sequence")
}

// ---------------------------------------------------------------------------
// range_iterator

// RangeIter iterates over a range. The VM calls NextInt directly.
// In free-threaded mode the position advances atomically, so threads
// sharing one iterator each get distinct items.
type RangeIter struct {
	Header
	idx    int64
	start  int64
	step   int64
	n      int64
	shared bool
}

// Type returns range_iterator.
func (*RangeIter) Type() *Type { return RangeIterType }

// NewRangeIter returns an iterator over start, start+step, ... (n items).
func NewRangeIter(t *Thread, start, step, n int64) *RangeIter {
	return &RangeIter{start: start, step: step, n: n, shared: t.atomicRC}
}

// NextInt returns the next item, or ok=false when the iterator is exhausted.
func (it *RangeIter) NextInt() (int64, bool) {
	var i int64
	if it.shared {
		i = atomic.AddInt64(&it.idx, 1) - 1
		if i >= it.n {
			atomic.StoreInt64(&it.idx, it.n)
			return 0, false
		}
	} else {
		i = it.idx
		if i >= it.n {
			return 0, false
		}
		it.idx = i + 1
	}
	return it.start + i*it.step, true
}

func rangeIterNext(t *Thread, o Object) (Object, error) {
	v, ok := o.(*RangeIter).NextInt()
	if !ok {
		return nil, nil
	}
	return Int(v), nil
}

func rangeIterLengthHint(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	it := self.(*RangeIter)
	i := it.idx
	if it.shared {
		i = atomic.LoadInt64(&it.idx)
	}
	if i >= it.n {
		return Int(0), nil
	}
	return Int(it.n - i), nil
}

func init() {
	typ := RangeType
	typ.New = rangeNew
	typ.Repr = rangeRepr
	typ.Len = rangeLen
	typ.Bool = rangeBool
	typ.GetItem = rangeGetItem
	typ.Contains = rangeContains
	typ.Iter = rangeIter
	typ.Compare = rangeCompare
	typ.Hash = rangeHash
	typ.AddMethod("count", InstanceMethod, rangeCount)
	typ.AddMethod("index", InstanceMethod, rangeIndex)
	typ.AddMethod("__reversed__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__reversed__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return self.(*Range).reversedIter(t)
	})
	typ.AddGetSet("start", func(t *Thread, self Object) (Object, error) { return Int(self.(*Range).Start), nil }, nil)
	typ.AddGetSet("stop", func(t *Thread, self Object) (Object, error) { return Int(self.(*Range).Stop), nil }, nil)
	typ.AddGetSet("step", func(t *Thread, self Object) (Object, error) { return Int(self.(*Range).Step), nil }, nil)

	ctrSlotMethods(typ)

	RangeIterType.Next = rangeIterNext
	ctrIterMethods(RangeIterType)
	RangeIterType.AddMethod("__length_hint__", InstanceMethod, rangeIterLengthHint)
}
