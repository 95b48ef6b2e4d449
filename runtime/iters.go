package runtime

import (
	"math"
	"sync"
)

// The iterator types of the built-in containers and the iterator builtins
// (enumerate, zip, map, filter, reversed). Every iterator holds a counted
// reference to what it iterates and drops it when exhausted or deallocated.

// Built-in iterator types (exported so the builtins module can expose them).
var (
	EnumerateType        = NewBuiltinType("enumerate", "builtins", nil, FlagBaseType)
	ZipType              = NewBuiltinType("zip", "builtins", nil, FlagBaseType)
	MapType              = NewBuiltinType("map", "builtins", nil, FlagBaseType)
	FilterType           = NewBuiltinType("filter", "builtins", nil, FlagBaseType)
	ReversedType         = NewBuiltinType("reversed", "builtins", nil, FlagBaseType)
	ListIterType         = NewBuiltinType("list_iterator", "builtins", nil, 0)
	ListRevIterType      = NewBuiltinType("list_reverseiterator", "builtins", nil, 0)
	TupleIterType        = NewBuiltinType("tuple_iterator", "builtins", nil, 0)
	RangeIterType        = NewBuiltinType("range_iterator", "builtins", nil, 0)
	SetIterType          = NewBuiltinType("set_iterator", "builtins", nil, 0)
	DictKeyIterType      = NewBuiltinType("dict_keyiterator", "builtins", nil, 0)
	DictValueIterType    = NewBuiltinType("dict_valueiterator", "builtins", nil, 0)
	DictItemIterType     = NewBuiltinType("dict_itemiterator", "builtins", nil, 0)
	DictRevKeyIterType   = NewBuiltinType("dict_reversekeyiterator", "builtins", nil, 0)
	DictRevValueIterType = NewBuiltinType("dict_reversevalueiterator", "builtins", nil, 0)
	DictRevItemIterType  = NewBuiltinType("dict_reverseitemiterator", "builtins", nil, 0)
)

// IterateAll returns the items of iterable as a new slice the caller owns
// (no references are added).
func IterateAll(t *Thread, iterable Object) ([]Object, error) {
	switch v := iterable.(type) {
	case *List:
		if v.sub == nil {
			return v.Snapshot(t), nil
		}
	case *Tuple:
		if v.sub == nil {
			return append([]Object(nil), v.Items...), nil
		}
	case *Set:
		if st := v.Type(); st == SetType || st == FrozenSetType {
			return v.Keys(t), nil
		}
	case *Dict:
		if v.Type() == DictType {
			return v.Keys(t), nil
		}
	case *DictView:
		// a snapshot taken under the dict's lock, as CPython's list.extend
		// does for dict views (no "changed size" error from other threads)
		ents := dictEntries(t, v.d)
		items := make([]Object, len(ents))
		for i, e := range ents {
			switch v.kind {
			case dictIterKeys:
				items[i] = e.key
			case dictIterValues:
				items[i] = e.value
			default:
				items[i] = NewTuple(t, []Object{e.key, e.value})
			}
		}
		return items, nil
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	var items []Object
	if n, ok := lengthHintFast(t, iterable); ok {
		items = make([]Object, 0, n)
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}

// lengthHintFast returns the length of built-in sized containers.
func lengthHintFast(t *Thread, o Object) (int, bool) {
	switch v := o.(type) {
	case *Range:
		if n, ok := v.length(); ok && n < 1<<20 {
			return int(n), true
		}
	case *DictView:
		return dictLen(t, v.d), true
	}
	return 0, false
}

// SequenceItems returns the items of a list or tuple (a snapshot) or of any
// iterable (CPython's PySequence_Fast). When o is not iterable the TypeError
// carries msg (or the usual "'x' object is not iterable" when msg is "").
func SequenceItems(t *Thread, o Object, msg string) ([]Object, error) {
	switch v := o.(type) {
	case *List:
		if v.sub == nil {
			return v.Snapshot(t), nil
		}
	case *Tuple:
		if v.sub == nil {
			return append([]Object(nil), v.Items...), nil
		}
	}
	if msg != "" {
		typ := o.Type()
		if typ.Iter == nil && typ.GetItem == nil {
			return nil, Errorf(t, TypeErrorType, "%s", msg)
		}
	}
	return IterateAll(t, o)
}

// ---------------------------------------------------------------------------
// tuple_iterator

// TupleIter iterates over a tuple. Free-threaded, mu guards tu and i (an
// iterator may be shared between threads).
type TupleIter struct {
	Header
	mu sync.Mutex
	tu *Tuple
	i  int
}

// Type returns tuple_iterator.
func (*TupleIter) Type() *Type { return TupleIterType }

func newTupleIter(t *Thread, tu *Tuple) *TupleIter {
	t.Incref(tu)
	return &TupleIter{tu: tu}
}

func tupleIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*TupleIter)
	t.lock(&it.mu)
	tu := it.tu
	if tu == nil {
		t.unlock(&it.mu)
		return nil, nil
	}
	if it.i < len(tu.Items) {
		v := tu.Items[it.i]
		it.i++
		t.unlock(&it.mu)
		return v, nil
	}
	it.tu = nil
	t.unlock(&it.mu)
	t.Decref(tu)
	return nil, nil
}

