package runtime

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Instance is an instance of a class whose layout base is object: its type
// and its attributes. (Instances of classes deriving from exceptions are
// *Exception; see classLayout.)
//
// Attributes are kept split, as in CPython (PEP 412 key-sharing, 3.13
// inline values), until someone asks for the instance's __dict__: the class
// holds the attribute names (classInfo.keys, append-only) and the instance
// only the values, vals[k] being the value of the class's k-th name (nil:
// not set). A Node with two attributes is 96 bytes instead of 224 with a
// dict of its own. The split form is kept only while the names were set in
// the class's order, so a materialized __dict__ lists them in insertion
// order; otherwise, or once __dict__ is asked for, on __class__ assignment,
// or past instKeysMax names, the values move into a dict for good.
type Instance struct {
	Header
	typ  atomic.Pointer[Type] // changes only by __class__ assignment
	dict atomic.Pointer[Dict] // nil: split form (vals); set once, never replaced
	// The values: valp[:nval], with room for capv (a slice's three words
	// cut to two keep a two-value instance in the 80-byte size class).
	valp       *Object
	nval, capv uint16
	flags      atomic.Uint32 // instFinalized
	// mu guards dict and the values in free-threaded mode once a second
	// thread exists (Thread.lock); it is taken before the dict's own lock.
	mu sync.Mutex
}

// instFinalized: __del__ has run (PEP 442: at most once).
const instFinalized = 1

// vals returns the values of a split instance (nil once it has a dict).
func (i *Instance) vals() []Object {
	if i.valp == nil {
		return nil
	}
	return unsafe.Slice(i.valp, i.capv)[:i.nval]
}

// slot returns the address of value k (k < capv).
func (i *Instance) slot(k int) *Object {
	return (*Object)(unsafe.Add(unsafe.Pointer(i.valp), uintptr(k)*unsafe.Sizeof(Object(nil))))
}

// setVals makes s (at most instKeysMax long) the values.
func (i *Instance) setVals(s []Object) {
	if cap(s) == 0 {
		i.valp, i.nval, i.capv = nil, 0, 0
		return
	}
	i.valp, i.nval, i.capv = &s[:1][0], uint16(len(s)), uint16(cap(s))
}

// Type returns the instance's class.
func (i *Instance) Type() *Type { return i.typ.Load() }

// NewInstance returns an empty instance of a class (one whose layout base is
// object). One allocation holds the instance and room for as many values as
// the class's instances have had names so far (up to instInlineMax).
func NewInstance(typ *Type) *Instance {
	ci, _ := typ.Extra.(*classInfo)
	var i *Instance
	n := 0
	if ci != nil {
		n = ci.keys.len()
	}
	switch {
	case n <= 2:
		a := &instanceAlloc2{}
		i = &a.i
		i.setVals(a.v[:0])
	case n <= instInlineMax:
		a := &instanceAlloc4{}
		i = &a.i
		i.setVals(a.v[:0])
	default:
		i = &Instance{}
		i.setVals(make([]Object, 0, n))
	}
	i.typ.Store(typ)
	if ci != nil && ci.hasDel && ci.interp != nil {
		ci.interp.gcTrack(i)
	}
	return i
}

// instInlineMax is the most values an instance allocation holds.
const instInlineMax = 4

type instanceAlloc2 struct {
	i Instance
	v [2]Object
}

type instanceAlloc4 struct {
	i Instance
	v [instInlineMax]Object
}

// instKeysMax is the most attribute names a class shares among its
// instances; an instance needing another one gets a dict.
const instKeysMax = 30

// instKeys is the attribute names a class's instances share (append-only:
// a name's position never changes).
type instKeys struct {
	mu    sync.Mutex // serializes appends
	names atomic.Pointer[[]*Str]
	// mask has bit hash&63 set for every name (LOAD_METHOD's check that no
	// instance attribute shadows a method).
	mask atomic.Uint64
}

func (k *instKeys) len() int {
	if p := k.names.Load(); p != nil {
		return len(*p)
	}
	return 0
}

