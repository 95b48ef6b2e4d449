package runtime

import (
	"slices"
	"strings"
)

// List methods for Go code. Every access to Items goes through l.Mu (taken
// with t.Lock, a no-op under the GIL); Python code never runs under it.

// Snapshot returns a copy of the list's items (no references are added).
func (l *List) Snapshot(t *Thread) []Object {
	t.lock(&l.Mu)
	items := make([]Object, len(l.Items))
	copy(items, l.Items)
	t.unlock(&l.Mu)
	return items
}

// Length returns len(l).
func (l *List) Length(t *Thread) int {
	t.lock(&l.Mu)
	n := len(l.Items)
	t.unlock(&l.Mu)
	return n
}

// Append adds v at the end.
func (l *List) Append(t *Thread, v Object) {
	t.Incref(v)
	t.lock(&l.Mu)
	l.AppendLocked(v)
	t.unlock(&l.Mu)
}

// AppendLocked appends v, whose reference passes to the list (l locked).
func (l *List) AppendLocked(v Object) {
	if len(l.Items) == cap(l.Items) {
		l.grow()
	}
	l.Items = append(l.Items, v)
}

// grow makes room for one more item: an empty list starts with room for
// 4 (as CPython's list_resize), not 1, 2, then 4 (three allocations).
func (l *List) grow() {
	n := len(l.Items)
	c := 4
	if n >= 4 {
		c = n * 2
		if n >= 1024 {
			c = n + n/4
		}
	}
	items := make([]Object, n, c)
	copy(items, l.Items)
	l.Items = items
}

// Extend appends items (the list takes its own references).
func (l *List) Extend(t *Thread, items []Object) {
	if len(items) == 0 {
		return
	}
	for _, v := range items {
		t.Incref(v)
	}
	t.lock(&l.Mu)
	l.Items = append(l.Items, items...)
	t.unlock(&l.Mu)
}

// At returns l[i] (i already normalized), or ok=false when out of range.
func (l *List) At(t *Thread, i int) (Object, bool) {
	t.lock(&l.Mu)
	if i < 0 || i >= len(l.Items) {
		t.unlock(&l.Mu)
		return nil, false
	}
	v := l.Items[i]
	t.unlock(&l.Mu)
	return v, true
}

// setItems replaces the items with items (references already counted) and
// returns the old ones for the caller to Decref after unlocking.
func (l *List) setItems(t *Thread, items []Object) []Object {
	if items == nil {
		items = listNoItems
	}
	t.lock(&l.Mu)
	old := l.Items
	l.Items = items
	t.unlock(&l.Mu)
	return old
}

func ctrDecrefAll(t *Thread, items []Object) {
	// Last to first, as CPython's list_dealloc and list_clear: objects
	// freed this way run their __del__ in that order.
	for i := len(items) - 1; i >= 0; i-- {
		t.Decref(items[i])
	}
}

// ---------------------------------------------------------------------------
// slots

func listRepr(t *Thread, o Object) (Object, error) {
	l := o.(*List)
	items := l.Snapshot(t)
	if len(items) == 0 {
		return NewStr("[]"), nil
	}
	if ReprEnter(t, l) {
		return NewStr("[...]"), nil
	}
	defer ReprLeave(t, l)
	var b strings.Builder
	b.WriteByte('[')
	if err := ctrJoinReprs(t, &b, items); err != nil {
		return nil, err
	}
	b.WriteByte(']')
	return NewStr(b.String()), nil
}

func listCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := a.(*List)
	y, ok2 := b.(*List)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	xs := x.Snapshot(t)
	var ys []Object
	if x == y {
		ys = xs
	} else {
		ys = y.Snapshot(t)
	}
	if err := t.EnterRecursive(); err != nil {
		return nil, err
	}
	defer t.LeaveRecursive()
	return ctrCompareSeq(t, xs, ys, op)
}

func listLen(t *Thread, o Object) (int, error) { return o.(*List).Length(t), nil }

