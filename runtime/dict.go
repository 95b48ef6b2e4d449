package runtime

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Dict is a Python dict: insertion-ordered, with CPython's compact layout (an
// entries array in insertion order and an open-addressing index into it).
// In free-threaded mode Mu guards every field; code that may run Python
// (__eq__, __hash__) never holds it.
//
// A small dict (at most dictSmallMax entries, deleted ones included) has no
// index: lookups scan its entries, comparing keys by identity first (the
// names of attributes and globals are interned). Small dicts are the common
// case (an instance's __dict__), so they stay small in memory too.
type Dict struct {
	Header
	Mu      sync.Mutex
	sub     *dictSub // nil: an exact dict
	entries []dictEntry
	index   []int32 // nil: a small dict; else dictEmpty, dictDummy, or an index into entries
	used    int     // live entries
	version uint64  // bumped on every change of keys (iterators and lookups check it)
	// keyMask has bit hash&63 set for the hash of every key inserted since
	// the dict was last emptied: a name whose bit is clear is not a key
	// (LOAD_METHOD's check that the instance dict does not shadow a method).
	keyMask uint64
	// wver is bumped (atomically, under Mu) on every change of keys or
	// values: the VM's free-threaded global caches read it without the lock.
	wver uint64
	// watched: changes of the key set advance KeysEpoch (see WatchKeys).
	watched atomic.Bool
}

// dictSub is what an instance of a dict subclass adds.
type dictSub struct {
	typ   *Type
	attrs *Dict // the instance __dict__ (owned)
}

// dictSmallMax is the most entries (deleted ones included) a dict keeps
// without an index.
const dictSmallMax = 8

// WriteVersion changes whenever a key or a value of d changes. It may be
// read without d's lock.
func (d *Dict) WriteVersion() uint64 { return atomic.LoadUint64(&d.wver) }

// written records a change of a value or key (d locked).
func (d *Dict) written() { atomic.AddUint64(&d.wver, 1) }

type dictEntry struct {
	hash  int64
	key   Object // nil: deleted
	value Object
}

const (
	dictEmpty   = -1
	dictDummy   = -2
	dictMinSize = 8
)

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty dict with room for n items.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 5 {
		d.resizeIndex(n)
	}
	return d
}

// Type returns dict (or the dict subclass).
func (d *Dict) Type() *Type {
	if d.sub != nil {
		return d.sub.typ
	}
	return DictType
}

// SetType makes d an instance of a dict subclass.
func (d *Dict) SetType(typ *Type) {
	if d.sub == nil {
		d.sub = &dictSub{typ: typ, attrs: NewInstanceDict(typ)}
		return
	}
	d.sub.typ = typ
}

// attrs returns the instance __dict__ of a dict subclass instance (nil for
// an exact dict).
func (d *Dict) attrs() *Dict {
	if d.sub != nil {
		return d.sub.attrs
	}
	return nil
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// Version changes whenever keys are added or removed.
func (d *Dict) Version() uint64 { return d.version }

// lock takes an object lock in free-threaded mode, once the interpreter
// has more than one thread (t.shared). Before that the only thread needs no
// locks (as under the GIL): it is the one that creates the second thread,
// never while holding an object lock, and the creation happens before
// anything the new thread does, so a section entered without the lock is
// always left before another thread can enter it. (Under the scaling lab's
// simulator threads always lock: it charges what the locks cost.)
func (t *Thread) lock(mu *sync.Mutex) {
	if t.shared { // (small enough to inline: one test when single-threaded)
		t.lockShared(mu)
	}
}

func (t *Thread) lockShared(mu *sync.Mutex) {
	t.LockOps++
	if t.Sim != nil {
		t.Sim.Shared(unsafe.Pointer(mu))
	}
	mu.Lock()
}

func (t *Thread) unlock(mu *sync.Mutex) {
	if t.shared {
		unlockShared(mu)
	}
}

//go:noinline
func unlockShared(mu *sync.Mutex) { mu.Unlock() } // (keeps unlock inlinable)

// Lock takes o's per-object lock in free-threaded mode (a no-op under the GIL,
// which already serializes). Never call Python code while holding it.
func (t *Thread) Lock(mu *sync.Mutex) { t.lock(mu) }

// Unlock releases a lock taken with Lock.
func (t *Thread) Unlock(mu *sync.Mutex) { t.unlock(mu) }

// resizeIndex compacts the entries and rebuilds the index for n items (none
// for a small dict).
func (d *Dict) resizeIndex(n int) {
	// compact entries
	if d.used != len(d.entries) {
		j := 0
		for _, e := range d.entries {
			if e.key != nil {
				d.entries[j] = e
				j++
			}
		}
		for k := j; k < len(d.entries); k++ {
			d.entries[k] = dictEntry{}
		}
		d.entries = d.entries[:j]
	}
	if n <= dictSmallMax && len(d.entries) <= dictSmallMax {
		d.index = nil
		return
	}
	size := dictMinSize
	for size*2 < n*3 {
		size <<= 1
	}
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = dictEmpty
	}
	mask := uint64(size - 1)
	for i, e := range d.entries {
		h := uint64(e.hash)
		p := h
		j := h & mask
		for d.index[j] != dictEmpty {
			p >>= 5
			j = (j*5 + p + 1) & mask
		}
		d.index[j] = int32(i)
	}
}

