package vm

import (
	"unsafe"

	"pyg/runtime"
)

// A per-thread cache of classInit's answer, for C(args) calls of plain
// classes (GIL mode only: entries read class dicts without their locks).
//
// An entry is valid while the class keeps its MRO (the same slice) and the
// key sets of the MRO's dicts are unchanged (the keys epoch, see watchMRO): then __init__
// is still found in the same dict at the same position, and __new__ still in
// object's dict, which cannot change. The __init__ value itself can be
// rebound in place, so a hit compares it again.

type initCacheEntry struct {
	typ   *runtime.Type
	mro   *(*runtime.Type) // the MRO slice the entry was filled from
	epoch uint64
	init  *Function     // nil: classInit said no
	owner *runtime.Dict // the dict holding init, at position idx
	idx   int
}

const initCacheSize = 8 // a power of two

// cachedClassInit is classInit(typ) through the thread's cache.
func (ts *threadState) cachedClassInit(typ *runtime.Type) *Function {
	e := &ts.initCache[(uintptr(unsafe.Pointer(typ))>>6)&(initCacheSize-1)]
	if e.typ == typ && e.mro == unsafe.SliceData(typ.MRO) && e.epoch == runtime.KeysEpoch() {
		if e.init == nil || typ.Meta != nil {
			return nil
		}
		if e.owner.EntryValue(e.idx) == runtime.Object(e.init) && e.init.simpleKind() {
			return e.init
		}
	}
	epoch := watchMRO(typ)
	init := classInit(typ)
	*e = initCacheEntry{typ: typ, mro: unsafe.SliceData(typ.MRO), epoch: epoch}
	if init == nil {
		return nil
	}
	for _, m := range typ.MRO {
		if m.Dict == nil {
			continue
		}
		if ix := m.Dict.StrIndex(strInit); ix >= 0 {
			if m.Dict.EntryValue(ix) == runtime.Object(init) {
				e.init, e.owner, e.idx = init, m.Dict, ix
			}
			break
		}
	}
	return init
}