func listGetItem(t *Thread, o, key Object) (Object, error) {
	l := o.(*List)
	n, isInt := key.(Int)
	if !isInt {
		if s, ok := key.(*Slice); ok {
			start, stop, step, err := s.Unpack(t)
			if err != nil {
				return nil, err
			}
			t.lock(&l.Mu)
			cnt := AdjustIndices(len(l.Items), &start, &stop, step)
			items := sliceItems(l.Items, start, step, cnt)
			for _, v := range items {
				t.Incref(v)
			}
			t.unlock(&l.Mu)
			return &List{Items: items}, nil
		}
		i, ok, err := seqIndexValue(t, key)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(t, TypeErrorType, "list indices must be integers or slices, not %s", TypeName(key))
		}
		n = Int(i)
	}
	t.lock(&l.Mu)
	i := int(n)
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		t.unlock(&l.Mu)
		return nil, Errorf(t, IndexErrorType, "list index out of range")
	}
	v := l.Items[i]
	t.unlock(&l.Mu)
	return v, nil
}

func listSetItem(t *Thread, o, key, v Object) error {
	l := o.(*List)
	n, isInt := key.(Int)
	if !isInt {
		if s, ok := key.(*Slice); ok {
			return l.assignSlice(t, s, v)
		}
		i, ok, err := seqIndexValue(t, key)
		if err != nil {
			return err
		}
		if !ok {
			return Errorf(t, TypeErrorType, "list indices must be integers or slices, not %s", TypeName(key))
		}
		n = Int(i)
	}
	t.Incref(v)
	t.lock(&l.Mu)
	i := int(n)
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		t.unlock(&l.Mu)
		t.Decref(v)
		return Errorf(t, IndexErrorType, "list assignment index out of range")
	}
	old := l.Items[i]
	if v == nil {
		l.Items = slices.Delete(l.Items, i, i+1)
	} else {
		l.Items[i] = v
	}
	t.unlock(&l.Mu)
	t.Decref(old)
	return nil
}

