package runtime

import (
	"math"
	"strings"
	"sync"
)

// EmptyTuple is the immortal empty tuple ().
var EmptyTuple = &Tuple{Items: []Object{}}

// xxHash constants used by CPython's tuple (and slice) hash.
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

func xxRotate(x uint64) uint64 { return (x << 31) | (x >> 33) }

// NewTupleFrom returns a tuple of items, the empty tuple singleton when items is empty.
func NewTupleFrom(t *Thread, items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return NewTuple(t, items)
}

// Small tuples are allocated together with their items' storage: one
// allocation instead of two (the Items slice points into the same block).
type (
	tuple1 struct {
		tu    Tuple
		items [1]Object
	}
	tuple2 struct {
		tu    Tuple
		items [2]Object
	}
	tuple3 struct {
		tu    Tuple
		items [3]Object
	}
	tuple4 struct {
		tu    Tuple
		items [4]Object
	}
)

// AllocTuple returns a new exact tuple of n nil items for the caller to fill
// before the tuple is seen by anyone else; the references stored become the
// tuple's.
func AllocTuple(n int) *Tuple {
	switch n {
	case 1:
		b := new(tuple1)
		b.tu.Items = b.items[:]
		return &b.tu
	case 2:
		b := new(tuple2)
		b.tu.Items = b.items[:]
		return &b.tu
	case 3:
		b := new(tuple3)
		b.tu.Items = b.items[:]
		return &b.tu
	case 4:
		b := new(tuple4)
		b.tu.Items = b.items[:]
		return &b.tu
	}
	return &Tuple{Items: make([]Object, n)}
}

// NewTuple2 returns the tuple (a, b) (taking its own references).
func NewTuple2(t *Thread, a, b Object) *Tuple {
	t.Incref(a)
	t.Incref(b)
	tu := AllocTuple(2)
	tu.Items[0], tu.Items[1] = a, b
	return tu
}

// ---------------------------------------------------------------------------
// Shared helpers of the container types.

// ctrReprStack records, per thread, the containers whose repr is in progress
// (CPython's Py_ReprEnter), so self-referencing containers print [...] / {...}.
var ctrReprStack sync.Map // *Thread -> *[]Object

// ReprEnter reports whether o's repr is already in progress on t (the caller
// then prints the "..." form and must not call ReprLeave); otherwise it
// records o and the caller must call ReprLeave when done.
func ReprEnter(t *Thread, o Object) bool {
	v, _ := ctrReprStack.Load(t)
	var st *[]Object
	if v == nil {
		st = new([]Object)
		ctrReprStack.Store(t, st)
	} else {
		st = v.(*[]Object)
	}
	for _, x := range *st {
		if x == o {
			return true
		}
	}
	*st = append(*st, o)
	return false
}

// ReprLeave undoes a ReprEnter that returned false.
func ReprLeave(t *Thread, o Object) {
	v, _ := ctrReprStack.Load(t)
	if v == nil {
		return
	}
	st := v.(*[]Object)
	for i := len(*st) - 1; i >= 0; i-- {
		if (*st)[i] == o {
			copy((*st)[i:], (*st)[i+1:])
			(*st)[len(*st)-1] = nil
			*st = (*st)[:len(*st)-1]
			break
		}
	}
	if len(*st) == 0 {
		ctrReprStack.Delete(t)
	}
}

// ctrJoinReprs returns the reprs of items joined by ", ".
func ctrJoinReprs(t *Thread, b *strings.Builder, items []Object) error {
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, it)
		if err != nil {
			return err
		}
		b.WriteString(r.s)
	}
	return nil
}

