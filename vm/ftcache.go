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
