package vm

import (
	"pyg/runtime"
)

// Inline caches for attribute access on instances of classes. The entries
// here are for GIL mode (the GIL orders the accesses of different threads
// to an entry); free-threaded mode uses immutable entries (ftcache.go).
//
// An entry records, for one instruction, the class seen last and the keys
// epoch (runtime.KeysEpoch) when it was filled, with the dicts along the
// class's MRO watched: while the epoch holds, no key was added to or removed
// from any of them, and what the entry says about the MRO is still true: for
// LOAD_ATTR/STORE_ATTR that the name is absent from every class (so only the
// instance dict matters) and that __getattribute__, __setattr__ and
// __getattr__ are object's; for LOAD_METHOD that the name is a plain Python
// function.

var (
	strSetattr       = runtime.Intern("__setattr__")
	objectSetattr, _ = runtime.ObjectType.Dict.GetStr(strSetattr)
)

type attrCacheEntry struct {
	typ   *runtime.Type
	epoch uint64
	fn    *Function     // LOAD_METHOD: the function found on the class
	owner *runtime.Dict // the dict holding fn, at position idx
	idx   int
	hint  int // the name's position among the class's shared names (runtime.SlotIndex), or -1
	nkeys int // LOAD_METHOD: how many names the class shared when hint was found
	kind  uint8
	md    *runtime.MethodDescr // attrBuiltinMethod: the Go method found
}

const (
	attrUnknown  uint8 = iota
	attrInstance       // the name lives only in instance dicts
	attrMethod         // the name is a Python function on the class
	// attrBuiltinMethod: the name is a Go method (list.append, str.join)
	// of a type whose objects are not instances; epoch holds the type's
	// MROVersion.
	attrBuiltinMethod
)

// watchMRO watches the dicts along typ's MRO (see runtime.Dict.WatchKeys)
// and returns the keys epoch to remember with what is learnt from them.
func watchMRO(typ *runtime.Type) uint64 {
	for _, m := range typ.MRO {
		if m.Dict != nil {
			m.Dict.WatchKeys()
		}
	}
	return runtime.KeysEpoch()
}

// attrCacheWays is the number of classes an attribute instruction remembers
// (call sites are often polymorphic).
const attrCacheWays = 4

// attrCacheSet is the cache of one instruction.
type attrCacheSet struct {
	e    [attrCacheWays]attrCacheEntry
	next uint8 // the entry to replace next
}

// attrCache returns the cache entry of instruction pc for typ: the one
// holding typ, or a victim to refill (its typ differs).
func (c *Code) attrCache(pc int, typ *runtime.Type) *attrCacheEntry {
	if c.attrCaches == nil {
		c.attrCaches = make([]*attrCacheSet, len(c.instrs))
	}
	set := c.attrCaches[pc]
	if set == nil {
		set = &attrCacheSet{}
		c.attrCaches[pc] = set
	}
	for i := range set.e {
		if set.e[i].typ == typ {
			return &set.e[i]
		}
	}
	e := &set.e[set.next]
	set.next = (set.next + 1) % attrCacheWays
	e.typ = nil
	return e
}

// freshEntry returns the entry of instruction pc for typ when the cache
// holds it, valid, in its first way (a monomorphic site), else nil: the
// hit path of attrCache and stale without their loop and nil checks.
func (c *Code) freshEntry(pc int, typ *runtime.Type) *attrCacheEntry {
	if c.attrCaches == nil {
		return nil
	}
	set := c.attrCaches[pc]
	if set == nil {
		return nil
	}
	if e := &set.e[0]; e.valid(typ) {
		return e
	}
	return nil
}

// entryFor returns the GIL-mode entry of instruction pc for typ, refilled
// if stale (the path after a freshEntry miss).
func (c *Code) entryFor(pc int, typ *runtime.Type, name *runtime.Str) *attrCacheEntry {
	e := c.attrCache(pc, typ)
	if !e.valid(typ) {
		fillAttrCache(e, typ, name)
	}
	return e
}

// classifyAttr classifies name on typ for LOAD_ATTR/STORE_ATTR/LOAD_METHOD:
// attrInstance, attrMethod with the function, or attrUnknown.
func classifyAttr(typ *runtime.Type, name *runtime.Str) (uint8, *Function) {
	if typ.Lookup(strGetattrib) != objectGetattribute || typ.Lookup(strSetattr) != objectSetattr ||
		typ.Lookup(strGetattr) != nil {
		return attrUnknown, nil
	}
	switch a := typ.Lookup(name).(type) {
	case nil:
		if !runtime.InstancesHaveDict(typ) || typ == runtime.ObjectType {
			// __slots__ without __dict__, or object(): no attributes of
			// their own to load, none to add.
			return attrUnknown, nil
		}
		return attrInstance, nil
	case *Function:
		return attrMethod, a
	}
	return attrUnknown, nil
}