// index returns the position of name, or -1. (The mask only skips work:
// the answer never depends on str hashes, which vary between runs, so
// simulated runs stay deterministic.)
func (k *instKeys) index(name *Str) int {
	p := k.names.Load()
	if p == nil || k.mask.Load()&(1<<(uint64(name.Hash())&63)) == 0 {
		return -1
	}
	names := *p
	for i, n := range names {
		if n == name {
			return i
		}
	}
	for i, n := range names {
		if n.s == name.s {
			return i
		}
	}
	return -1
}

// add returns the position of name, appending it if needed, or -1 when the
// table is full.
func (k *instKeys) add(name *Str) int {
	k.mu.Lock()
	defer k.mu.Unlock()
	if ix := k.index(name); ix >= 0 {
		return ix
	}
	var names []*Str
	if p := k.names.Load(); p != nil {
		names = *p
	}
	if len(names) >= instKeysMax {
		return -1
	}
	nn := make([]*Str, len(names)+1)
	copy(nn, names)
	nn[len(names)] = Intern(name.s)
	k.mask.Store(k.mask.Load() | 1<<(uint64(name.Hash())&63))
	k.names.Store(&nn)
	return len(names)
}

// classKeys returns the names typ's instances share (nil for object,
// whose instances have no attributes).
func classKeys(typ *Type) *instKeys {
	if ci, ok := typ.Extra.(*classInfo); ok {
		return &ci.keys
	}
	return nil
}

// keys returns the shared names of the instance's class.
func (i *Instance) keys() *instKeys { return classKeys(i.Type()) }

// SlotIndex returns the position of name among the shared names of typ's
// instances, or -1 (the VM's attribute caches remember it).
func SlotIndex(typ *Type, name *Str) int {
	if k := classKeys(typ); k != nil {
		return k.index(name)
	}
	return -1
}

// KeysLen returns how many names typ's instances share so far.
func KeysLen(typ *Type) int {
	if k := classKeys(typ); k != nil {
		return k.len()
	}
	return 0
}

// Shadows reports whether the instance has its own attribute name, given
// what a cache learnt from typ when the instance's class had nkeys shared
// names: k, name's position among them (-1: not among them). Names are
// only appended, so a split instance using no more than those nkeys
// positions cannot hold the name unless it is at k. Under the GIL or before
// a second thread exists only.
func (i *Instance) Shadows(t *Thread, name *Str, k, nkeys int) bool {
	if i.valp == nil {
		if d := i.dict.Load(); d != nil {
			return !d.LacksStr(name) && d.StrIndex(name) >= 0
		}
		return false
	}
	if k >= 0 {
		return i.SlotValue(k) != nil
	}
	if int(i.nval) <= nkeys {
		return false
	}
	return i.HasAttrStr(t, name)
}

// SlotValue returns the value at position k of a split instance, or nil
// (not set, out of range, or the instance has a dict). Under the GIL or
// before a second thread exists only.
func (i *Instance) SlotValue(k int) Object {
	if uint(k) < uint(i.nval) {
		return *i.slot(k)
	}
	return nil
}

// SetSlotValue stores v at position k of a split instance when the split
// form allows it without more work — a value is set there, or k is the next
// position and there is room — reporting whether it did. When it did, the
// caller's reference to v became the instance's (STORE_ATTR's stack
// reference moves in: no count changes for v). Under the GIL or before a
// second thread exists only.
func (i *Instance) SetSlotValue(t *Thread, k int, v Object) bool {
	var old Object
	if uint(k) < uint(i.nval) {
		if old = i.SlotValue(k); old == nil {
			return false
		}
	} else if k != int(i.nval) || k >= int(i.capv) {
		return false
	} else {
		i.nval++ // (no later name is set: insertion order holds)
	}
	*i.slot(k) = v
	if old != nil && !uncounted(old) {
		t.Decref(old)
	}
	return true
}

// GetAttrStr returns the instance attribute name (borrowed), in either form.
func (i *Instance) GetAttrStr(t *Thread, name *Str) (Object, bool) {
	t.lock(&i.mu)
	d := i.dict.Load()
	var v Object
	if d == nil {
		if k := i.keys(); k != nil {
			v = i.SlotValue(k.index(name))
		}
	}
	t.unlock(&i.mu)
	if d != nil {
		return d.GetStrT(t, name)
	}
	return v, v != nil
}