// seqIndexValue converts a subscript to an index for sequence indexing. ok
// is false when key is not an integer (and has no __index__).
func seqIndexValue(t *Thread, key Object) (n int, ok bool, err error) {
	switch v := key.(type) {
	case Int:
		return int(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		return 0, true, Errorf(t, IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if f := key.Type().Index; f != nil {
		r, err := f(t, key)
		if err != nil {
			return 0, true, err
		}
		if _, isBig := r.(*BigInt); isBig {
			return 0, true, Errorf(t, IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		n, err := IndexInt(t, r)
		return n, true, err
	}
	return 0, false, nil
}

// ctrIsIndex reports whether o can be used as a repeat count (has __index__).
func ctrIsIndex(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return o.Type().Index != nil
}

// ctrRepeatCount returns the repeat count for seq * n (negative counts are 0).
func ctrRepeatCount(t *Thread, n Object) (int, error) {
	if b, ok := n.(*BigInt); ok {
		if b.V.Sign() < 0 {
			return 0, nil
		}
		return 0, Errorf(t, OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	c, err := IndexInt(t, n)
	if err != nil {
		return 0, err
	}
	if c < 0 {
		c = 0
	}
	return c, nil
}

// ctrCheckRepeatSize fails with MemoryError when a repeat would be too large.
func ctrCheckRepeatSize(t *Thread, n, count int) error {
	if n > 0 && count > (math.MaxInt32*16)/n {
		return Errorf(t, MemoryErrorType, "")
	}
	return t.CheckAllocItems(int64(n)*int64(count), 16)
}

// ctrOtherFirst implements CPython's order for seq + x and seq * x when the
// sequence is the left operand: x's reflected number slot runs before the
// sequence's own concatenation/repetition. It returns (nil, nil) when x's
// slot is absent or returns NotImplemented.
func ctrOtherFirst(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	// Only classes can have __radd__/__rmul__ that accept a sequence; the
	// built-in types' Number slots would treat b as a sequence operand.
	f := b.Type().Number[op]
	if f == nil || b.Type().Flags&FlagHeapType == 0 {
		return nil, nil
	}
	r, err := f(t, a, b)
	if err != nil {
		return nil, err
	}
	if r == NotImplemented {
		return nil, nil
	}
	return r, nil
}

func ctrIterMethods(typ *Type) {
	typ.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	typ.AddMethod("__iter__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__iter__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return self, nil
	})
	typ.AddMethod("__next__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__next__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		v, err := typ.Next(t, self)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, NewException(t, StopIterationType)
		}
		return v, nil
	})
}

// ctrUnhashable makes typ unhashable (__hash__ = None).
func ctrUnhashable(typ *Type) {
	typ.Hash = func(t *Thread, o Object) (int64, error) {
		return 0, Errorf(t, TypeErrorType, "unhashable type: '%s'", TypeName(o))
	}
	typ.Dict.setStrNoRC(Intern("__hash__"), None)
}

// ---------------------------------------------------------------------------
// tuple

func tupleRepr(t *Thread, o Object) (Object, error) {
	tu := o.(*Tuple)
	if len(tu.Items) == 0 {
		return NewStr("()"), nil
	}
	if ReprEnter(t, tu) {
		return NewStr("(...)"), nil
	}
	defer ReprLeave(t, tu)
	var b strings.Builder
	b.WriteByte('(')
	if err := ctrJoinReprs(t, &b, tu.Items); err != nil {
		return nil, err
	}
	if len(tu.Items) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// tupleHashItems is CPython's xxHash-based tuplehash over items.
func tupleHashItems(t *Thread, items []Object) (int64, error) {
	acc := xxPrime5
	for _, it := range items {
		h, err := Hash(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = xxRotate(acc)
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func tupleHash(t *Thread, o Object) (int64, error) {
	if err := t.EnterRecursive(); err != nil {
		return 0, err
	}
	h, err := tupleHashItems(t, o.(*Tuple).Items)
	t.LeaveRecursive()
	return h, err
}

// ctrCompareSeq compares two item sequences lexicographically (tuples, lists).
func ctrCompareSeq(t *Thread, a, b []Object, op CompareOp) (Object, error) {
	if len(a) != len(b) && (op == OpEq || op == OpNe) {
		return NewBool(op == OpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if xi, ok := x.(Int); ok {
			if yi, ok := y.(Int); ok {
				if xi == yi {
					continue
				}
				break
			}
		}
		eq, err := Equal(t, x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return ctrCompareInts(len(a), len(b), op), nil
	}
	switch op {
	case OpEq:
		return False, nil
	case OpNe:
		return True, nil
	}
	if xi, ok := a[i].(Int); ok {
		if yi, ok := b[i].(Int); ok {
			return ctrCompareInts(int(xi), int(yi), op), nil
		}
	}
	return RichCompare(t, a[i], b[i], op)
}

func ctrCompareInts(x, y int, op CompareOp) Object {
	var r bool
	switch op {
	case OpEq:
		r = x == y
	case OpNe:
		r = x != y
	case OpLt:
		r = x < y
	case OpLe:
		r = x <= y
	case OpGt:
		r = x > y
	case OpGe:
		r = x >= y
	}
	return NewBool(r)
}

func tupleCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := a.(*Tuple)
	y, ok2 := b.(*Tuple)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if x == y && (op == OpEq || op == OpNe) {
		// identical items compare equal (containers treat identity as equality)
		return NewBool(op == OpEq), nil
	}
	if err := t.EnterRecursive(); err != nil {
		return nil, err
	}
	r, err := ctrCompareSeq(t, x.Items, y.Items, op)
	t.LeaveRecursive()
	return r, err
}

func tupleGetItem(t *Thread, o, key Object) (Object, error) {
	tu := o.(*Tuple)
	if i, ok := key.(Int); ok {
		n := int(i)
		if n < 0 {
			n += len(tu.Items)
		}
		if n < 0 || n >= len(tu.Items) {
			return nil, Errorf(t, IndexErrorType, "tuple index out of range")
		}
		return tu.Items[n], nil
	}
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := s.Unpack(t)
		if err != nil {
			return nil, err
		}
		n := AdjustIndices(len(tu.Items), &start, &stop, step)
		if step == 1 && n == len(tu.Items) && tu.sub == nil {
			return tu, nil
		}
		return NewTupleFrom(t, sliceItems(tu.Items, start, step, n)), nil
	}
	n, ok, err := seqIndexValue(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(t, TypeErrorType, "tuple indices must be integers or slices, not %s", TypeName(key))
	}
	if n < 0 {
		n += len(tu.Items)
	}
	if n < 0 || n >= len(tu.Items) {
		return nil, Errorf(t, IndexErrorType, "tuple index out of range")
	}
	return tu.Items[n], nil
}

// sliceItems returns a new slice with the n items start, start+step, ...
func sliceItems(items []Object, start, step, n int) []Object {
	out := make([]Object, n)
	if step == 1 {
		copy(out, items[start:start+n])
		return out
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

func tupleContains(t *Thread, o, v Object) (bool, error) {
	for _, it := range o.(*Tuple).Items {
		eq, err := Equal(t, it, v)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleAdd(t *Thread, a, b Object) (Object, error) {
	x, ok := a.(*Tuple)
	if !ok {
		return NotImplemented, nil
	}
	y, ok := b.(*Tuple)
	if !ok {
		if r, err := ctrOtherFirst(t, OpAdd, a, b); r != nil || err != nil {
			return r, err
		}
		return nil, Errorf(t, TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
	}
	if len(y.Items) == 0 && x.sub == nil {
		return x, nil
	}
	if len(x.Items) == 0 && y.sub == nil {
		return y, nil
	}
	items := make([]Object, 0, len(x.Items)+len(y.Items))
	items = append(items, x.Items...)
	items = append(items, y.Items...)
	return NewTuple(t, items), nil
}

func tupleMul(t *Thread, a, b Object) (Object, error) {
	tu, ok := a.(*Tuple)
	n := b
	if !ok {
		tu, ok = b.(*Tuple)
		if !ok || !ctrIsIndex(a) {
			return NotImplemented, nil
		}
		n = a
	} else if !ctrIsIndex(b) {
		if r, err := ctrOtherFirst(t, OpMul, a, b); r != nil || err != nil {
			return r, err
		}
		return nil, Errorf(t, TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(b))
	}
	c, err := ctrRepeatCount(t, n)
	if err != nil {
		return nil, err
	}
	if c == 1 && tu.sub == nil {
		return tu, nil
	}
	if c == 0 || len(tu.Items) == 0 {
		return EmptyTuple, nil
	}
	if err := ctrCheckRepeatSize(t, len(tu.Items), c); err != nil {
		return nil, err
	}
	items := make([]Object, 0, len(tu.Items)*c)
	for i := 0; i < c; i++ {
		items = append(items, tu.Items...)
	}
	return NewTuple(t, items), nil
}

func tupleNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "tuple() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(t, TypeErrorType, "tuple expected at most 1 argument, got %d", len(args))
	}
	if typ != TupleType && typ != nil {
		var items []Object
		if len(args) == 1 {
			var err error
			if items, err = IterateAll(t, args[0]); err != nil {
				return nil, err
			}
		}
		tu := NewTupleFrom(t, items)
		if tu == EmptyTuple {
			tu = &Tuple{Items: []Object{}}
		}
		tu.sub = newSubInst(typ, TupleType)
		return tu, nil
	}
	if len(args) == 0 {
		return EmptyTuple, nil
	}
	if tu, ok := args[0].(*Tuple); ok && tu.sub == nil {
		return tu, nil
	}
	items, err := IterateAll(t, args[0])
	if err != nil {
		return nil, err
	}
	return NewTupleFrom(t, items), nil
}

// ctrIndexArgs parses the optional start/stop arguments of index().
func ctrIndexArgs(t *Thread, fname string, args []Object, kw []string, n int) (start, stop int, err error) {
	if err := CheckArgs(t, fname, args, kw, 1, 3); err != nil {
		return 0, 0, err
	}
	start, stop = 0, n
	conv := func(o Object) (int, error) {
		switch v := o.(type) {
		case *BigInt:
			if v.V.Sign() < 0 {
				return math.MinInt, nil
			}
			return math.MaxInt, nil
		}
		if !ctrIsIndex(o) {
			return 0, Errorf(t, TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		return IndexInt(t, o)
	}
	if len(args) > 1 {
		if start, err = conv(args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 {
		if stop, err = conv(args[2]); err != nil {
			return
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	if stop > n {
		stop = n
	}
	return start, stop, nil
}

func tupleIndex(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	tu := self.(*Tuple)
	start, stop, err := ctrIndexArgs(t, "index", args, kw, len(tu.Items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(tu.Items); i++ {
		eq, err := Equal(t, tu.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	return nil, Errorf(t, ValueErrorType, "tuple.index(x): x not in tuple")
}

func tupleCount(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "count", args, kw, 1, 1); err != nil {
		return nil, err
	}
	n := 0
	for _, it := range self.(*Tuple).Items {
		eq, err := Equal(t, it, args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func init() {
	SetImmortal(EmptyTuple)
	typ := TupleType
	typ.Repr = tupleRepr
	typ.Hash = tupleHash
	typ.Compare = tupleCompare
	typ.Len = func(t *Thread, o Object) (int, error) { return len(o.(*Tuple).Items), nil }
	typ.GetItem = tupleGetItem
	typ.Contains = tupleContains
	typ.Iter = func(t *Thread, o Object) (Object, error) { return newTupleIter(t, o.(*Tuple)), nil }
	typ.Number[OpAdd] = tupleAdd
	typ.Number[OpMul] = tupleMul
	typ.New = tupleNew
	typ.Dealloc = func(t *Thread, o Object) {
		tu := o.(*Tuple)
		items := tu.Items
		tu.Items = nil
		for i := len(items) - 1; i >= 0; i-- { // last to first, as CPython
			t.Decref(items[i])
		}
	}
	typ.AddMethod("index", InstanceMethod, tupleIndex)
	typ.AddMethod("count", InstanceMethod, tupleCount)
	ctrSlotMethods(typ)
	typ.AddMethod("__getnewargs__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return NewTuple(t, []Object{self}), nil
	})
}