// assignSlice implements l[s] = v and del l[s] (v nil).
func (l *List) assignSlice(t *Thread, s *Slice, v Object) error {
	start, stop, step, err := s.Unpack(t)
	if err != nil {
		return err
	}
	var items []Object
	if v != nil {
		if v == Object(l) {
			items = l.Snapshot(t)
		} else {
			items, err = SequenceItems(t, v, "must assign iterable to extended slice")
			if err != nil {
				return err
			}
		}
		for _, x := range items {
			t.Incref(x)
		}
	}
	var garbage []Object
	t.lock(&l.Mu)
	n := AdjustIndices(len(l.Items), &start, &stop, step)
	switch {
	case step == 1:
		if stop < start {
			stop = start
		}
		garbage = append(garbage, l.Items[start:stop]...)
		l.Items = slices.Replace(l.Items, start, stop, items...)
	case v == nil:
		if n > 0 {
			if step < 0 {
				start += step * (n - 1)
				step = -step
			}
			garbage = make([]Object, 0, n)
			j := start
			for i := start; i < len(l.Items); i++ {
				if i >= start && (i-start)%step == 0 && (i-start)/step < n {
					garbage = append(garbage, l.Items[i])
					continue
				}
				l.Items[j] = l.Items[i]
				j++
			}
			clear(l.Items[j:])
			l.Items = l.Items[:j]
		}
	default:
		if len(items) != n {
			t.unlock(&l.Mu)
			ctrDecrefAll(t, items)
			return Errorf(t, ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
		}
		garbage = make([]Object, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			garbage[i] = l.Items[j]
			l.Items[j] = items[i]
		}
	}
	if l.Items == nil {
		l.Items = listNoItems
	}
	t.unlock(&l.Mu)
	ctrDecrefAll(t, garbage)
	return nil
}

// listFind returns the index of the first item equal to v in [start, stop),
// or -1. Python __eq__ runs without the list's lock held.
func listFind(t *Thread, l *List, v Object, start, stop int) (int, Object, error) {
	fv := fastKey(v)
	i := start
	t.lock(&l.Mu)
	for i < stop && i < len(l.Items) {
		x := l.Items[i]
		if Is(x, v) {
			t.unlock(&l.Mu)
			return i, x, nil
		}
		if fv && fastKey(x) {
			if fastEqual(x, v) {
				t.unlock(&l.Mu)
				return i, x, nil
			}
			i++
			continue
		}
		t.unlock(&l.Mu)
		eq, err := Equal(t, x, v)
		if err != nil {
			return -1, nil, err
		}
		if eq {
			return i, x, nil
		}
		i++
		t.lock(&l.Mu)
	}
	t.unlock(&l.Mu)
	return -1, nil, nil
}

func listContains(t *Thread, o, v Object) (bool, error) {
	l := o.(*List)
	i, _, err := listFind(t, l, v, 0, int(^uint(0)>>1))
	return i >= 0, err
}

func listIter(t *Thread, o Object) (Object, error) {
	l := o.(*List)
	t.Incref(l)
	return &ListIter{l: l}, nil
}

func listAdd(t *Thread, a, b Object) (Object, error) {
	x, ok := a.(*List)
	if !ok {
		return NotImplemented, nil
	}
	y, ok := b.(*List)
	if !ok {
		if r, err := ctrOtherFirst(t, OpAdd, a, b); r != nil || err != nil {
			return r, err
		}
		return nil, Errorf(t, TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeName(b))
	}
	// One allocation: y's length is a hint for the capacity (the two
	// lists are never locked together).
	t.lock(&y.Mu)
	ny := len(y.Items)
	t.unlock(&y.Mu)
	t.lock(&x.Mu)
	items := make([]Object, len(x.Items), len(x.Items)+ny)
	copy(items, x.Items)
	t.unlock(&x.Mu)
	if x == y {
		items = append(items, items...)
	} else {
		t.lock(&y.Mu)
		items = append(items, y.Items...)
		t.unlock(&y.Mu)
	}
	return NewList(t, items), nil
}

func listRepeatItems(t *Thread, items []Object, c int) ([]Object, error) {
	if c <= 0 || len(items) == 0 {
		return nil, nil
	}
	if err := ctrCheckRepeatSize(t, len(items), c); err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(items)*c)
	for i := 0; i < c; i++ {
		out = append(out, items...)
	}
	return out, nil
}

func listMul(t *Thread, a, b Object) (Object, error) {
	l, ok := a.(*List)
	n := b
	if !ok {
		l, ok = b.(*List)
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
	items, err := listRepeatItems(t, l.Snapshot(t), c)
	if err != nil {
		return nil, err
	}
	return NewList(t, items), nil
}

func listInplaceAdd(t *Thread, a, b Object) (Object, error) {
	l := a.(*List)
	items, err := IterateAll(t, b)
	if err != nil {
		return nil, err
	}
	l.Extend(t, items)
	return l, nil
}

func listInplaceMul(t *Thread, a, b Object) (Object, error) {
	l := a.(*List)
	if !ctrIsIndex(b) {
		return NotImplemented, nil
	}
	c, err := ctrRepeatCount(t, b)
	if err != nil {
		return nil, err
	}
	if c == 1 {
		return l, nil
	}
	if c <= 0 {
		ctrDecrefAll(t, l.setItems(t, nil))
		return l, nil
	}
	t.lock(&l.Mu)
	if err := ctrCheckRepeatSize(t, len(l.Items), c); err != nil {
		t.unlock(&l.Mu)
		return nil, err
	}
	n := len(l.Items)
	for i := 1; i < c; i++ {
		l.Items = append(l.Items, l.Items[:n]...)
	}
	for _, v := range l.Items[n:] {
		t.Incref(v)
	}
	t.unlock(&l.Mu)
	return l, nil
}

func listNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	return &List{sub: newSubInst(typ, ListType)}, nil
}