// HasAttrStr reports whether the instance has its own attribute name
// (LOAD_METHOD: whether it shadows a method of the class).
func (i *Instance) HasAttrStr(t *Thread, name *Str) bool {
	if d := i.dict.Load(); d == nil {
		k := i.keys()
		if k == nil || k.index(name) < 0 {
			return false
		}
	}
	_, ok := i.GetAttrStr(t, name)
	return ok
}

// SetAttrStr sets an attribute of the instance (the VM's STORE_ATTR once it
// knows no descriptor or __setattr__ is involved).
func (i *Instance) SetAttrStr(t *Thread, name *Str, v Object) {
	t.lock(&i.mu)
	if i.dict.Load() == nil {
		if k := i.splitSlot(name); k >= 0 {
			if !uncounted(v) {
				t.Incref(v)
			}
			vals := i.vals()
			old := vals[k]
			vals[k] = v
			t.unlock(&i.mu)
			if old != nil && !uncounted(old) {
				t.Decref(old)
			}
			return
		}
		i.materialize(t)
	}
	d := i.dict.Load()
	t.unlock(&i.mu)
	d.SetStr(t, name, v)
}

// splitSlot returns the position where a split instance keeps name, making
// room for it, or -1 when the split form cannot hold it (the class's names
// are full, or setting it now would put it out of insertion order).
func (i *Instance) splitSlot(name *Str) int {
	keys := i.keys()
	if keys == nil {
		return -1
	}
	k := keys.index(name)
	if k < 0 {
		if k = keys.add(name); k < 0 {
			return -1
		}
	}
	vals := i.vals()
	if k < len(vals) {
		if vals[k] != nil {
			return k
		}
		for _, v := range vals[k+1:] {
			if v != nil {
				return -1 // a later name is set: the new one must come after it
			}
		}
		return k
	}
	if k < cap(vals) {
		i.setVals(vals[:k+1])
	} else {
		nv := make([]Object, k+1, max(k+1, 2*cap(vals)))
		copy(nv, vals)
		clear(vals) // (the old array may be in the instance's own allocation)
		i.setVals(nv)
	}
	return k
}

// DelAttrStr deletes an instance attribute, reporting whether it was set.
func (i *Instance) DelAttrStr(t *Thread, name *Str) bool {
	t.lock(&i.mu)
	d := i.dict.Load()
	var old Object
	if d == nil {
		if k := i.keys(); k != nil {
			if ix := k.index(name); ix >= 0 && ix < int(i.nval) {
				vals := i.vals()
				old, vals[ix] = vals[ix], nil
			}
		}
	}
	t.unlock(&i.mu)
	if d != nil {
		return d.DelStr(t, name)
	}
	if old == nil {
		return false
	}
	t.Decref(old)
	return true
}

// materialize moves a split instance's values into a dict of its own
// (under i.mu).
func (i *Instance) materialize(t *Thread) {
	d := newOwnedDict()
	if k := i.keys(); k != nil && i.nval > 0 {
		names := *k.names.Load()
		for ix, v := range i.vals() {
			if v != nil {
				name := names[ix]
				t.Incref(name)
				d.insertNew(name.Hash(), name, v) // (the value's reference moves)
			}
		}
	}
	clear(i.vals())
	i.setVals(nil)
	i.dict.Store(d)
}

// DictT returns the instance's __dict__, moving a split instance's values
// into it first (nil for a bare object(), which has none).
func (i *Instance) DictT(t *Thread) *Dict {
	if d := i.dict.Load(); d != nil {
		return d
	}
	if i.keys() == nil {
		return nil
	}
	t.lock(&i.mu)
	if i.dict.Load() == nil {
		i.materialize(t)
	}
	t.unlock(&i.mu)
	return i.dict.Load()
}

// Dict returns the instance's dict when it has one (nil in the split form).
func (i *Instance) Dict() *Dict { return i.dict.Load() }

// releaseAttrs drops the instance's references to its attributes (when it
// is freed: no other thread can reach it).
func (i *Instance) releaseAttrs(t *Thread) {
	if d := i.dict.Load(); d != nil {
		releaseOwnedDict(t, d)
		return
	}
	decrefVals(t, i.takeVals())
}

// clearAttrs drops the attributes (the cycle collector's clear).
func (i *Instance) clearAttrs(t *Thread) {
	if d := i.dict.Load(); d != nil {
		d.Clear(t)
		return
	}
	t.lock(&i.mu)
	vals := i.takeVals()
	t.unlock(&i.mu)
	decrefVals(t, vals)
}

