package runtime

import (
	"math"
	"math/big"
	"strconv"
	"sync"
	"sync/atomic"
)

// Range is a Python range object. Start, Stop and Step hold the bounds when
// they fit in 64 bits; otherwise Big holds them (and the int64 fields are 0).
type Range struct {
	Header
	Start, Stop, Step int64
	Big               *BigRange
	// spare is an iterator allocated with the range, handed out by the
	// first iter() (most ranges are made to be iterated once, by a for
	// loop: one allocation instead of two). Nil once taken.
	spare atomic.Pointer[RangeIter]
}

// rangeAlloc is a range with its first iterator.
type rangeAlloc struct {
	r  Range
	it RangeIter
}

// newRange returns the 64-bit range(start, stop, step) with a spare
// iterator.
func newRange(start, stop, step int64) *Range {
	a := &rangeAlloc{r: Range{Start: start, Stop: stop, Step: step}}
	a.r.spare.Store(&a.it)
	return &a.r
}

// BigRange holds the bounds of a range beyond 64 bits.
type BigRange struct {
	Start, Stop, Step, Len *big.Int
}

// Type returns range.
func (*Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int64) *Range {
	return &Range{Start: start, Stop: stop, Step: step}
}

// ulength returns the number of items as an unsigned number (it may exceed int64).
func (r *Range) ulength() uint64 {
	if r.Big != nil {
		if r.Big.Len.IsUint64() {
			return r.Big.Len.Uint64()
		}
		return math.MaxUint64
	}
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
	if r.Big != nil {
		if r.Big.Len.IsInt64() {
			return r.Big.Len.Int64(), true
		}
		return 0, false
	}
	n := r.ulength()
	if n > math.MaxInt64 {
		return 0, false
	}
	return int64(n), true
}

// Len returns len(r) (OverflowError when it does not fit in an int).
func (r *Range) Len(t *Thread) (int, error) {
	n, ok := r.length()
	if ok && n > math.MaxInt {
		ok = false
	}
	if !ok {
		return 0, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// item returns the i-th item (0 <= i < length).
func (r *Range) item(i int64) int64 { return r.Start + i*r.Step }

// rangeBigArg converts a range() argument with __index__ to a big.Int.
func rangeBigArg(t *Thread, o Object) (*big.Int, error) {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v)), nil
	case Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *BigInt:
		return v.V, nil
	}
	if o.Type().Index == nil {
		return nil, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	r, err := o.Type().Index(t, o)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case Int, Bool, *BigInt:
		return rangeBigArg(t, r)
	}
	return nil, Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
}

// newRangeBig returns the range of big bounds (a plain Range when they fit).
func newRangeBig(start, stop, step *big.Int) *Range {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() {
		return &Range{Start: start.Int64(), Stop: stop.Int64(), Step: step.Int64()}
	}
	n := new(big.Int)
	if step.Sign() > 0 && start.Cmp(stop) < 0 {
		n.Sub(stop, start)
		n.Sub(n, bigOne)
		n.Quo(n, step)
		n.Add(n, bigOne)
	} else if step.Sign() < 0 && start.Cmp(stop) > 0 {
		n.Sub(start, stop)
		n.Sub(n, bigOne)
		n.Quo(n, new(big.Int).Neg(step))
		n.Add(n, bigOne)
	}
	return &Range{Big: &BigRange{Start: start, Stop: stop, Step: step, Len: n}}
}

var bigOne = big.NewInt(1)

func rangeNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "range() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, Errorf(t, TypeErrorType, "range expected at least 1 argument, got 0")
	case 1, 2, 3:
	default:
		return nil, Errorf(t, TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var vals [3]int64
	small := true
	for i, a := range args {
		switch v := a.(type) {
		case Int:
			vals[i] = int64(v)
			continue
		case Bool:
			if v {
				vals[i] = 1
			}
			continue
		}
		small = false
		break
	}
	if small {
		switch len(args) {
		case 1:
			return newRange(0, vals[0], 1), nil
		case 2:
			return newRange(vals[0], vals[1], 1), nil
		}
		if vals[2] == 0 {
			return nil, Errorf(t, ValueErrorType, "range() arg 3 must not be zero")
		}
		return newRange(vals[0], vals[1], vals[2]), nil
	}
	var bv [3]*big.Int
	for i, a := range args {
		v, err := rangeBigArg(t, a)
		if err != nil {
			return nil, err
		}
		bv[i] = v
	}
	switch len(args) {
	case 1:
		return newRangeBig(big.NewInt(0), bv[0], big.NewInt(1)), nil
	case 2:
		return newRangeBig(bv[0], bv[1], big.NewInt(1)), nil
	}
	if bv[2].Sign() == 0 {
		return nil, Errorf(t, ValueErrorType, "range() arg 3 must not be zero")
	}
	return newRangeBig(bv[0], bv[1], bv[2]), nil
}