func listInit(t *Thread, self Object, args []Object, kw []string) error {
	if len(kw) > 0 {
		return Errorf(t, TypeErrorType, "list() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Errorf(t, TypeErrorType, "list expected at most 1 argument, got %d", len(args))
	}
	l := self.(*List)
	var items []Object
	if len(args) == 1 {
		var err error
		if items, err = IterateAll(t, args[0]); err != nil {
			return err
		}
		for _, v := range items {
			t.Incref(v)
		}
	}
	ctrDecrefAll(t, l.setItems(t, items))
	return nil
}

// ---------------------------------------------------------------------------
// methods

func listAppend(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if len(args) != 1 || len(kw) > 0 {
		if err := CheckArgs(t, "list.append", args, kw, 1, 1); err != nil {
			return nil, err
		}
	}
	self.(*List).Append(t, args[0])
	return None, nil
}

func listExtendMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "list.extend", args, kw, 1, 1); err != nil {
		return nil, err
	}
	items, err := IterateAll(t, args[0])
	if err != nil {
		return nil, err
	}
	self.(*List).Extend(t, items)
	return None, nil
}

func listInsert(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "insert", args, kw, 2, 2); err != nil {
		return nil, err
	}
	i, err := IndexInt(t, args[0])
	if err != nil {
		return nil, err
	}
	l := self.(*List)
	v := args[1]
	t.Incref(v)
	t.lock(&l.Mu)
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.Items = slices.Insert(l.Items, i, v)
	t.unlock(&l.Mu)
	return None, nil
}

func listPop(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "pop", args, kw, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = IndexInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	l := self.(*List)
	t.lock(&l.Mu)
	n := len(l.Items)
	if n == 0 {
		t.unlock(&l.Mu)
		return nil, Errorf(t, IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		t.unlock(&l.Mu)
		return nil, Errorf(t, IndexErrorType, "pop index out of range")
	}
	v := l.Items[i]
	if i == n-1 {
		l.Items[i] = nil
		l.Items = l.Items[:i]
	} else {
		l.Items = slices.Delete(l.Items, i, i+1)
	}
	t.unlock(&l.Mu)
	// The list's reference passes to the caller; it is dropped at the next
	// safe point unless the caller stores v.
	t.Decref(v)
	return v, nil
}

// removeAt removes the item at i if it is still x (the list may have changed
// while __eq__ ran); it reports whether it did.
func (l *List) removeAt(t *Thread, i int, x Object) bool {
	t.lock(&l.Mu)
	if i >= len(l.Items) || l.Items[i] != x {
		t.unlock(&l.Mu)
		return false
	}
	l.Items = slices.Delete(l.Items, i, i+1)
	t.unlock(&l.Mu)
	t.Decref(x)
	return true
}

func listRemove(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "list.remove", args, kw, 1, 1); err != nil {
		return nil, err
	}
	l := self.(*List)
	for start := 0; ; {
		i, x, err := listFind(t, l, args[0], start, int(^uint(0)>>1))
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, Errorf(t, ValueErrorType, "list.remove(x): x not in list")
		}
		if l.removeAt(t, i, x) {
			return None, nil
		}
		start = 0
	}
}

func listIndex(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	l := self.(*List)
	start, stop, err := ctrIndexArgs(t, "index", args, kw, l.Length(t))
	if err != nil {
		return nil, err
	}
	i, _, err := listFind(t, l, args[0], start, stop)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		r, err := Repr(t, args[0])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(t, ValueErrorType, "%s is not in list", r.s)
	}
	return Int(i), nil
}

func listCount(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "list.count", args, kw, 1, 1); err != nil {
		return nil, err
	}
	l := self.(*List)
	n := 0
	for i := 0; ; i++ {
		j, _, err := listFind(t, l, args[0], i, int(^uint(0)>>1))
		if err != nil {
			return nil, err
		}
		if j < 0 {
			return Int(n), nil
		}
		n++
		i = j
	}
}

