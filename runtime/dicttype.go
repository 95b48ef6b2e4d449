package runtime

import (
	"strings"
)

// dict's Python-visible behaviour: slots, methods, views and iterators. The
// storage is in dict.go.

// The dict view types.
var (
	DictKeysType   = NewBuiltinType("dict_keys", "builtins", nil, 0)
	DictValuesType = NewBuiltinType("dict_values", "builtins", nil, 0)
	DictItemsType  = NewBuiltinType("dict_items", "builtins", nil, 0)
)

// dictLen returns len(d) under d's lock.
func dictLen(t *Thread, d *Dict) int {
	t.lock(&d.Mu)
	n := d.used
	t.unlock(&d.Mu)
	return n
}

// LenT returns len(d), safe against concurrent mutation.
func (d *Dict) LenT(t *Thread) int { return dictLen(t, d) }

// dictSetHashed sets d[key] = v for a key whose hash is known.
func dictSetHashed(t *Thread, d *Dict, key Object, h int64, v Object) error {
	t.Incref(v)
	t.lock(&d.Mu)
	_, ix, err := d.lookup(t, key, h)
	var old Object
	if err == nil {
		if ix >= 0 {
			old = d.entries[ix].value
			d.entries[ix].value = v
			d.written()
		} else {
			t.Incref(key)
			d.insertNew(h, key, v)
		}
	}
	t.unlock(&d.Mu)
	if err != nil {
		t.Decref(v)
		return err
	}
	t.Decref(old)
	return nil
}

// dictEntries returns a snapshot of the live entries in order.
func dictEntries(t *Thread, d *Dict) []dictEntry {
	t.lock(&d.Mu)
	out := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e)
		}
	}
	t.unlock(&d.Mu)
	return out
}

// dictSlotOf finds the index slot that points at entry ix (d locked).
func dictSlotOf(d *Dict, h int64, ix int) int {
	if d.index == nil {
		return -1
	}
	mask := uint64(len(d.index) - 1)
	p := uint64(h)
	j := p & mask
	for {
		if int(d.index[j]) == ix {
			return int(j)
		}
		p >>= 5
		j = (j*5 + p + 1) & mask
	}
}

// dictDelete removes key and returns the removed key and value, whose
// references pass to the caller. Unlike Dict.Pop it never shortens the
// entries array: dict.go's insertNew uses len(entries) as its count of used
// index slots, and dropping trailing entries would let deleted-slot markers
// fill the index so that lookups of missing keys never terminate.
func dictDelete(t *Thread, d *Dict, key Object) (k, v Object, found bool, err error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, nil, false, err
	}
	t.lock(&d.Mu)
	slot, ix, err := d.lookup(t, key, h)
	if err == nil && ix >= 0 {
		k, v = dictRemoveEntry(d, slot, ix)
		found = true
	}
	t.unlock(&d.Mu)
	return k, v, found, err
}

// dictRemoveEntry clears entry ix (index slot slot) without shortening
// entries (d locked).
func dictRemoveEntry(d *Dict, slot, ix int) (k, v Object) {
	e := &d.entries[ix]
	k, v = e.key, e.value
	*e = dictEntry{}
	if slot >= 0 {
		d.index[slot] = dictDummy
	}
	d.used--
	d.version++
	d.written()
	d.keysChanged()
	return k, v
}

// ---------------------------------------------------------------------------
// update / merge

// Merge adds the items of a mapping or an iterable of key/value pairs
// (dict.update's positional argument).
func (d *Dict) Merge(t *Thread, arg Object) error {
	if o, ok := arg.(*Dict); ok && o.Type() == DictType {
		return dictMergeDict(t, d, o)
	}
	if _, err := GetAttr(t, arg, Intern("keys")); err == nil {
		return dictMergeMapping(t, d, arg)
	} else if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(AttributeErrorType) {
		return err
	}
	return dictMergeSeq2(t, d, arg)
}