// bigParts returns the bounds and length as big ints (for either representation).
func (r *Range) bigParts() (start, stop, step, length *big.Int) {
	if r.Big != nil {
		return r.Big.Start, r.Big.Stop, r.Big.Step, r.Big.Len
	}
	return big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), new(big.Int).SetUint64(r.ulength())
}

// isBig reports whether the range needs big-int arithmetic (big bounds or a
// length beyond int64).
func (r *Range) isBig() bool { return r.Big != nil || r.ulength() > math.MaxInt64 }

// bigItem returns start + i*step.
func (r *Range) bigItem(i *big.Int) Object {
	start, _, step, _ := r.bigParts()
	v := new(big.Int).Mul(i, step)
	return MakeInt(v.Add(v, start))
}

// bigContains reports whether the int v is an item.
func (r *Range) bigContains(v *big.Int) bool {
	start, stop, step, _ := r.bigParts()
	if step.Sign() > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(v, start)
	return d.Rem(d, step).Sign() == 0
}

func rangeToInt(o Object) (*big.Int, bool) {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v)), true
	case Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *BigInt:
		return v.V, true
	}
	return nil, false
}

func rangeRepr(t *Thread, o Object) (Object, error) {
	r := o.(*Range)
	if r.Big != nil {
		s := "range(" + r.Big.Start.String() + ", " + r.Big.Stop.String()
		if r.Big.Step.Cmp(bigOne) != 0 {
			s += ", " + r.Big.Step.String()
		}
		return NewStr(s + ")"), nil
	}
	s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
	if r.Step != 1 {
		s += ", " + strconv.FormatInt(r.Step, 10)
	}
	return NewStr(s + ")"), nil
}

func rangeLen(t *Thread, o Object) (int, error) { return o.(*Range).Len(t) }

func rangeBool(t *Thread, o Object) (bool, error) {
	r := o.(*Range)
	if r.Big != nil {
		return r.Big.Len.Sign() != 0, nil
	}
	return r.ulength() != 0, nil
}