// fillAttrCache refills a GIL-mode entry.
func fillAttrCache(e *attrCacheEntry, typ *runtime.Type, name *runtime.Str) {
	e.typ = typ
	e.epoch = watchMRO(typ)
	e.kind, e.fn = classifyAttr(typ, name)
	e.hint, e.nkeys = runtime.SlotIndex(typ, name), runtime.KeysLen(typ)
	if e.kind != attrMethod {
		return
	}
	e.kind = attrUnknown
	for _, m := range typ.MRO {
		if m.Dict == nil {
			continue
		}
		if ix := m.Dict.StrIndex(name); ix >= 0 {
			if m.Dict.EntryValue(ix) == runtime.Object(e.fn) {
				e.kind, e.owner, e.idx = attrMethod, m.Dict, ix
			}
			return
		}
	}
}

// valid reports whether the GIL-mode entry e still describes typ.
func (e *attrCacheEntry) valid(typ *runtime.Type) bool {
	return e.typ == typ && e.epoch == runtime.KeysEpoch() &&
		// (a method rebound on its class keeps the keys, not the value)
		(e.kind != attrMethod || e.owner.EntryValue(e.idx) == runtime.Object(e.fn))
}

// The cached* functions below ask the cache of instruction pc what name is
// on typ: in free-threaded mode c.ftAttrInfo(pc, typ, name), under the GIL
// the entry c.attrCache(pc, typ), refilled when stale (written out in each:
// a call costs a few percent of a method-heavy program).

// cachedInstanceAttr is LOAD_ATTR's fast path: the value of an attribute
// held by the instance itself, or nil.
func cachedInstanceAttr(t *runtime.Thread, ft bool, code *Code, pc int, obj runtime.Object, name *runtime.Str) runtime.Object {
	inst, ok := obj.(*runtime.Instance)
	if !ok {
		return nil
	}
	typ := inst.Type()
	if ft {
		if kind, _ := code.ftAttrInfo(pc, typ, name); kind != attrInstance {
			return nil
		}
		v, _ := inst.GetAttrStr(t, name)
		return v
	}
	e := code.freshEntry(pc, typ)
	if e == nil {
		e = code.entryFor(pc, typ, name)
	}
	if e.kind != attrInstance {
		return nil
	}
	// The value's position among the names the class's instances share
	// (runtime.Instance): a position, once known, stays valid for the class.
	if v := inst.SlotValue(e.hint); v != nil {
		return v
	}
	if e.hint < 0 {
		e.hint = runtime.SlotIndex(typ, name)
	}
	v, _ := inst.GetAttrStr(t, name)
	return v
}

// cachedStoreAttr is STORE_ATTR's fast path; it reports whether it stored.
// When it did, the caller's reference to v is the instance's now (moved into
// a split instance's value, or dropped after a counted store).
func cachedStoreAttr(t *runtime.Thread, ft bool, code *Code, pc int, obj runtime.Object, name *runtime.Str, v runtime.Object) bool {
	inst, ok := obj.(*runtime.Instance)
	if !ok {
		return false
	}
	typ := inst.Type()
	if ft {
		if kind, _ := code.ftAttrInfo(pc, typ, name); kind != attrInstance {
			return false
		}
		inst.SetAttrStr(t, name, v)
		t.Decref(v)
		return true
	}
	e := code.freshEntry(pc, typ)
	if e == nil {
		e = code.entryFor(pc, typ, name)
	}
	if e.kind != attrInstance {
		return false
	}
	if inst.SetSlotValue(t, e.hint, v) {
		return true
	}
	inst.SetAttrStr(t, name, v)
	t.Decref(v)
	if e.hint < 0 {
		e.hint = runtime.SlotIndex(typ, name)
	}
	return true
}

// cachedMethod is LOAD_METHOD's fast path for instances: the class's
// function when no instance attribute shadows it, or nil.
func cachedMethod(t *runtime.Thread, ft bool, code *Code, pc int, obj runtime.Object, name *runtime.Str) *Function {
	inst, ok := obj.(*runtime.Instance)
	if !ok {
		return nil
	}
	typ := inst.Type()
	if ft {
		kind, fn := code.ftAttrInfo(pc, typ, name)
		if kind != attrMethod || inst.HasAttrStr(t, name) {
			return nil
		}
		return fn
	}
	e := code.freshEntry(pc, typ)
	if e == nil {
		e = code.entryFor(pc, typ, name)
	}
	if e.kind != attrMethod || inst.Shadows(t, name, e.hint, e.nkeys) {
		return nil // (an instance attribute shadows the method)
	}
	return e.fn
}

// cachedBuiltinMethod is LOAD_METHOD's fast path for objects of built-in
// types and their subclasses (not class instances) under the GIL or before
// a second thread exists: the Go method lookupMethod would find, or nil.
// The entry holds while the MRO's dicts are unchanged (Type.MROVersion).
func cachedBuiltinMethod(t *runtime.Thread, code *Code, pc int, obj runtime.Object, name *runtime.Str) *runtime.MethodDescr {
	typ := obj.Type()
	ver := typ.MROVersion()
	e := code.attrCache(pc, typ)
	if e.typ == typ && e.kind == attrBuiltinMethod && e.epoch == ver {
		return e.md
	}
	if typ.GetAttr != nil {
		return nil
	}
	md, ok := lookupMethod(t, obj, name).(*runtime.MethodDescr)
	if !ok {
		return nil
	}
	e.typ, e.epoch, e.kind, e.md, e.fn, e.owner = typ, ver, attrBuiltinMethod, md, nil, nil
	return md
}
