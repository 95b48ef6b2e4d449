package runtime

import "sync/atomic"

// Helpers the vm package needs. Each one only fills a slot that no other file
// has filled (init functions run in file-name order, so a fuller
// implementation elsewhere wins).

func init() {
	if ModuleType.GetAttr == nil {
		ModuleType.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
			m := o.(*Module)
			if name.s == "__dict__" {
				return m.Dict, nil
			}
			if v, ok := m.Dict.GetStrT(t, name); ok {
				return v, nil
			}
			if v, err := GenericGetAttr(t, o, name, nil); err == nil {
				return v, nil
			}
			if ga, ok := m.Dict.GetStrT(t, Intern("__getattr__")); ok {
				return Call(t, ga, []Object{name}, nil)
			}
			return nil, Errorf(t, AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name.s)
		}
	}
	if ModuleType.SetAttr == nil {
		ModuleType.SetAttr = func(t *Thread, o Object, name *Str, v Object) error {
			m := o.(*Module)
			if v == nil {
				if !m.Dict.DelStr(t, name) {
					return Errorf(t, AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name.s)
				}
				return nil
			}
			m.Dict.SetStr(t, name, v)
			return nil
		}
	}
	if ModuleType.Repr == nil {
		ModuleType.Repr = func(t *Thread, o Object) (Object, error) {
			m := o.(*Module)
			if f, ok := m.Dict.GetStrT(t, Intern("__file__")); ok {
				if s, ok := f.(*Str); ok {
					return NewStr("<module " + QuoteStr(m.Name) + " from " + QuoteStr(s.s) + ">"), nil
				}
			}
			return NewStr("<module " + QuoteStr(m.Name) + " (built-in)>"), nil
		}
	}
	if ModuleType.Dealloc == nil {
		ModuleType.Dealloc = func(t *Thread, o Object) {
			// The module's dict is shared with functions defined in it
			// (their __globals__): it is left alone.
		}
	}
}

// StrIndex returns the position of str key k in d's entries, or -1, for the
// VM's global-variable caches. Positions stay valid while d.Version() does
// not change. Callers hold d's lock in free-threaded mode.
func (d *Dict) StrIndex(k *Str) int {
	return d.strIndex(k)
}

// EntryValue returns the value at position ix (see StrIndex).
func (d *Dict) EntryValue(ix int) Object { return d.entries[ix].value }

// HintValue returns the value of str key k when k is at position ix of d's
// entries: a position a cache remembered from StrIndex, checked by key
// identity (ix may be stale or out of range; a miss reports false). Callers
// hold d's lock in free-threaded mode.
func (d *Dict) HintValue(ix int, k *Str) (Object, bool) {
	if uint(ix) < uint(len(d.entries)) {
		if e := &d.entries[ix]; e.key == Object(k) {
			return e.value, true
		}
	}
	return nil, false
}

// SetHintValue replaces the value of str key k when k is at position ix of
// d's entries (see HintValue), reporting whether it was there.
func (d *Dict) SetHintValue(t *Thread, ix int, k *Str, v Object) bool {
	if uint(ix) >= uint(len(d.entries)) || d.entries[ix].key != Object(k) {
		return false
	}
	if !uncounted(v) {
		t.Incref(v)
	}
	old := d.entries[ix].value
	d.entries[ix].value = v
	d.written()
	if !uncounted(old) {
		t.Decref(old)
	}
	return true
}

// uncounted reports whether o is a value whose count is not kept (Incref
// and Decref would return at once): saves their call.
func uncounted(o Object) bool {
	switch o.(type) {
	case Int, Float, Bool, NoneType:
		return true
	}
	return false
}

// keysEpoch counts the changes of the key sets of watched dicts.
var keysEpoch atomic.Uint64

// WatchKeys makes every later change of d's key set advance KeysEpoch: the
// VM watches the dicts of the classes its GIL-mode inline caches describe,
// so that one number tells whether any of them may be out of date.
func (d *Dict) WatchKeys() {
	if !d.watched.Load() {
		d.watched.Store(true)
	}
}

// KeysEpoch changes whenever a key is added to or removed from a watched
// dict (see WatchKeys).
func KeysEpoch() uint64 { return keysEpoch.Load() }

// keysChanged records a change of d's key set (d locked).
func (d *Dict) keysChanged() {
	if d.watched.Load() {
		keysEpoch.Add(1)
	}
}