func dictMergeDict(t *Thread, d, o *Dict) error {
	if d == o {
		return nil
	}
	for _, e := range dictEntries(t, o) {
		if err := dictSetHashed(t, d, e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

func dictMergeMapping(t *Thread, d *Dict, m Object) error {
	if o, ok := m.(*Dict); ok && o.Type().Lookup(Intern("keys")) == DictType.Lookup(Intern("keys")) {
		return dictMergeDict(t, d, o)
	}
	keys, err := CallMethod(t, m, "keys")
	if err != nil {
		return err
	}
	it, err := Iter(t, keys)
	if err != nil {
		return err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return err
		}
		if k == nil {
			return nil
		}
		v, err := GetItem(t, m, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(t, k, v); err != nil {
			return err
		}
	}
}

func dictMergeSeq2(t *Thread, d *Dict, seq Object) error {
	it, err := Iter(t, seq)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, err := Next(t, it)
		if err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		var kv []Object
		switch x := item.(type) {
		case *Tuple:
			kv = x.Items
		case *List:
			kv = x.Snapshot(t)
		default:
			typ := item.Type()
			if typ.Iter == nil && typ.GetItem == nil {
				return Errorf(t, TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			if kv, err = IterateAll(t, item); err != nil {
				return err
			}
		}
		if len(kv) != 2 {
			return Errorf(t, ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		if err := d.SetItem(t, kv[0], kv[1]); err != nil {
			return err
		}
	}
}

// dictUpdateArgs implements dict(...) / dict.update(...): at most one
// positional argument, then keyword arguments.
func dictUpdateArgs(t *Thread, d *Dict, fname string, args []Object, kw []string) error {
	npos := len(args) - len(kw)
	if npos > 1 {
		return Errorf(t, TypeErrorType, "%s expected at most 1 argument, got %d", fname, npos)
	}
	if npos == 1 {
		if err := d.Merge(t, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kw {
		d.SetStr(t, NewStr(k), args[npos+i])
	}
	return nil
}

// ---------------------------------------------------------------------------
// slots

func dictRepr(t *Thread, o Object) (Object, error) {
	d := o.(*Dict)
	ents := dictEntries(t, d)
	if len(ents) == 0 {
		return NewStr("{}"), nil
	}
	if ReprEnter(t, d) {
		return NewStr("{...}"), nil
	}
	defer ReprLeave(t, d)
	var b strings.Builder
	b.WriteByte('{')
	for i, e := range ents {
		if i > 0 {
			b.WriteString(", ")
		}
		k, err := Repr(t, e.key)
		if err != nil {
			return nil, err
		}
		b.WriteString(k.s)
		b.WriteString(": ")
		v, err := Repr(t, e.value)
		if err != nil {
			return nil, err
		}
		b.WriteString(v.s)
	}
	b.WriteByte('}')
	return NewStr(b.String()), nil
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	if dictLen(t, a) != dictLen(t, b) {
		return false, nil
	}
	for _, e := range dictEntries(t, a) {
		t.lock(&b.Mu)
		_, ix, err := b.lookup(t, e.key, e.hash)
		var bv Object
		if ix >= 0 {
			bv = b.entries[ix].value
		}
		t.unlock(&b.Mu)
		if err != nil {
			return false, err
		}
		if ix < 0 {
			return false, nil
		}
		eq, err := Equal(t, e.value, bv)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := a.(*Dict)
	y, ok2 := b.(*Dict)
	if !ok1 || !ok2 || (op != OpEq && op != OpNe) {
		return NotImplemented, nil
	}
	if err := t.EnterRecursive(); err != nil {
		return nil, err
	}
	defer t.LeaveRecursive()
	eq, err := dictEqual(t, x, y)
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == OpEq)), nil
}

func dictLenSlot(t *Thread, o Object) (int, error) { return dictLen(t, o.(*Dict)), nil }

var strMissing = Intern("__missing__")

func dictGetItem(t *Thread, o, key Object) (Object, error) {
	d := o.(*Dict)
	v, found, err := d.GetItem(t, key)
	if err != nil {
		return nil, err
	}
	if found {
		return v, nil
	}
	if d.sub != nil && d.sub.typ.Lookup(strMissing) != nil {
		m, err := GetAttr(t, d, strMissing)
		if err != nil {
			return nil, err
		}
		return Call(t, m, []Object{key}, nil)
	}
	return nil, NewException(t, KeyErrorType, key)
}

func dictSetItem(t *Thread, o, key, v Object) error {
	d := o.(*Dict)
	if v != nil {
		return d.SetItem(t, key, v)
	}
	k, old, found, err := dictDelete(t, d, key)
	if err != nil {
		return err
	}
	if !found {
		return NewException(t, KeyErrorType, key)
	}
	t.Decref(k)
	t.Decref(old)
	return nil
}

func dictContains(t *Thread, o, key Object) (bool, error) {
	_, found, err := o.(*Dict).GetItem(t, key)
	return found, err
}

func dictNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	d := NewDict()
	if typ != DictType {
		d.SetType(typ)
	}
	return d, nil
}

func dictInit(t *Thread, self Object, args []Object, kw []string) error {
	return dictUpdateArgs(t, self.(*Dict), "dict", args, kw)
}

func dictOr(t *Thread, a, b Object) (Object, error) {
	x, ok1 := a.(*Dict)
	y, ok2 := b.(*Dict)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	n := x.Copy(t)
	if err := n.Merge(t, y); err != nil {
		deallocDict(t, n)
		return nil, err
	}
	return n, nil
}

func dictInplaceOr(t *Thread, a, b Object) (Object, error) {
	d := a.(*Dict)
	if err := d.Merge(t, b); err != nil {
		return nil, err
	}
	return d, nil
}

// ---------------------------------------------------------------------------
// methods

func dictGetMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "get", args, kw, 1, 2); err != nil {
		return nil, err
	}
	v, found, err := self.(*Dict).GetItem(t, args[0])
	if err != nil {
		return nil, err
	}
	if found {
		return v, nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return None, nil
}

// SetDefault returns d[key], first setting it to dflt when missing (atomically).
func (d *Dict) SetDefault(t *Thread, key, dflt Object) (Object, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	t.lock(&d.Mu)
	_, ix, err := d.lookup(t, key, h)
	var v Object
	if err == nil {
		if ix >= 0 {
			v = d.entries[ix].value
		} else {
			t.Incref(key)
			t.Incref(dflt)
			d.insertNew(h, key, dflt)
			v = dflt
		}
	}
	t.unlock(&d.Mu)
	return v, err
}

func dictSetDefaultMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "setdefault", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var dflt Object = None
	if len(args) == 2 {
		dflt = args[1]
	}
	return self.(*Dict).SetDefault(t, args[0], dflt)
}

func dictPopMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "pop", args, kw, 1, 2); err != nil {
		return nil, err
	}
	k, v, found, err := dictDelete(t, self.(*Dict), args[0])
	if err != nil {
		return nil, err
	}
	if !found {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(t, KeyErrorType, args[0])
	}
	t.Decref(k)
	t.Decref(v) // the dict's reference passes to the caller (floating)
	return v, nil
}

func dictPopItemMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "dict.popitem", args, kw, 0, 0); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	t.lock(&d.Mu)
	ix := len(d.entries) - 1
	for ix >= 0 && d.entries[ix].key == nil {
		ix--
	}
	if ix < 0 {
		t.unlock(&d.Mu)
		return nil, NewException(t, KeyErrorType, NewStr("popitem(): dictionary is empty"))
	}
	slot := dictSlotOf(d, d.entries[ix].hash, ix)
	k, v := dictRemoveEntry(d, slot, ix)
	// Compact when many deleted entries trail, so repeated popitem stays
	// O(1) amortized (entries must not simply be shortened: see dictDelete).
	if len(d.entries)-ix > d.used/2+8 {
		d.resizeIndex(d.used)
	}
	t.unlock(&d.Mu)
	r := NewTuple(t, []Object{k, v})
	t.Decref(k)
	t.Decref(v)
	return r, nil
}

func dictUpdateMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := dictUpdateArgs(t, self.(*Dict), "update", args, kw); err != nil {
		return nil, err
	}
	return None, nil
}

func dictClearMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "dict.clear", args, kw, 0, 0); err != nil {
		return nil, err
	}
	self.(*Dict).Clear(t)
	return None, nil
}

func dictCopyMethod(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "dict.copy", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return self.(*Dict).Copy(t), nil
}

func dictFromKeys(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "fromkeys", args, kw, 1, 2); err != nil {
		return nil, err
	}
	cls, _ := self.(*Type)
	var value Object = None
	if len(args) == 2 {
		value = args[1]
	}
	var d Object
	if cls == nil || cls == DictType {
		d = NewDict()
	} else {
		var err error
		if d, err = Call(t, cls, nil, nil); err != nil {
			return nil, err
		}
	}
	items, err := IterateAll(t, args[0])
	if err != nil {
		return nil, err
	}
	for _, k := range items {
		if err := SetItem(t, d, k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func dictViewMethod(kind uint8) MethodFn {
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		name := [...]string{"dict.keys", "dict.values", "dict.items"}[kind]
		if err := CheckArgs(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return NewDictView(t, self.(*Dict), kind), nil
	}
}

// ---------------------------------------------------------------------------
// iterators

// Kinds of dict iterators and views.
const (
	dictIterKeys uint8 = iota
	dictIterValues
	dictIterItems
)

// DictIter iterates over a dict's keys, values or items, forwards or
// backwards. Its position is guarded by the dict's lock.
type DictIter struct {
	Header
	d         *Dict
	kind      uint8
	rev       bool
	done      bool
	pos       int
	used      int // size the dict must keep (-1: failed, sticky)
	remaining int
}

var dictIterTypes = [2][3]*Type{
	{DictKeyIterType, DictValueIterType, DictItemIterType},
	{DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType},
}

// Type returns the iterator's type.
func (it *DictIter) Type() *Type {
	r := 0
	if it.rev {
		r = 1
	}
	return dictIterTypes[r][it.kind]
}

func newDictIter(t *Thread, d *Dict, kind uint8, rev bool) *DictIter {
	t.Incref(d)
	it := &DictIter{d: d, kind: kind, rev: rev}
	t.lock(&d.Mu)
	it.used = d.used
	it.remaining = d.used
	if rev {
		it.pos = len(d.entries) - 1
	}
	t.unlock(&d.Mu)
	return it
}

func dictIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*DictIter)
	e, err := it.step(t)
	if e.key == nil {
		return nil, err
	}
	switch it.kind {
	case dictIterKeys:
		return e.key, nil
	case dictIterValues:
		return e.value, nil
	}
	return NewTuple2(t, e.key, e.value), nil
}