// findStr looks up a str key without running Python code (other key types never match).
// The slot is -1 in a small dict.
func (d *Dict) findStr(key *Str, h int64) (slot int, entry int) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key == Object(key) {
				return -1, i
			}
			if e.hash == h && strKeyEqual(e.key, key) {
				return -1, i
			}
		}
		return -1, -1
	}
	mask := uint64(len(d.index) - 1)
	p := uint64(h)
	j := p & mask
	for {
		ix := d.index[j]
		if ix == dictEmpty {
			return int(j), -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == Object(key) {
				return int(j), int(ix)
			}
			if e.hash == h && strKeyEqual(e.key, key) {
				return int(j), int(ix)
			}
		}
		p >>= 5
		j = (j*5 + p + 1) & mask
	}
}

// strKeyEqual reports whether the dict key k, whose hash is the str key's,
// equals it without running Python code: a str, or a str subclass instance
// (compared by value).
func strKeyEqual(k Object, key *Str) bool {
	switch ks := k.(type) {
	case *Str:
		return ks.s == key.s
	case *ValueInstance: // a str subclass instance (compared by value)
		if vs, ok := ks.V.(*Str); ok && vs.s == key.s {
			return true
		}
	}
	return false
}

// strIndex returns the position of the str key in the entries, or -1. A
// small dict is scanned for the key itself (attribute and global names are
// interned) before its hash is needed.
func (d *Dict) strIndex(key *Str) int {
	if d.index == nil {
		for i := range d.entries {
			if d.entries[i].key == Object(key) {
				return i
			}
		}
		if len(d.entries) == 0 {
			return -1
		}
	}
	_, ix := d.findStr(key, key.Hash())
	return ix
}

// LacksStr reports whether the str key is certainly not in d (false: it
// may be). Only for dicts no other thread writes (under the GIL).
func (d *Dict) LacksStr(key *Str) bool {
	return d.keyMask&(1<<(uint64(key.Hash())&63)) == 0
}

// GetStr looks up a str key (attribute and global lookups).
func (d *Dict) GetStr(key *Str) (Object, bool) {
	// Callers in free-threaded mode use GetStrT; GetStr is for dicts that are
	// not shared (type dicts after creation, or under the GIL).
	ix := d.strIndex(key)
	if ix < 0 {
		return nil, false
	}
	return d.entries[ix].value, true
}

// GetStrT is GetStr under d's lock.
func (d *Dict) GetStrT(t *Thread, key *Str) (Object, bool) {
	t.lock(&d.Mu)
	ix := d.strIndex(key)
	var v Object
	if ix >= 0 {
		v = d.entries[ix].value
	}
	t.unlock(&d.Mu)
	return v, ix >= 0
}

// SetStr sets a str key.
func (d *Dict) SetStr(t *Thread, key *Str, v Object) { d.setStrLen(t, key, v) }