// takeVals detaches a split instance's values.
func (i *Instance) takeVals() []Object {
	vals := i.vals()
	i.setVals(nil)
	return vals
}

// decrefVals drops the references held in vals, clearing it.
func decrefVals(t *Thread, vals []Object) {
	for k, v := range vals {
		vals[k] = nil
		if v != nil && !uncounted(v) {
			t.Decref(v)
		}
	}
}

// visitAttrs calls visit for each attribute value (or the dict).
func (i *Instance) visitAttrs(visit func(Object)) {
	if d := i.dict.Load(); d != nil {
		visit(d)
		return
	}
	for _, v := range i.vals() {
		if v != nil {
			visit(v)
		}
	}
}

// newOwnedDict returns a dict whose single reference belongs to the object
// that holds it (an instance's or exception's __dict__). That reference is not
// counted in the thread totals: releaseOwnedDict drops it.
func newOwnedDict() *Dict {
	d := NewDict()
	d.rc = 1
	return d
}

// releaseOwnedDict drops the owner's reference to d, clearing d when no other
// reference is left.
func releaseOwnedDict(t *Thread, d *Dict) {
	if dropOwnedDict(t, d) {
		d.Clear(t)
	}
}

// dropOwnedDict drops the owner's reference to d and reports whether it was
// the last one.
func dropOwnedDict(t *Thread, d *Dict) bool {
	if d == nil {
		return false
	}
	var n int64
	if t.atomicRC {
		if atomic.LoadInt64(&d.rc) < 0 {
			return false
		}
		n = atomic.AddInt64(&d.rc, -1)
	} else {
		if d.rc < 0 {
			return false
		}
		d.rc--
		n = d.rc
	}
	return n == 0
}

// instanceDealloc runs __del__ (once) and releases the instance's
// attributes. (ProcessZeroCounts has made the object uncounted, so a
// reference stored while __del__ runs keeps it alive but is not counted.)
func instanceDealloc(t *Thread, o Object) {
	runFinalizer(t, o)
	switch v := o.(type) {
	case *Instance:
		v.releaseAttrs(t)
	case *Exception:
		excRelease(t, v)
	}
}

// runFinalizer calls the class's __del__ if it has one and it has not run yet.
func runFinalizer(t *Thread, o Object) {
	typ := o.Type()
	ci, ok := typ.Extra.(*classInfo)
	if !ok || !ci.hasDel {
		return
	}
	if i, ok := o.(*Instance); ok {
		if i.flags.Or(instFinalized)&instFinalized != 0 {
			return
		}
	}
	del, _ := lookupOwner(typ, dunderDel)
	if del == nil {
		return
	}
	if _, err := callAttrAsMethod(t, del, o, nil, nil); err != nil {
		writeUnraisable(t, err, del)
	}
}

var dunderDel = Intern("__del__")

// writeUnraisable prints an exception that cannot be raised (from __del__)
// the way CPython does: "Exception ignored in: <obj>" and the traceback.
func writeUnraisable(t *Thread, err error, where Object) {
	e := AsException(t, err)
	var w io.Writer = os.Stderr
	if t.Interp.Stderr != nil {
		w = t.Interp.Stderr
	}
	desc := "<object>"
	if r, rerr := Repr(t, where); rerr == nil {
		desc = r.s
	}
	msg := e.typ.Name
	if s, serr := ToStr(t, e); serr == nil && s.s != "" {
		msg += ": " + s.s
	}
	text := "Exception ignored in: " + desc + "\n"
	if len(e.Traceback) > 0 {
		text += "Traceback (most recent call last):\n"
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			tb := e.Traceback[i]
			text += fmt.Sprintf("  File \"%s\", line %d, in %s\n", tb.Filename, tb.Line, tb.Name)
			if line := sourceLine(tb.Filename, tb.Line); line != "" {
				text += "    " + line + "\n"
			}
		}
	}
	text += msg + "\n"
	t.Blocking(func() { io.WriteString(w, text) })
}

// sourceLine returns line n of a file, without surrounding blanks ("" if
// unavailable).
func sourceLine(filename string, n int) string {
	data, err := os.ReadFile(filename)
	if err != nil || n < 1 {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