// step returns the next entry (a nil key at the end or on an error).
func (it *DictIter) step(t *Thread) (dictEntry, error) {
	d := it.d
	t.lock(&d.Mu)
	if it.done {
		t.unlock(&d.Mu)
		return dictEntry{}, nil
	}
	if it.used != d.used {
		it.used = -1
		t.unlock(&d.Mu)
		return dictEntry{}, Errorf(t, RuntimeErrorType, "dictionary changed size during iteration")
	}
	var e dictEntry
	found := false
	if it.rev {
		for it.pos >= 0 && it.pos < len(d.entries) {
			e = d.entries[it.pos]
			it.pos--
			if e.key != nil {
				found = true
				break
			}
		}
	} else {
		for it.pos < len(d.entries) {
			e = d.entries[it.pos]
			it.pos++
			if e.key != nil {
				found = true
				break
			}
		}
	}
	if found && it.remaining == 0 {
		it.done = true
		t.unlock(&d.Mu)
		t.Decref(d)
		return dictEntry{}, Errorf(t, RuntimeErrorType, "dictionary keys changed during iteration")
	}
	if !found {
		it.done = true
		t.unlock(&d.Mu)
		t.Decref(d)
		return dictEntry{}, nil
	}
	it.remaining--
	t.unlock(&d.Mu)
	return e, nil
}