// setStrLen is SetStr; it returns the dict's length after adding a new
// key, 0 after replacing a value.
func (d *Dict) setStrLen(t *Thread, key *Str, v Object) int {
	n := 0
	t.Incref(v)
	t.lock(&d.Mu)
	ix := d.strIndex(key)
	var old Object
	if ix >= 0 {
		old = d.entries[ix].value
		d.entries[ix].value = v
		d.written()
	} else {
		t.Incref(key)
		d.insertNew(key.Hash(), key, v)
		n = d.used
	}
	t.unlock(&d.Mu)
	if old != nil {
		t.Decref(old)
	}
	return n
}

// DelStr removes a str key, reporting whether it was present.
func (d *Dict) DelStr(t *Thread, key *Str) bool {
	t.lock(&d.Mu)
	slot, ix := d.findStr(key, key.Hash())
	var k, v Object
	if ix >= 0 {
		k, v = d.removeAt(slot, ix)
	}
	t.unlock(&d.Mu)
	t.Decref(k)
	t.Decref(v)
	return ix >= 0
}

func (d *Dict) insertNew(h int64, key, v Object) {
	if d.index == nil {
		if len(d.entries) >= dictSmallMax {
			if d.used < dictSmallMax {
				d.resizeIndex(d.used) // squeeze out deleted entries, staying small
			} else {
				d.resizeIndex(d.used*2 + 1)
			}
		}
	} else if (len(d.entries)+1)*3 >= len(d.index)*2 {
		d.resizeIndex(d.used*2 + 1)
	}
	if d.index != nil {
		mask := uint64(len(d.index) - 1)
		p := uint64(h)
		j := p & mask
		for d.index[j] >= 0 {
			p >>= 5
			j = (j*5 + p + 1) & mask
		}
		d.index[j] = int32(len(d.entries))
	}
	if d.entries == nil {
		d.entries = make([]dictEntry, 0, 2)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: v})
	d.keyMask |= 1 << (uint64(h) & 63)
	d.used++
	d.version++
	d.written()
	d.keysChanged()
}

func (d *Dict) removeAt(slot, ix int) (key, value Object) {
	e := &d.entries[ix]
	key, value = e.key, e.value
	*e = dictEntry{}
	if slot >= 0 {
		d.index[slot] = dictDummy
	}
	d.used--
	d.version++
	d.written()
	d.keysChanged()
	// Deleted entries stay in place (with a dummy in the index) until the
	// next resize compacts them: len(entries) must keep counting them so
	// that dummies cannot fill the index.
	return key, value
}

// fastKey reports whether key's equality never runs Python code, so a lookup
// can hold the dict's lock throughout.
func fastKey(key Object) bool {
	switch key.(type) {
	case *Str, Int, Bool, Float, NoneType, *BigInt:
		return true
	}
	return false
}