func listClear(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "list.clear", args, kw, 0, 0); err != nil {
		return nil, err
	}
	ctrDecrefAll(t, self.(*List).setItems(t, nil))
	return None, nil
}

func listCopy(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "list.copy", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return NewList(t, self.(*List).Snapshot(t)), nil
}

func listReverse(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "list.reverse", args, kw, 0, 0); err != nil {
		return nil, err
	}
	l := self.(*List)
	t.lock(&l.Mu)
	slices.Reverse(l.Items)
	t.unlock(&l.Mu)
	return None, nil
}

func listSort(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if len(args) > len(kw) {
		return nil, Errorf(t, TypeErrorType, "sort() takes no positional arguments")
	}
	if len(kw) > 2 {
		return nil, Errorf(t, TypeErrorType, "sort() takes at most 2 keyword arguments (%d given)", len(kw))
	}
	var key Object = None
	reverse := false
	for i, k := range kw {
		v := args[i]
		switch k {
		case "key":
			key = v
		case "reverse":
			b, err := ctrBoolArg(t, v)
			if err != nil {
				return nil, err
			}
			reverse = b
		default:
			return nil, Errorf(t, TypeErrorType, "sort() got an unexpected keyword argument '%s'", k)
		}
	}
	return None, self.(*List).Sort(t, key, reverse)
}

// ctrBoolArg converts an int-like flag argument (reverse=) to bool.
func ctrBoolArg(t *Thread, v Object) (bool, error) {
	if _, ok := v.(Float); ok {
		return false, Errorf(t, TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return Truth(t, v)
}

// Sort sorts the list in place (list.sort). While it runs the list appears
// empty (its Items are nil); a change made meanwhile leaves a non-nil slice
// and raises "list modified during sort".
func (l *List) Sort(t *Thread, key Object, reverse bool) error {
	t.lock(&l.Mu)
	if (key == nil || key == None) && len(l.Items) > 1 {
		// ints, floats or strs compare without Python code: sort under the
		// lock, so the sort is atomic for other threads (CPython's critical
		// section).
		if perm := sortFastPerm(l.Items); perm != nil {
			n := len(l.Items)
			out := make([]Object, n)
			for i, j := range perm {
				out[i] = l.Items[j]
			}
			if reverse {
				// stable descending order: reverse the runs of equal keys
				sortReverseStable(out)
			}
			copy(l.Items, out)
			t.unlock(&l.Mu)
			return nil
		}
	}
	items := l.Items
	l.Items = nil
	t.unlock(&l.Mu)
	err := SortObjects(t, items, key, reverse)
	t.lock(&l.Mu)
	cur := l.Items
	l.Items = items
	t.unlock(&l.Mu)
	if cur != nil {
		ctrDecrefAll(t, cur)
		if err == nil {
			err = Errorf(t, ValueErrorType, "list modified during sort")
		}
	}
	return err
}

// listNoItems is the (non-nil) storage of a list emptied by a mutation, so
// that Sort can tell a list that was changed during the sort.
var listNoItems = []Object{}

func listReversed(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "__reversed__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return newListRevIter(t, self.(*List)), nil
}

// ---------------------------------------------------------------------------
// list_iterator and list_reverseiterator

// ListIter iterates over a list; its position is guarded by the list's lock,
// so concurrent next() calls and mutations never index out of range.
type ListIter struct {
	Header
	l    *List
	i    int
	done bool
}

// Type returns list_iterator.
func (*ListIter) Type() *Type { return ListIterType }

func listIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*ListIter)
	l := it.l
	t.lock(&l.Mu)
	if it.done {
		t.unlock(&l.Mu)
		return nil, nil
	}
	if it.i < len(l.Items) {
		v := l.Items[it.i]
		it.i++
		t.unlock(&l.Mu)
		return v, nil
	}
	it.done = true
	t.unlock(&l.Mu)
	t.Decref(l)
	return nil, nil
}