func dictIterLengthHint(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	it := self.(*DictIter)
	t.lock(&it.d.Mu)
	n := it.remaining
	if it.done || it.used != it.d.used {
		n = 0
	}
	t.unlock(&it.d.Mu)
	return Int(n), nil
}

// ---------------------------------------------------------------------------
// views

// DictView is a dict_keys, dict_values or dict_items view.
type DictView struct {
	Header
	d    *Dict
	kind uint8
}

var dictViewTypes = [3]*Type{DictKeysType, DictValuesType, DictItemsType}

// Type returns the view's type.
func (v *DictView) Type() *Type { return dictViewTypes[v.kind] }

// NewDictView returns d.keys() (kind 0), d.values() (1) or d.items() (2).
func NewDictView(t *Thread, d *Dict, kind uint8) *DictView {
	t.Incref(d)
	return &DictView{d: d, kind: kind}
}

// Dict returns the view's dict.
func (v *DictView) Dict() *Dict { return v.d }

func dictViewRepr(t *Thread, o Object) (Object, error) {
	v := o.(*DictView)
	name := v.Type().Name
	if ReprEnter(t, v) {
		return NewStr("..."), nil
	}
	defer ReprLeave(t, v)
	ents := dictEntries(t, v.d)
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("([")
	for i, e := range ents {
		if i > 0 {
			b.WriteString(", ")
		}
		var x Object
		switch v.kind {
		case dictIterKeys:
			x = e.key
		case dictIterValues:
			x = e.value
		default:
			x = &Tuple{Items: []Object{e.key, e.value}}
		}
		r, err := Repr(t, x)
		if err != nil {
			return nil, err
		}
		b.WriteString(r.s)
	}
	b.WriteString("])")
	return NewStr(b.String()), nil
}

func dictViewLen(t *Thread, o Object) (int, error) { return dictLen(t, o.(*DictView).d), nil }

func dictViewIter(t *Thread, o Object) (Object, error) {
	v := o.(*DictView)
	return newDictIter(t, v.d, v.kind, false), nil
}