// lookup finds key; it may run Python __eq__ (without holding d's lock) and
// restarts if the dict changed meanwhile.
// The slot is -1 in a small dict.
func (d *Dict) lookup(t *Thread, key Object, h int64) (slot, ix int, err error) {
restart:
	if d.index == nil {
		for i := 0; i < len(d.entries); i++ {
			en := d.entries[i]
			if en.key == key {
				return -1, i, nil
			}
			if en.hash != h || en.key == nil {
				continue
			}
			eq, changed, err := d.keysEqual(t, key, en.key)
			if err != nil {
				return -1, -1, err
			}
			if changed {
				goto restart
			}
			if eq {
				return -1, i, nil
			}
		}
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	p := uint64(h)
	j := p & mask
	for {
		e := d.index[j]
		if e == dictEmpty {
			return int(j), -1, nil
		}
		if e >= 0 {
			en := d.entries[e]
			if en.key == key {
				return int(j), int(e), nil
			}
			if en.hash == h {
				eq, changed, err := d.keysEqual(t, key, en.key)
				if err != nil {
					return -1, -1, err
				}
				if changed {
					goto restart
				}
				if eq {
					return int(j), int(e), nil
				}
			}
		}
		p >>= 5
		j = (j*5 + p + 1) & mask
	}
}

// keysEqual compares key with the entry key k, whose hash is key's. When
// that may run Python __eq__ it does so without d's lock, and changed
// reports that d's keys changed meanwhile (the lookup must restart).
func (d *Dict) keysEqual(t *Thread, key, k Object) (eq, changed bool, err error) {
	if fastKey(key) && fastKey(k) {
		return fastEqual(key, k), false, nil
	}
	ver := d.version
	t.unlock(&d.Mu)
	eq, err = Equal(t, k, key)
	t.lock(&d.Mu)
	if err != nil {
		return false, false, err
	}
	return eq, d.version != ver, nil
}

// GetItem looks up key. It returns (nil, false, nil) when missing.
func (d *Dict) GetItem(t *Thread, key Object) (Object, bool, error) {
	if s, ok := key.(*Str); ok {
		v, found := d.GetStrT(t, s)
		return v, found, nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, false, err
	}
	t.lock(&d.Mu)
	_, ix, err := d.lookup(t, key, h)
	var v Object
	if ix >= 0 {
		v = d.entries[ix].value
	}
	t.unlock(&d.Mu)
	return v, ix >= 0, err
}

// SetItem sets d[key] = v.
func (d *Dict) SetItem(t *Thread, key, v Object) error {
	if s, ok := key.(*Str); ok {
		d.SetStr(t, s, v)
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
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

// DelItem removes key, reporting whether it was present.
func (d *Dict) DelItem(t *Thread, key Object) (bool, error) {
	v, found, err := d.Pop(t, key)
	if found {
		t.Decref(v)
	}
	return found, err
}

// Pop removes key and returns its value; the dict's reference to the value
// passes to the caller (who must Decref it or store it).
func (d *Dict) Pop(t *Thread, key Object) (Object, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return nil, false, err
	}
	t.lock(&d.Mu)
	slot, ix, err := d.lookup(t, key, h)
	var k, v Object
	if err == nil && ix >= 0 {
		k, v = d.removeAt(slot, ix)
	}
	t.unlock(&d.Mu)
	t.Decref(k)
	return v, ix >= 0 && err == nil, err
}

// Clear removes every item.
func (d *Dict) Clear(t *Thread) {
	t.lock(&d.Mu)
	entries := d.entries
	d.entries, d.index, d.used, d.keyMask = nil, nil, 0, 0
	d.version++
	d.written()
	d.keysChanged()
	t.unlock(&d.Mu)
	for _, e := range entries {
		if e.key != nil {
			t.Decref(e.key)
			t.Decref(e.value)
		}
	}
}

// Next iterates: it returns the item at or after position i and the position
// to continue from, or ok=false at the end. Iteration sees a consistent item
// even while other threads mutate the dict.
func (d *Dict) Next(t *Thread, i int) (key, value Object, next int, ok bool) {
	t.lock(&d.Mu)
	for i < len(d.entries) {
		e := d.entries[i]
		i++
		if e.key != nil {
			t.unlock(&d.Mu)
			return e.key, e.value, i, true
		}
	}
	t.unlock(&d.Mu)
	return nil, nil, i, false
}

// Items returns a snapshot of the items in order.
func (d *Dict) Items(t *Thread) (keys, values []Object) {
	t.lock(&d.Mu)
	keys = make([]Object, 0, d.used)
	values = make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	t.unlock(&d.Mu)
	return keys, values
}

// Keys returns a snapshot of the keys in order.
func (d *Dict) Keys(t *Thread) []Object {
	k, _ := d.Items(t)
	return k
}

// Copy returns a shallow copy.
func (d *Dict) Copy(t *Thread) *Dict {
	nd := NewDict()
	t.lock(&d.Mu)
	nd.entries = make([]dictEntry, 0, d.used)
	nd.keyMask = d.keyMask
	for _, e := range d.entries {
		if e.key != nil {
			nd.entries = append(nd.entries, e)
		}
	}
	t.unlock(&d.Mu)
	nd.used = len(nd.entries)
	for _, e := range nd.entries {
		t.Incref(e.key)
		t.Incref(e.value)
	}
	nd.resizeIndex(nd.used)
	return nd
}

// deallocDict drops the references a dead dict holds (leaving its contents
// visible, see ProcessZeroCounts).
func deallocDict(t *Thread, o Object) {
	d := o.(*Dict)
	keys, values := d.Items(t)
	for i := range keys {
		t.Decref(keys[i])
		t.Decref(values[i])
	}
}
