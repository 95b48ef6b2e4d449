package vm

import (
	"sync/atomic"

	"pyg/runtime"
)

// Free-threaded global cache. The GIL-mode cache (globalCacheEntry) records
// an entry position and reads the value through it, which is only safe while
// the GIL orders writers and readers. In free-threaded mode a LOAD_GLOBAL
// slot instead points (atomically) at an immutable record of the value found
// and the write versions of the globals and builtins dicts at the time; the
// value is used as long as neither dict has been written since
// (Dict.WriteVersion is bumped under the dict's lock after every change of a
// key or a value, and read without it).
//
// A value read this way can be concurrently replaced in its dict, exactly as
// with a locked lookup followed by Incref: the reader then holds the value
// the global had just before the write.

type ftGlobal struct {
	globals    *runtime.Dict
	gver, bver uint64
	value      runtime.Object
	builtin    bool
}

type ftGlobalSlot struct {
	p      atomic.Pointer[ftGlobal]
	misses atomic.Int32
}

// ftGlobalMaxMisses stops refilling a slot whose dicts keep changing (a
// global rewritten in a loop): a refill allocates.
const ftGlobalMaxMisses = 64

// load returns the cached value, or nil.
func (s *ftGlobalSlot) load(globals, builtins *runtime.Dict) runtime.Object {
	g := s.p.Load()
	if g == nil || g.globals != globals || g.gver != globals.WriteVersion() {
		return nil
	}
	if g.builtin && g.bver != builtins.WriteVersion() {
		return nil
	}
	return g.value
}

// ftGlobalMiss looks name up in globals, then builtins (NameError if
// absent), and refills the slot.
func ftGlobalMiss(t *runtime.Thread, s *ftGlobalSlot, globals, builtins *runtime.Dict, name *runtime.Str) (runtime.Object, error) {
	fill := s.misses.Load() < ftGlobalMaxMisses
	var g *ftGlobal
	if fill {
		s.misses.Add(1)
		g = &ftGlobal{globals: globals}
	}
	t.Lock(&globals.Mu)
	ix := globals.StrIndex(name)
	var v runtime.Object
	if ix >= 0 {
		v = globals.EntryValue(ix)
	}
	if g != nil {
		g.gver = globals.WriteVersion()
	}
	t.Unlock(&globals.Mu)
	if ix < 0 {
		t.Lock(&builtins.Mu)
		ix = builtins.StrIndex(name)
		if ix >= 0 {
			v = builtins.EntryValue(ix)
		}
		if g != nil {
			g.bver, g.builtin = builtins.WriteVersion(), true
		}
		t.Unlock(&builtins.Mu)
		if ix < 0 {
			return nil, newNameError(t, name.String())
		}
	}
	if g != nil {
		g.value = v
		s.p.Store(g)
	}
	return v, nil
}

// Free-threaded attribute caches. The counterpart of attrcache.go's entries:
// the cache of an attribute instruction is an immutable set of records (one
// per class seen), replaced copy-on-write through an atomic pointer. A
// record holds the class, the classification of the name on it (and the
// function itself for methods, never a dict position) and the class's
// MROVersion read before the classification: the record holds while the
// version is unchanged (any key or value written in a dict of the MRO
// changes it).

type ftAttrEntry struct {
	typ  *runtime.Type
	ver  uint64
	fn   *Function
	kind uint8
}

type ftAttrSet struct {
	e [attrCacheWays]ftAttrEntry
	n int // entries in use
}

type ftAttrSlot struct {
	p      atomic.Pointer[ftAttrSet]
	misses atomic.Int32
}

// ftAttrMaxMisses stops refilling the cache of an instruction whose classes
// keep changing (class attributes written in a loop): a refill allocates.
const ftAttrMaxMisses = 64

// ftAttrSlots returns the attribute caches of c, one per instruction
// (made on first use: most code objects never run free-threaded).
func (c *Code) ftAttrSlots() []ftAttrSlot {
	if p := c.attrCachesFT.Load(); p != nil {
		return *p
	}
	s := make([]ftAttrSlot, len(c.instrs))
	if !c.attrCachesFT.CompareAndSwap(nil, &s) {
		return *c.attrCachesFT.Load()
	}
	return s
}

// ftAttrInfo is attrInfo in free-threaded mode.
func (c *Code) ftAttrInfo(pc int, typ *runtime.Type, name *runtime.Str) (uint8, *Function) {
	s := &c.ftAttrSlots()[pc]
	ver := typ.MROVersion()
	old := s.p.Load()
	if old != nil {
		for i := range old.n {
			if e := &old.e[i]; e.typ == typ {
				if e.ver == ver {
					return e.kind, e.fn
				}
				break
			}
		}
	}
	if s.misses.Load() >= ftAttrMaxMisses {
		return attrUnknown, nil
	}
	s.misses.Add(1)
	kind, fn := classifyAttr(typ, name)
	// The new set: this record first, then the others (the oldest is
	// dropped when the set is full); a concurrent refill may be lost,
	// which only costs a later miss.
	set := &ftAttrSet{n: 1}
	set.e[0] = ftAttrEntry{typ: typ, ver: ver, fn: fn, kind: kind}
	if old != nil {
		for i := range old.n {
			if old.e[i].typ != typ && set.n < attrCacheWays {
				set.e[set.n] = old.e[i]
				set.n++
			}
		}
	}
	s.p.Store(set)
	return kind, fn
}