func dictViewContains(t *Thread, o, x Object) (bool, error) {
	v := o.(*DictView)
	switch v.kind {
	case dictIterKeys:
		_, found, err := v.d.GetItem(t, x)
		return found, err
	case dictIterItems:
		tu, ok := x.(*Tuple)
		if !ok || len(tu.Items) != 2 {
			return false, nil
		}
		val, found, err := v.d.GetItem(t, tu.Items[0])
		if err != nil || !found {
			return false, err
		}
		return Equal(t, val, tu.Items[1])
	}
	// values: linear search
	for _, e := range dictEntries(t, v.d) {
		eq, err := Equal(t, e.value, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func isSetLikeView(o Object) bool {
	v, ok := o.(*DictView)
	return ok && v.kind != dictIterValues
}

// dictViewToSet is dictviews_to_set: a new set of the items of o.
func dictViewToSet(t *Thread, o Object) (*Set, error) {
	s := NewSet(t)
	var err error
	if v, ok := o.(*DictView); ok && v.kind == dictIterKeys && v.d.Type() == DictType {
		err = s.updateFromDict(t, v.d)
	} else {
		err = s.update(t, o)
	}
	if err != nil {
		s.release(t)
		return nil, err
	}
	return s, nil
}

func dictViewsSub(t *Thread, a, b Object) (Object, error) {
	s, err := dictViewToSet(t, a)
	if err != nil {
		return nil, err
	}
	if err := s.differenceUpdate(t, b); err != nil {
		s.release(t)
		return nil, err
	}
	return s, nil
}

func dictViewsOr(t *Thread, a, b Object) (Object, error) {
	s, err := dictViewToSet(t, a)
	if err != nil {
		return nil, err
	}
	if err := s.update(t, b); err != nil {
		s.release(t)
		return nil, err
	}
	return s, nil
}

func dictViewsXor(t *Thread, a, b Object) (Object, error) {
	s, err := dictViewToSet(t, a)
	if err != nil {
		return nil, err
	}
	if err := s.symmetricDifferenceUpdate(t, b); err != nil {
		s.release(t)
		return nil, err
	}
	return s, nil
}

func dictViewsAnd(t *Thread, a, b Object) (Object, error) {
	self, other := a, b
	if !isSetLikeView(self) {
		self, other = b, a
	}
	v := self.(*DictView)
	lenSelf := dictLen(t, v.d)
	if os, ok := other.(*Set); ok && os.Type() == SetType && lenSelf <= os.Len(t) {
		return setIntersection(t, os, v)
	}
	if ov, ok := other.(*DictView); ok && isSetLikeView(ov) {
		if dictLen(t, ov.d) > lenSelf {
			v, other = ov, v
		}
	}
	result := NewSet(t)
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			result.release(t)
			return nil, err
		}
		if x == nil {
			return result, nil
		}
		in, err := dictViewContains(t, v, x)
		if err == nil && in {
			err = result.Add(t, x)
		}
		if err != nil {
			result.release(t)
			return nil, err
		}
	}
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Object) (bool, error) {
	it, err := Iter(t, a)
	if err != nil {
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if x == nil {
			return true, nil
		}
		in, err := Contains(t, b, x)
		if err != nil || !in {
			return false, err
		}
	}
}

func dictViewCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if !isSetLikeView(a) {
		return NotImplemented, nil
	}
	if _, ok := b.(*Set); !ok && !isSetLikeView(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return nil, err
	}
	var ok bool
	switch op {
	case OpEq, OpNe:
		if la == lb {
			ok, err = allContainedIn(t, a, b)
		}
		if op == OpNe {
			ok = !ok
		}
	case OpLt:
		if la < lb {
			ok, err = allContainedIn(t, a, b)
		}
	case OpLe:
		if la <= lb {
			ok, err = allContainedIn(t, a, b)
		}
	case OpGt:
		if la > lb {
			ok, err = allContainedIn(t, b, a)
		}
	case OpGe:
		if la >= lb {
			ok, err = allContainedIn(t, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func dictViewIsDisjoint(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "isdisjoint", args, kw, 1, 1); err != nil {
		return nil, err
	}
	v := self.(*DictView)
	other := args[0]
	if other == self {
		return NewBool(dictLen(t, v.d) == 0), nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return True, nil
		}
		in, err := dictViewContains(t, v, x)
		if err != nil {
			return nil, err
		}
		if in {
			return False, nil
		}
	}
}

// ---------------------------------------------------------------------------

// ctrSlotMethods exposes a built-in type's container slots as dunder methods
// (dict.__getitem__(d, k), super().__setitem__(k, v) in subclasses...).
func ctrSlotMethods(typ *Type) {
	if typ.GetItem != nil {
		typ.AddMethod("__getitem__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__getitem__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return typ.GetItem(t, self, args[0])
		})
	}
	if typ.SetItem != nil {
		typ.AddMethod("__setitem__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__setitem__", args, kw, 2, 2); err != nil {
				return nil, err
			}
			return None, typ.SetItem(t, self, args[0], args[1])
		})
		typ.AddMethod("__delitem__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__delitem__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return None, typ.SetItem(t, self, args[0], nil)
		})
	}
	if typ.Contains != nil {
		typ.AddMethod("__contains__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__contains__", args, kw, 1, 1); err != nil {
				return nil, err
			}
			r, err := typ.Contains(t, self, args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(r), nil
		})
	}
	if typ.Len != nil {
		typ.AddMethod("__len__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__len__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			n, err := typ.Len(t, self)
			if err != nil {
				return nil, err
			}
			return Int(n), nil
		})
	}
	if typ.Iter != nil {
		typ.AddMethod("__iter__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__iter__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return typ.Iter(t, self)
		})
	}
}