func rangeGetItem(t *Thread, o, key Object) (Object, error) {
	r := o.(*Range)
	if s, ok := key.(*Slice); ok {
		return r.slice(t, s)
	}
	if r.isBig() {
		return r.bigGetItem(t, key)
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

func (r *Range) bigGetItem(t *Thread, key Object) (Object, error) {
	i, ok := rangeToInt(key)
	if !ok {
		if key.Type().Index == nil {
			return nil, Errorf(t, TypeErrorType, "range indices must be integers or slices, not %s", TypeName(key))
		}
		var err error
		if i, err = rangeBigArg(t, key); err != nil {
			return nil, err
		}
	}
	_, _, _, n := r.bigParts()
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, Errorf(t, IndexErrorType, "range object index out of range")
	}
	return r.bigItem(i), nil
}

func (r *Range) slice(t *Thread, s *Slice) (Object, error) {
	_, _, _, n := r.bigParts()
	tu, err := sliceIndicesMethod(t, s, []Object{MakeInt(n)}, nil)
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
	rs, _, rstep, _ := r.bigParts()
	ns := new(big.Int).Add(rs, new(big.Int).Mul(start, rstep))
	ne := new(big.Int).Add(rs, new(big.Int).Mul(stop, rstep))
	nst := new(big.Int).Mul(step, rstep)
	return newRangeBig(ns, ne, nst), nil
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
	if r.isBig() {
		if bv, ok := rangeToInt(v); ok {
			return r.bigContains(bv), nil
		}
		return ctrContainsByIter(t, r, v)
	}
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
	if r.isBig() {
		start, _, step, n := r.bigParts()
		return &bigRangeIter{next: new(big.Int).Set(start), step: step, left: new(big.Int).Set(n)}, nil
	}
	n, _ := r.length()
	if it := r.spare.Swap(nil); it != nil {
		*it = RangeIter{start: r.Start, step: r.Step, n: n, shared: t.atomicRC}
		return it, nil
	}
	return &RangeIter{start: r.Start, step: r.Step, n: n, shared: t.atomicRC}, nil
}

func (r *Range) reversedIter(t *Thread) (Object, error) {
	if r.isBig() {
		_, _, step, n := r.bigParts()
		last := new(big.Int).Sub(n, bigOne)
		if last.Sign() < 0 {
			last.SetInt64(0)
		}
		lv, _ := rangeToInt(r.bigItem(last))
		return &bigRangeIter{next: new(big.Int).Set(lv), step: new(big.Int).Neg(step), left: new(big.Int).Set(n)}, nil
	}
	n, _ := r.length()
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
	if x.isBig() || y.isBig() {
		xs, _, xst, xn := x.bigParts()
		ys, _, yst, yn := y.bigParts()
		if xn.Cmp(yn) != 0 {
			return false
		}
		if xn.Sign() == 0 {
			return true
		}
		if xs.Cmp(ys) != 0 {
			return false
		}
		return xn.Cmp(bigOne) == 0 || xst.Cmp(yst) == 0
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
	start, _, step, n := r.bigParts()
	items := []Object{MakeInt(n), None, None}
	if n.Sign() != 0 {
		items[1] = MakeInt(start)
		if n.Cmp(bigOne) != 0 {
			items[2] = MakeInt(step)
		}
	}
	return tupleHashItems(t, items)
}

func rangeCount(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "count", args, kw, 1, 1); err != nil {
		return nil, err
	}
	r := self.(*Range)
	if r.isBig() {
		if bv, ok := rangeToInt(args[0]); ok {
			if r.bigContains(bv) {
				return Int(1), nil
			}
			return Int(0), nil
		}
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
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
	if r.isBig() {
		if bv, ok := rangeToInt(args[0]); ok {
			if r.bigContains(bv) {
				start, _, step, _ := r.bigParts()
				d := new(big.Int).Sub(bv, start)
				return MakeInt(d.Quo(d, step)), nil
			}
			rs, err := Repr(t, args[0])
			if err != nil {
				return nil, err
			}
			return nil, Errorf(t, ValueErrorType, "%s is not in range", rs.s)
		}
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
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

// remaining returns how many items the iterator has left.
func (it *RangeIter) remaining() int64 {
	i := it.idx
	if it.shared {
		i = atomic.LoadInt64(&it.idx)
	}
	return max(it.n-i, 0)
}

func rangeIterLengthHint(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return Int(self.(*RangeIter).remaining()), nil
}

// bigRangeIter iterates over a range beyond 64 bits (longrange_iterator).
type bigRangeIter struct {
	Header
	mu         sync.Mutex
	next, step *big.Int
	left       *big.Int
}

// LongRangeIterType is the type of iterators over ranges beyond 64 bits.
var LongRangeIterType = NewBuiltinType("longrange_iterator", "builtins", nil, 0)

func (*bigRangeIter) Type() *Type { return LongRangeIterType }

func bigRangeIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*bigRangeIter)
	t.lock(&it.mu)
	defer t.unlock(&it.mu)
	if it.left.Sign() <= 0 {
		return nil, nil
	}
	v := MakeInt(new(big.Int).Set(it.next))
	it.next.Add(it.next, it.step)
	it.left.Sub(it.left, bigOne)
	return v, nil
}

// ctrContainsByIter is the generic "v in o" by iteration.
func ctrContainsByIter(t *Thread, o, v Object) (bool, error) {
	it, err := Iter(t, o)
	if err != nil {
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := Equal(t, x, v)
		if err != nil || eq {
			return eq, err
		}
	}
}

func init() {
	LongRangeIterType.Next = bigRangeIterNext
	ctrIterMethods(LongRangeIterType)

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
	typ.AddGetSet("start", func(t *Thread, self Object) (Object, error) {
		start, _, _, _ := self.(*Range).bigParts()
		return MakeInt(start), nil
	}, nil)
	typ.AddGetSet("stop", func(t *Thread, self Object) (Object, error) {
		_, stop, _, _ := self.(*Range).bigParts()
		return MakeInt(stop), nil
	}, nil)
	typ.AddGetSet("step", func(t *Thread, self Object) (Object, error) {
		_, _, step, _ := self.(*Range).bigParts()
		return MakeInt(step), nil
	}, nil)

	ctrSlotMethods(typ)

	RangeIterType.Next = rangeIterNext
	ctrIterMethods(RangeIterType)
	RangeIterType.AddMethod("__length_hint__", InstanceMethod, rangeIterLengthHint)
}