// ListRevIter iterates over a list backwards.
type ListRevIter struct {
	Header
	l    *List
	i    int
	done bool
}

// Type returns list_reverseiterator.
func (*ListRevIter) Type() *Type { return ListRevIterType }

func newListRevIter(t *Thread, l *List) *ListRevIter {
	t.Incref(l)
	return &ListRevIter{l: l, i: l.Length(t) - 1}
}

func listRevIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*ListRevIter)
	l := it.l
	t.lock(&l.Mu)
	if it.done {
		t.unlock(&l.Mu)
		return nil, nil
	}
	if it.i >= 0 && it.i < len(l.Items) {
		v := l.Items[it.i]
		it.i--
		t.unlock(&l.Mu)
		return v, nil
	}
	it.done = true
	t.unlock(&l.Mu)
	t.Decref(l)
	return nil, nil
}

// remaining returns how many items the iterator has left.
func (it *ListIter) remaining(t *Thread) int {
	t.lock(&it.l.Mu)
	n := len(it.l.Items) - it.i
	if it.done || n < 0 {
		n = 0
	}
	t.unlock(&it.l.Mu)
	return n
}

func listIterLengthHint(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	switch it := self.(type) {
	case *ListIter:
		return Int(it.remaining(t)), nil
	case *ListRevIter:
		t.lock(&it.l.Mu)
		n := it.i + 1
		if it.done || it.i >= len(it.l.Items) {
			n = 0
		}
		t.unlock(&it.l.Mu)
		return Int(n), nil
	}
	return Int(0), nil
}

func init() {
	typ := ListType
	typ.Repr = listRepr
	typ.Compare = listCompare
	typ.Len = listLen
	typ.GetItem = listGetItem
	typ.SetItem = listSetItem
	typ.Contains = listContains
	typ.Iter = listIter
	typ.Number[OpAdd] = listAdd
	typ.Number[OpMul] = listMul
	typ.Inplace[OpAdd] = listInplaceAdd
	typ.Inplace[OpMul] = listInplaceMul
	typ.New = listNew
	typ.Init = listInit
	typ.Dealloc = func(t *Thread, o Object) {
		ctrDecrefAll(t, o.(*List).setItems(t, nil))
	}
	ctrUnhashable(typ)
	typ.AddMethod("append", InstanceMethod, listAppend)
	typ.AddMethod("extend", InstanceMethod, listExtendMethod)
	typ.AddMethod("insert", InstanceMethod, listInsert)
	typ.AddMethod("pop", InstanceMethod, listPop)
	typ.AddMethod("remove", InstanceMethod, listRemove)
	typ.AddMethod("index", InstanceMethod, listIndex)
	typ.AddMethod("count", InstanceMethod, listCount)
	typ.AddMethod("clear", InstanceMethod, listClear)
	typ.AddMethod("copy", InstanceMethod, listCopy)
	typ.AddMethod("reverse", InstanceMethod, listReverse)
	typ.AddMethod("sort", InstanceMethod, listSort)
	typ.AddMethod("__reversed__", InstanceMethod, listReversed)
	ctrSlotMethods(typ)

	ListIterType.Next = listIterNext
	ListIterType.Dealloc = func(t *Thread, o Object) {
		it := o.(*ListIter)
		if !it.done {
			it.done = true
			t.Decref(it.l)
		}
	}
	ctrIterMethods(ListIterType)
	ListIterType.AddMethod("__length_hint__", InstanceMethod, listIterLengthHint)

	ListRevIterType.Next = listRevIterNext
	ListRevIterType.Dealloc = func(t *Thread, o Object) {
		it := o.(*ListRevIter)
		if !it.done {
			it.done = true
			t.Decref(it.l)
		}
	}
	ctrIterMethods(ListRevIterType)
	ListRevIterType.AddMethod("__length_hint__", InstanceMethod, listIterLengthHint)
}