func init() {
	typ := DictType
	typ.Repr = dictRepr
	typ.Compare = dictCompare
	typ.Len = dictLenSlot
	typ.GetItem = dictGetItem
	typ.SetItem = dictSetItem
	typ.Contains = dictContains
	typ.Iter = func(t *Thread, o Object) (Object, error) {
		return newDictIter(t, o.(*Dict), dictIterKeys, false), nil
	}
	typ.New = dictNew
	typ.Init = dictInit
	typ.Number[OpOr] = dictOr
	typ.Inplace[OpOr] = dictInplaceOr
	typ.Dealloc = deallocDict
	ctrUnhashable(typ)
	typ.AddMethod("keys", InstanceMethod, dictViewMethod(dictIterKeys))
	typ.AddMethod("values", InstanceMethod, dictViewMethod(dictIterValues))
	typ.AddMethod("items", InstanceMethod, dictViewMethod(dictIterItems))
	typ.AddMethod("get", InstanceMethod, dictGetMethod)
	typ.AddMethod("setdefault", InstanceMethod, dictSetDefaultMethod)
	typ.AddMethod("pop", InstanceMethod, dictPopMethod)
	typ.AddMethod("popitem", InstanceMethod, dictPopItemMethod)
	typ.AddMethod("update", InstanceMethod, dictUpdateMethod)
	typ.AddMethod("clear", InstanceMethod, dictClearMethod)
	typ.AddMethod("copy", InstanceMethod, dictCopyMethod)
	typ.AddMethod("fromkeys", ClassMethod, dictFromKeys)
	typ.AddMethod("__reversed__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__reversed__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return newDictIter(t, self.(*Dict), dictIterKeys, true), nil
	})
	ctrSlotMethods(typ)

	for _, it := range []*Type{DictKeyIterType, DictValueIterType, DictItemIterType,
		DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType} {
		it.Next = dictIterNext
		it.Dealloc = func(t *Thread, o Object) {
			di := o.(*DictIter)
			if !di.done {
				di.done = true
				t.Decref(di.d)
			}
		}
		ctrIterMethods(it)
		it.AddMethod("__length_hint__", InstanceMethod, dictIterLengthHint)
	}

	for kind, vt := range dictViewTypes {
		vt.Repr = dictViewRepr
		vt.Len = dictViewLen
		vt.Iter = dictViewIter
		vt.Contains = dictViewContains
		vt.Dealloc = func(t *Thread, o Object) {
			v := o.(*DictView)
			d := v.d
			v.d = NewDict()
			t.Decref(d)
		}
		ctrUnhashable(vt)
		k := uint8(kind)
		vt.AddMethod("__reversed__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, "__reversed__", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return newDictIter(t, self.(*DictView).d, k, true), nil
		})
		vt.AddGetSet("mapping", func(t *Thread, self Object) (Object, error) {
			// TODO: count the proxy's reference once mappingproxy has a Dealloc.
			return &MappingProxy{D: self.(*DictView).d}, nil
		}, nil)
		if k != dictIterValues {
			vt.Compare = dictViewCompare
			vt.Number[OpSub] = dictViewsSub
			vt.Number[OpOr] = dictViewsOr
			vt.Number[OpXor] = dictViewsXor
			vt.Number[OpAnd] = dictViewsAnd
			vt.AddMethod("isdisjoint", InstanceMethod, dictViewIsDisjoint)
		}
		ctrSlotMethods(vt)
	}
}