// ---------------------------------------------------------------------------
// enumerate

// enumerateIter is enumerate. it is set at creation and released only at
// deallocation (as CPython's en_sit), so threads sharing an enumerate read it
// without a lock; free-threaded, mu guards the count (n, big).
type enumerateIter struct {
	Header
	mu  sync.Mutex
	it  Object
	n   int64
	big Object // the count once it no longer fits in int64 (or a big start)
	typ *Type
}

func (e *enumerateIter) Type() *Type { return e.typ }

// enumerateList is an enumerate over an exact list allocated together with
// its list iterator. The iterator is counted and released like any other
// (its count drops to zero when the enumerate is done with it); the shared
// allocation only saves a malloc.
type enumerateList struct {
	enumerateIter
	li ListIter
}

// IterSizeHint returns how many items the built-in iterator it has left, when
// that is known without running Python code: list, tuple and range iterators,
// and an enumerate over one of those. It returns -1 otherwise. The VM sizes a
// comprehension's list with it.
func IterSizeHint(t *Thread, it Object) int {
	switch x := it.(type) {
	case *ListIter:
		return x.remaining(t)
	case *TupleIter:
		t.lock(&x.mu)
		n := 0
		if x.tu != nil {
			n = max(len(x.tu.Items)-x.i, 0)
		}
		t.unlock(&x.mu)
		return n
	case *RangeIter:
		return int(min(x.remaining(), 1<<30))
	case *enumerateIter:
		if x.typ == EnumerateType && x.it != nil {
			return IterSizeHint(t, x.it)
		}
	}
	return -1
}

func enumerateNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(args) == 1 && len(kw) == 0 {
		// enumerate(iterable): no arguments to sort out.
		if l, ok := args[0].(*List); ok && l.sub == nil {
			// enumerate(a_list): the list iterator comes in the same
			// allocation (one malloc instead of two per enumerate).
			el := &enumerateList{}
			t.Incref(l)
			el.li.l = l
			el.it, el.typ = &el.li, typ
			t.Incref(&el.li)
			return &el.enumerateIter, nil
		}
		it, err := Iter(t, args[0])
		if err != nil {
			return nil, err
		}
		t.Incref(it)
		return &enumerateIter{it: it, typ: typ}, nil
	}
	var iterable Object
	var start Object = Int(0)
	for _, k := range kw {
		if k != "iterable" && k != "start" {
			return nil, Errorf(t, TypeErrorType, "'%s' is an invalid keyword argument for enumerate()", k)
		}
	}
	if len(args)-len(kw) > 2 {
		return nil, Errorf(t, TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	if err := UnpackArgs(t, "enumerate", args, kw, "iterable?", &iterable, "start?", &start); err != nil {
		return nil, err
	}
	if iterable == nil {
		return nil, Errorf(t, TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	if !ctrIsIndex(start) {
		return nil, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(start))
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	e := &enumerateIter{it: it, typ: typ}
	switch s := start.(type) {
	case Int:
		e.n = int64(s)
	case Bool:
		if s {
			e.n = 1
		}
	default:
		v, err := ctrIndexObject(t, start)
		if err != nil {
			return nil, err
		}
		if i, ok := v.(Int); ok {
			e.n = int64(i)
		} else {
			e.big = v
		}
	}
	t.Incref(it)
	return e, nil
}

// ctrIndexObject returns o.__index__() as an int object.
func ctrIndexObject(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		if v {
			return Int(1), nil
		}
		return Int(0), nil
	}
	f := o.Type().Index
	if f == nil {
		return nil, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	return f(t, o)
}

func enumerateNext(t *Thread, o Object) (Object, error) {
	idx, v, err := o.(*enumerateIter).step(t)
	if v == nil {
		return nil, err
	}
	return NewTuple2(t, idx, v), nil
}

// step returns the next count and item (nil, nil at the end).
func (e *enumerateIter) step(t *Thread) (idx, v Object, err error) {
	if e.it == nil {
		return nil, nil, nil
	}
	// The item first, without the lock: Next may run Python code.
	v, err = Next(t, e.it)
	if err != nil || v == nil {
		return nil, nil, err
	}
	t.lock(&e.mu)
	idx, err = e.count(t)
	t.unlock(&e.mu)
	if err != nil {
		return nil, nil, err
	}
	return idx, v, nil
}

// count returns the next index and advances (e.mu held when free-threaded;
// int arithmetic only, no Python code).
func (e *enumerateIter) count(t *Thread) (Object, error) {
	if e.big != nil {
		idx := e.big
		nb, err := Binary(t, OpAdd, e.big, Int(1))
		if err != nil {
			return nil, err
		}
		e.big = nb
		return idx, nil
	}
	idx := Int(e.n)
	if e.n == math.MaxInt64 {
		nb, err := Binary(t, OpAdd, Int(e.n), Int(1))
		if err != nil {
			return nil, err
		}
		e.big = nb
	} else {
		e.n++
	}
	return idx, nil
}

// NextPair is Next for the iterators whose items are new 2-tuples that only
// the caller sees (enumerate, zip over two iterables and dict item iterators,
// exactly those types): it returns the two items instead of the tuple, so
// that FOR_ITER followed by UNPACK_SEQUENCE 2 need not build one. ok is false,
// and nothing happened, when it is not such an iterator. a and b are nil at
// the end; like Next's result they come without a count added.
func NextPair(t *Thread, it Object) (a, b Object, ok bool, err error) {
	switch x := it.(type) {
	case *enumerateIter:
		if x.typ != EnumerateType {
			return nil, nil, false, nil
		}
		if err := t.Tick(); err != nil {
			return nil, nil, true, err
		}
		a, b, err = x.step(t)
	case *zipIter:
		if x.typ != ZipType || len(x.its) == 1 || len(x.its) > 2 {
			return nil, nil, false, nil
		}
		if err := t.Tick(); err != nil {
			return nil, nil, true, err
		}
		var items [2]Object
		if more, e := x.step(t, items[:len(x.its)]); more {
			a, b = items[0], items[1]
		} else {
			err = e
		}
	case *DictIter:
		if x.kind != dictIterItems {
			return nil, nil, false, nil
		}
		if err := t.Tick(); err != nil {
			return nil, nil, true, err
		}
		var e dictEntry
		if e, err = x.step(t); e.key != nil {
			a, b = e.key, e.value
		}
	default:
		return nil, nil, false, nil
	}
	if a == nil {
		b = nil
	}
	return a, b, true, err
}

// ---------------------------------------------------------------------------
// zip

type zipIter struct {
	Header
	its    []Object
	strict bool
	typ    *Type
}

func (z *zipIter) Type() *Type { return z.typ }

func zipNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	strict := false
	for i, k := range kw {
		if k != "strict" {
			return nil, Errorf(t, TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
		}
		b, err := Truth(t, args[len(args)-len(kw)+i])
		if err != nil {
			return nil, err
		}
		strict = b
	}
	pos := args[:len(args)-len(kw)]
	its := make([]Object, len(pos))
	for i, a := range pos {
		it, err := Iter(t, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	for _, it := range its {
		t.Incref(it)
	}
	return &zipIter{its: its, strict: strict, typ: typ}, nil
}

func (z *zipIter) release(t *Thread) {
	its := z.its
	z.its = nil
	for _, it := range its {
		t.Decref(it)
	}
}

func zipNext(t *Thread, o Object) (Object, error) {
	z := o.(*zipIter)
	if len(z.its) == 0 {
		return nil, nil
	}
	tu := AllocTuple(len(z.its))
	if more, err := z.step(t, tu.Items); !more {
		return nil, err
	}
	for _, v := range tu.Items {
		t.Incref(v)
	}
	return tu, nil
}

// step fills items (len(z.its) of them) with the next item of each iterator;
// false at the end (or on an error).
func (z *zipIter) step(t *Thread, items []Object) (bool, error) {
	if len(z.its) == 0 {
		return false, nil
	}
	for i, it := range z.its {
		v, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if v == nil {
			if z.strict {
				return false, z.strictError(t, i)
			}
			return false, nil // (the iterators stay until deallocation, as CPython's)
		}
		items[i] = v
	}
	return true, nil
}

func zipPlural(i int) string {
	if i == 1 {
		return " "
	}
	return "s 1-"
}

func (z *zipIter) strictError(t *Thread, i int) error {
	its := z.its
	if i > 0 {
		return Errorf(t, ValueErrorType, "zip() argument %d is shorter than argument%s%d", i+1, zipPlural(i), i)
	}
	for i = 1; i < len(its); i++ {
		v, err := Next(t, its[i])
		if err != nil {
			return err
		}
		if v != nil {
			return Errorf(t, ValueErrorType, "zip() argument %d is longer than argument%s%d", i+1, zipPlural(i), i)
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// map

type mapIter struct {
	Header
	fn  Object
	its []Object
	typ *Type
}

func (m *mapIter) Type() *Type { return m.typ }

func mapNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, Errorf(t, TypeErrorType, "map() must have at least two arguments.")
	}
	its := make([]Object, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iter(t, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	t.Incref(args[0])
	for _, it := range its {
		t.Incref(it)
	}
	return &mapIter{fn: args[0], its: its, typ: typ}, nil
}

func (m *mapIter) release(t *Thread) {
	its, fn := m.its, m.fn
	m.its, m.fn = nil, nil
	for _, it := range its {
		t.Decref(it)
	}
	t.Decref(fn)
}

func mapNext(t *Thread, o Object) (Object, error) {
	m := o.(*mapIter)
	if m.fn == nil {
		return nil, nil
	}
	var buf [4]Object
	var items []Object
	if len(m.its) <= len(buf) {
		items = buf[:len(m.its)]
	} else {
		items = make([]Object, len(m.its))
	}
	for i, it := range m.its {
		v, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, nil // (fn and the iterators stay until deallocation, as CPython's)
		}
		items[i] = v
	}
	return Call(t, m.fn, items, nil)
}

// ---------------------------------------------------------------------------
// filter

type filterIter struct {
	Header
	fn  Object // None: truth of the item
	it  Object
	typ *Type
}

func (f *filterIter) Type() *Type { return f.typ }

func filterNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(t, TypeErrorType, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := Iter(t, args[1])
	if err != nil {
		return nil, err
	}
	t.Incref(args[0])
	t.Incref(it)
	return &filterIter{fn: args[0], it: it, typ: typ}, nil
}

func filterNext(t *Thread, o Object) (Object, error) {
	f := o.(*filterIter)
	for f.it != nil {
		v, err := Next(t, f.it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, nil // (fn and it stay until deallocation, as CPython's)
		}
		var ok bool
		if f.fn == None || f.fn == Object(BoolType) {
			ok, err = Truth(t, v)
		} else {
			var r Object
			r, err = Call(t, f.fn, []Object{v}, nil)
			if err == nil {
				ok, err = Truth(t, r)
			}
		}
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
	}
	return nil, nil
}

// ---------------------------------------------------------------------------
// reversed

// seqReversed is the generic reversed() iterator over len() and seq[i]. Free-threaded, mu guards seq
// and i; the item is read without it (__getitem__ may run Python code).
type seqReversed struct {
	Header
	mu  sync.Mutex
	seq Object
	i   int
	typ *Type
}

func (r *seqReversed) Type() *Type { return r.typ }

var strReversed = Intern("__reversed__")

func reversedNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 {
		return nil, Errorf(t, TypeErrorType, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, Errorf(t, TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	if typ == ReversedType {
		switch v := seq.(type) {
		case *List:
			if v.sub == nil {
				return newListRevIter(t, v), nil
			}
		case *Range:
			return v.reversedIter(t)
		case *Dict:
			if v.Type() == DictType {
				return newDictIter(t, v, dictIterKeys, true), nil
			}
		}
	}
	styp := seq.Type()
	if m := styp.Lookup(strReversed); m != nil {
		if m == None {
			return nil, Errorf(t, TypeErrorType, "'%s' object is not reversible", styp.Name)
		}
		fn, err := GetAttr(t, seq, strReversed)
		if err != nil {
			return nil, err
		}
		return Call(t, fn, nil, nil)
	}
	if styp.GetItem == nil || styp.Len == nil || styp.IsSubtype(DictType) || styp.IsSubtype(SetType) || styp.IsSubtype(FrozenSetType) {
		return nil, Errorf(t, TypeErrorType, "'%s' object is not reversible", styp.Name)
	}
	n, err := Len(t, seq)
	if err != nil {
		return nil, err
	}
	t.Incref(seq)
	return &seqReversed{seq: seq, i: n - 1, typ: typ}, nil
}

func seqReversedNext(t *Thread, o Object) (Object, error) {
	r := o.(*seqReversed)
	t.lock(&r.mu)
	seq, k := r.seq, r.i
	if seq != nil && k >= 0 {
		r.i-- // this call takes index k
	}
	t.unlock(&r.mu)
	if seq == nil {
		return nil, nil
	}
	var err error
	if k >= 0 {
		var v Object
		if v, err = GetItem(t, seq, Int(k)); err == nil {
			return v, nil
		}
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(IndexErrorType) || e.typ.IsSubtype(StopIterationType)) {
			err = nil
		}
	}
	// The end, or an error (which ends it too, as in CPython).
	t.lock(&r.mu)
	seq = r.seq
	r.seq = nil
	r.i = -1
	t.unlock(&r.mu)
	t.Decref(seq)
	return nil, err
}

// ---------------------------------------------------------------------------

func init() {
	TupleIterType.Next = tupleIterNext
	TupleIterType.Dealloc = func(t *Thread, o Object) {
		it := o.(*TupleIter)
		tu := it.tu
		it.tu = nil
		t.Decref(tu)
	}
	ctrIterMethods(TupleIterType)

	EnumerateType.New = enumerateNew
	EnumerateType.Next = enumerateNext
	EnumerateType.Dealloc = func(t *Thread, o Object) {
		e := o.(*enumerateIter)
		it := e.it
		e.it = nil
		t.Decref(it)
	}
	ctrIterMethods(EnumerateType)

	ZipType.New = zipNew
	ZipType.Next = zipNext
	ZipType.Dealloc = func(t *Thread, o Object) { o.(*zipIter).release(t) }
	ctrIterMethods(ZipType)

	MapType.New = mapNew
	MapType.Next = mapNext
	MapType.Dealloc = func(t *Thread, o Object) { o.(*mapIter).release(t) }
	ctrIterMethods(MapType)

	FilterType.New = filterNew
	FilterType.Next = filterNext
	FilterType.Dealloc = func(t *Thread, o Object) {
		f := o.(*filterIter)
		it, fn := f.it, f.fn
		f.it, f.fn = nil, nil
		t.Decref(it)
		t.Decref(fn)
	}
	ctrIterMethods(FilterType)

	ReversedType.New = reversedNew
	ReversedType.Next = seqReversedNext
	ReversedType.Dealloc = func(t *Thread, o Object) {
		r := o.(*seqReversed)
		seq := r.seq
		r.seq = nil
		t.Decref(seq)
	}
	ctrIterMethods(ReversedType)
}
