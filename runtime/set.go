package runtime

import (
	"strings"
	"sync"
	"sync/atomic"
)

// Set is a Python set or frozenset (or an instance of a subclass). Its hash
// table follows CPython's Objects/setobject.c exactly (table size, linear
// probes, perturbation, resize rule, dummies), so iteration order matches
// CPython's for keys whose hashes match (ints, floats, None, tuples...).
// In free-threaded mode Mu guards every field; Python __eq__ runs without it.
type Set struct {
	Header
	Mu      sync.Mutex
	typ     *Type
	attrs   *Dict      // the instance __dict__ of a subclass instance (owned)
	table   []setEntry // nil: the empty minimum-size table
	fill    int        // active + dummy entries
	used    int        // active entries
	finger  int        // where pop() starts searching
	version uint64     // bumped on every change (lookups restart when it moves)

	hashDone atomic.Bool // frozenset hash cache
	hashVal  atomic.Int64
}

type setEntry struct {
	key  Object // nil: never used; setDummy: deleted
	hash int64  // 0 for unused entries, -1 for dummies
}

type setDummyObj struct{ Header }

func (*setDummyObj) Type() *Type { return ObjectType }

var setDummy Object = &setDummyObj{}

const (
	setMinSize      = 8
	setLinearProbes = 9
)

// Type returns set, frozenset or the subclass.
func (s *Set) Type() *Type {
	if s.typ == nil {
		return SetType
	}
	return s.typ
}

// NewSet returns a new empty set.
func NewSet(t *Thread) *Set { return &Set{typ: SetType} }

// NewSetOfType returns an empty instance of typ (set, frozenset or a subclass).
func NewSetOfType(typ *Type) *Set { return &Set{typ: typ, attrs: NewInstanceDict(typ)} }

// NewFrozenSet returns a frozenset of items.
func NewFrozenSet(t *Thread, items []Object) (*Set, error) {
	s := &Set{typ: FrozenSetType}
	for _, it := range items {
		if err := s.Add(t, it); err != nil {
			s.release(t)
			return nil, err
		}
	}
	return s, nil
}

// NewSetFrom returns a new set of the items of iterable.
func NewSetFrom(t *Thread, iterable Object) (*Set, error) {
	s := NewSet(t)
	if err := s.update(t, iterable); err != nil {
		s.release(t)
		return nil, err
	}
	return s, nil
}

// IsFrozen reports whether s is a frozenset (or a subclass instance).
func (s *Set) IsFrozen() bool { return !s.Type().IsSubtype(SetType) }

func isAnySet(o Object) (*Set, bool) {
	s, ok := o.(*Set)
	return s, ok
}

func (s *Set) mask() int {
	if s.table == nil {
		return setMinSize - 1
	}
	return len(s.table) - 1
}

// setHash returns hash(key), treating a (mutable) set key as the equal
// frozenset, as CPython does for lookups (x in s, s.remove(x), s.discard(x)).
func setHash(t *Thread, key Object, lookupOnly bool) (int64, error) {
	if lookupOnly {
		if ks, ok := key.(*Set); ok && !ks.IsFrozen() {
			t.lock(&ks.Mu)
			h := ks.computeHash()
			t.unlock(&ks.Mu)
			return h, nil
		}
	}
	h, err := Hash(t, key)
	if h == -1 {
		h = -2
	}
	return h, err
}

// ---------------------------------------------------------------------------
// table primitives (called with s.Mu held; they may release it while a
// Python __eq__ runs)

// lookup returns the index of key's entry, or -1.
func (s *Set) lookup(t *Thread, key Object, h int64) (int, error) {
	fk := fastKey(key)
restart:
	table := s.table
	if table == nil {
		return -1, nil
	}
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.hash == 0 && e.key == nil {
				return -1, nil
			}
			if e.hash == h {
				sk := e.key
				if sk == key {
					return int(j), nil
				}
				if fk && fastKey(sk) {
					if fastEqual(sk, key) {
						return int(j), nil
					}
					continue
				}
				ver := s.version
				t.unlock(&s.Mu)
				eq, err := Equal(t, sk, key)
				t.lock(&s.Mu)
				if err != nil {
					return -1, err
				}
				if s.version != ver {
					goto restart
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry inserts key (taking a reference) unless an equal key is present.
func (s *Set) addEntry(t *Thread, key Object, h int64) (bool, error) {
	fk := fastKey(key)
restart:
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	freeslot := -1
	for {
		probes := uint64(0)
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &table[j]
			if e.hash == 0 && e.key == nil {
				t.Incref(key)
				s.version++
				s.used++
				if freeslot >= 0 {
					table[freeslot] = setEntry{key, h}
					return true, nil
				}
				s.fill++
				*e = setEntry{key, h}
				if uint64(s.fill)*5 >= mask*3 {
					if s.used > 50000 {
						s.resize(s.used * 2)
					} else {
						s.resize(s.used * 4)
					}
				}
				return true, nil
			}
			if e.hash == h {
				sk := e.key
				if sk == key {
					return false, nil
				}
				if fk && fastKey(sk) {
					if fastEqual(sk, key) {
						return false, nil
					}
					continue
				}
				ver := s.version
				t.unlock(&s.Mu)
				eq, err := Equal(t, sk, key)
				t.lock(&s.Mu)
				if eq {
					return false, nil
				}
				if err != nil {
					return false, err
				}
				if s.version != ver {
					goto restart
				}
			} else if e.hash == -1 && freeslot < 0 {
				freeslot = int(j)
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func setInsertClean(table []setEntry, key Object, h int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, h}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key, h}
					return
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with the smallest size > minused (dropping dummies).
func (s *Set) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	if newsize == setMinSize && len(s.table) <= setMinSize && s.fill == s.used {
		return
	}
	old := s.table
	nt := make([]setEntry, newsize)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			setInsertClean(nt, e.key, e.hash)
		}
	}
	s.table = nt
	s.fill = s.used
	s.version++
}

// discardEntry removes key; the removed key's reference passes to the caller.
func (s *Set) discardEntry(t *Thread, key Object, h int64) (Object, bool, error) {
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	old := s.table[i].key
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.version++
	return old, true, nil
}

// computeHash is frozenset's hash over the current entries.
func (s *Set) computeHash() int64 {
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var hash uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			hash ^= shuffle(uint64(e.hash))
		}
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	return int64(hash)
}

// entries returns the active entries in table order.
func (s *Set) entries(t *Thread) []setEntry {
	t.lock(&s.Mu)
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e)
		}
	}
	t.unlock(&s.Mu)
	return out
}

// ---------------------------------------------------------------------------
// Go API

// Len returns len(s).
func (s *Set) Len(t *Thread) int {
	t.lock(&s.Mu)
	n := s.used
	t.unlock(&s.Mu)
	return n
}

// Keys returns the elements in iteration order (no references added).
func (s *Set) Keys(t *Thread) []Object {
	t.lock(&s.Mu)
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	t.unlock(&s.Mu)
	return out
}

// Add adds v to the set.
func (s *Set) Add(t *Thread, v Object) error {
	h, err := setHash(t, v, false)
	if err != nil {
		return err
	}
	t.lock(&s.Mu)
	_, err = s.addEntry(t, v, h)
	t.unlock(&s.Mu)
	return err
}

func (s *Set) addHashed(t *Thread, v Object, h int64) error {
	t.lock(&s.Mu)
	_, err := s.addEntry(t, v, h)
	t.unlock(&s.Mu)
	return err
}

// Contains reports whether v is in the set.
func (s *Set) Contains(t *Thread, v Object) (bool, error) {
	h, err := setHash(t, v, true)
	if err != nil {
		return false, err
	}
	return s.containsHashed(t, v, h)
}

func (s *Set) containsHashed(t *Thread, v Object, h int64) (bool, error) {
	t.lock(&s.Mu)
	i, err := s.lookup(t, v, h)
	t.unlock(&s.Mu)
	return i >= 0, err
}

// Discard removes v if present, reporting whether it was.
func (s *Set) Discard(t *Thread, v Object) (bool, error) {
	h, err := setHash(t, v, true)
	if err != nil {
		return false, err
	}
	return s.discardHashed(t, v, h)
}

func (s *Set) discardHashed(t *Thread, v Object, h int64) (bool, error) {
	t.lock(&s.Mu)
	old, found, err := s.discardEntry(t, v, h)
	t.unlock(&s.Mu)
	t.Decref(old)
	return found, err
}

// Clear removes every element.
func (s *Set) Clear(t *Thread) { s.release(t) }

// release empties the set and drops its references.
func (s *Set) release(t *Thread) {
	t.lock(&s.Mu)
	table := s.table
	s.table = nil
	s.fill, s.used = 0, 0
	s.version++
	t.unlock(&s.Mu)
	for _, e := range table {
		if e.key != nil && e.key != setDummy {
			t.Decref(e.key)
		}
	}
}

// merge adds the elements of other (CPython's set_merge).
func (s *Set) merge(t *Thread, other *Set) error {
	if other == s {
		return nil
	}
	t.lock(&other.Mu)
	otable := append([]setEntry(nil), other.table...)
	omask, ofill, oused := other.mask(), other.fill, other.used
	t.unlock(&other.Mu)
	if oused == 0 {
		return nil
	}
	t.lock(&s.Mu)
	defer t.unlock(&s.Mu)
	if (s.fill+oused)*5 >= s.mask()*3 {
		s.resize((s.used + oused) * 2)
	}
	if s.fill == 0 {
		if s.table == nil {
			s.table = make([]setEntry, setMinSize)
		}
		if s.mask() == omask && ofill == oused {
			for i, e := range otable {
				if e.key != nil {
					t.Incref(e.key)
					s.table[i] = e
				}
			}
		} else {
			for _, e := range otable {
				if e.key != nil && e.key != setDummy {
					t.Incref(e.key)
					setInsertClean(s.table, e.key, e.hash)
				}
			}
		}
		s.fill, s.used = oused, oused
		s.version++
		return nil
	}
	for _, e := range otable {
		if e.key != nil && e.key != setDummy {
			if _, err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// updateFromDict adds a dict's keys using their stored hashes.
func (s *Set) updateFromDict(t *Thread, d *Dict) error {
	t.lock(&d.Mu)
	ents := make([]setEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			ents = append(ents, setEntry{e.key, e.hash})
		}
	}
	t.unlock(&d.Mu)
	t.lock(&s.Mu)
	defer t.unlock(&s.Mu)
	if (s.fill+len(ents))*5 >= s.mask()*3 {
		s.resize((s.used + len(ents)) * 2)
	}
	for _, e := range ents {
		if _, err := s.addEntry(t, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// update adds the elements of any iterable (CPython's set_update_internal).
func (s *Set) update(t *Thread, other Object) error {
	switch o := other.(type) {
	case *Set: // any set, as CPython's PyAnySet_Check (ignores an overridden __iter__)
		return s.merge(t, o)
	case *Dict:
		if o.Type() == DictType {
			return s.updateFromDict(t, o)
		}
	case *List:
		if o.sub == nil {
			return s.addAll(t, o.Snapshot(t))
		}
	case *Tuple:
		if o.sub == nil {
			return s.addAll(t, o.Items)
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return err
	}
	for {
		v, err := Next(t, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		if err := s.Add(t, v); err != nil {
			return err
		}
	}
}

func (s *Set) addAll(t *Thread, items []Object) error {
	for _, v := range items {
		if err := s.Add(t, v); err != nil {
			return err
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// set algebra, after CPython

func setBaseType(typ *Type) *Type {
	if typ.IsSubtype(SetType) {
		return SetType
	}
	return FrozenSetType
}

// copySet is set_copy: a new set (or frozenset) of s's base type.
func copySet(t *Thread, s *Set) (*Set, error) {
	r := NewSetOfType(setBaseType(s.Type()))
	if err := r.merge(t, s); err != nil {
		r.release(t)
		return nil, err
	}
	return r, nil
}

func setIntersection(t *Thread, so *Set, other Object) (*Set, error) {
	if other == Object(so) {
		return copySet(t, so)
	}
	result := NewSetOfType(setBaseType(so.Type()))
	if os, ok := isAnySet(other); ok {
		big, small := so, os
		if os.Len(t) > so.Len(t) {
			big, small = os, so
		}
		for _, e := range small.entries(t) {
			in, err := big.containsHashed(t, e.key, e.hash)
			if err == nil && in {
				err = result.addHashed(t, e.key, e.hash)
			}
			if err != nil {
				result.release(t)
				return nil, err
			}
		}
		return result, nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		v, err := Next(t, it)
		if err == nil && v == nil {
			return result, nil
		}
		var h int64
		if err == nil {
			h, err = setHash(t, v, false)
		}
		var in bool
		if err == nil {
			in, err = so.containsHashed(t, v, h)
		}
		if err == nil && in {
			err = result.addHashed(t, v, h)
			if err == nil && result.Len(t) >= so.Len(t) {
				return result, nil
			}
		}
		if err != nil {
			result.release(t)
			return nil, err
		}
	}
}

// swapBodies gives s the contents of tmp and releases s's old contents.
func (s *Set) takeBody(t *Thread, tmp *Set) {
	t.lock(&tmp.Mu)
	table, fill, used := tmp.table, tmp.fill, tmp.used
	tmp.table, tmp.fill, tmp.used = nil, 0, 0
	t.unlock(&tmp.Mu)
	t.lock(&s.Mu)
	old := s.table
	s.table, s.fill, s.used = table, fill, used
	s.version++
	t.unlock(&s.Mu)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			t.Decref(e.key)
		}
	}
}

func (s *Set) differenceUpdate(t *Thread, other Object) error {
	if other == Object(s) {
		s.release(t)
		return nil
	}
	if os, ok := isAnySet(other); ok {
		src := os
		if os.Len(t)>>3 > s.Len(t) {
			tmp, err := setIntersection(t, s, os)
			if err != nil {
				return err
			}
			defer tmp.release(t)
			src = tmp
		}
		for _, e := range src.entries(t) {
			if _, err := s.discardHashed(t, e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		it, err := Iter(t, other)
		if err != nil {
			return err
		}
		for {
			v, err := Next(t, it)
			if err != nil {
				return err
			}
			if v == nil {
				break
			}
			if _, err := s.Discard(t, v); err != nil {
				return err
			}
		}
	}
	t.lock(&s.Mu)
	if s.fill-s.used > s.mask()/4 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
	t.unlock(&s.Mu)
	return nil
}

func copyAndDifference(t *Thread, so *Set, other Object) (*Set, error) {
	r, err := copySet(t, so)
	if err != nil {
		return nil, err
	}
	if err := r.differenceUpdate(t, other); err != nil {
		r.release(t)
		return nil, err
	}
	return r, nil
}

func setDifference(t *Thread, so *Set, other Object) (*Set, error) {
	var otherSize int
	os, isSet := isAnySet(other)
	od, isDict := other.(*Dict)
	switch {
	case isSet:
		otherSize = os.Len(t)
	case isDict && od.Type() == DictType:
		otherSize = dictLen(t, od)
	default:
		return copyAndDifference(t, so, other)
	}
	if so.Len(t)>>2 > otherSize {
		return copyAndDifference(t, so, other)
	}
	result := NewSetOfType(setBaseType(so.Type()))
	for _, e := range so.entries(t) {
		var in bool
		var err error
		if isSet {
			in, err = os.containsHashed(t, e.key, e.hash)
		} else {
			t.lock(&od.Mu)
			var ix int
			_, ix, err = od.lookup(t, e.key, e.hash)
			t.unlock(&od.Mu)
			in = ix >= 0
		}
		if err == nil && !in {
			err = result.addHashed(t, e.key, e.hash)
		}
		if err != nil {
			result.release(t)
			return nil, err
		}
	}
	return result, nil
}

func (s *Set) symmetricDifferenceUpdate(t *Thread, other Object) error {
	if other == Object(s) {
		s.release(t)
		return nil
	}
	var ents []setEntry
	if d, ok := other.(*Dict); ok && d.Type() == DictType {
		t.lock(&d.Mu)
		for _, e := range d.entries {
			if e.key != nil {
				ents = append(ents, setEntry{e.key, e.hash})
			}
		}
		t.unlock(&d.Mu)
	} else if os, ok := isAnySet(other); ok {
		ents = os.entries(t)
	} else {
		tmp := NewSetOfType(setBaseType(s.Type()))
		if err := tmp.update(t, other); err != nil {
			tmp.release(t)
			return err
		}
		ents = tmp.entries(t)
		defer tmp.release(t)
	}
	for _, e := range ents {
		t.lock(&s.Mu)
		old, found, err := s.discardEntry(t, e.key, e.hash)
		if err == nil && !found {
			_, err = s.addEntry(t, e.key, e.hash)
		}
		t.unlock(&s.Mu)
		t.Decref(old)
		if err != nil {
			return err
		}
	}
	return nil
}

func setSymmetricDifference(t *Thread, so *Set, other Object) (*Set, error) {
	r := NewSetOfType(setBaseType(so.Type()))
	if err := r.update(t, other); err != nil {
		r.release(t)
		return nil, err
	}
	if err := r.symmetricDifferenceUpdate(t, so); err != nil {
		r.release(t)
		return nil, err
	}
	return r, nil
}

func setIsSubset(t *Thread, so *Set, other Object) (bool, error) {
	os, ok := isAnySet(other)
	if !ok {
		tmp, err := setIntersection(t, so, other)
		if err != nil {
			return false, err
		}
		r := tmp.Len(t) == so.Len(t)
		tmp.release(t)
		return r, nil
	}
	if so.Len(t) > os.Len(t) {
		return false, nil
	}
	for _, e := range so.entries(t) {
		in, err := os.containsHashed(t, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

func setIsSuperset(t *Thread, so *Set, other Object) (bool, error) {
	if os, ok := isAnySet(other); ok {
		return setIsSubset(t, os, so)
	}
	it, err := Iter(t, other)
	if err != nil {
		return false, err
	}
	for {
		v, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if v == nil {
			return true, nil
		}
		in, err := so.Contains(t, v)
		if err != nil || !in {
			return false, err
		}
	}
}

func setIsDisjoint(t *Thread, so *Set, other Object) (bool, error) {
	if other == Object(so) {
		return so.Len(t) == 0, nil
	}
	if os, ok := isAnySet(other); ok {
		big, small := so, os
		if os.Len(t) > so.Len(t) {
			big, small = os, so
		}
		for _, e := range small.entries(t) {
			in, err := big.containsHashed(t, e.key, e.hash)
			if err != nil || in {
				return false, err
			}
		}
		return true, nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return false, err
	}
	for {
		v, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if v == nil {
			return true, nil
		}
		in, err := so.Contains(t, v)
		if err != nil || in {
			return false, err
		}
	}
}

// ---------------------------------------------------------------------------
// slots

func setRepr(t *Thread, o Object) (Object, error) {
	s := o.(*Set)
	name := s.Type().Name
	if ReprEnter(t, s) {
		return NewStr(name + "(...)"), nil
	}
	defer ReprLeave(t, s)
	keys := s.Keys(t)
	if len(keys) == 0 {
		return NewStr(name + "()"), nil
	}
	var b strings.Builder
	exact := s.Type() == SetType
	if !exact {
		b.WriteString(name)
		b.WriteByte('(')
	}
	b.WriteByte('{')
	if err := ctrJoinReprs(t, &b, keys); err != nil {
		return nil, err
	}
	b.WriteByte('}')
	if !exact {
		b.WriteByte(')')
	}
	return NewStr(b.String()), nil
}

func setLen(t *Thread, o Object) (int, error) { return o.(*Set).Len(t), nil }

func setContains(t *Thread, o, v Object) (bool, error) { return o.(*Set).Contains(t, v) }

func setHashSlot(t *Thread, o Object) (int64, error) {
	s := o.(*Set)
	if s.hashDone.Load() {
		return s.hashVal.Load(), nil
	}
	t.lock(&s.Mu)
	h := s.computeHash()
	t.unlock(&s.Mu)
	s.hashVal.Store(h)
	s.hashDone.Store(true)
	return h, nil
}

func setCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	v, ok1 := isAnySet(a)
	w, ok2 := isAnySet(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case OpEq, OpNe:
		if v.Len(t) != w.Len(t) {
			r = false
		} else {
			r, err = setIsSubset(t, v, w)
		}
		if op == OpNe {
			r = !r
		}
	case OpLe:
		r, err = setIsSubset(t, v, w)
	case OpGe:
		r, err = setIsSuperset(t, v, w)
	case OpLt:
		if v.Len(t) < w.Len(t) {
			r, err = setIsSubset(t, v, w)
		}
	case OpGt:
		if v.Len(t) > w.Len(t) {
			r, err = setIsSuperset(t, v, w)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setBinary(fn func(t *Thread, a *Set, b Object) (*Set, error)) BinaryFunc {
	return func(t *Thread, a, b Object) (Object, error) {
		x, ok1 := isAnySet(a)
		_, ok2 := isAnySet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r, err := fn(t, x, b)
		if err != nil {
			return nil, err
		}
		return r, nil
	}
}

func setUnion2(t *Thread, a *Set, b Object) (*Set, error) {
	r, err := copySet(t, a)
	if err != nil {
		return nil, err
	}
	if b == Object(a) {
		return r, nil
	}
	if err := r.update(t, b); err != nil {
		r.release(t)
		return nil, err
	}
	return r, nil
}

func setInplace(fn func(t *Thread, s *Set, other Object) error) BinaryFunc {
	return func(t *Thread, a, b Object) (Object, error) {
		s := a.(*Set)
		if _, ok := isAnySet(b); !ok {
			return NotImplemented, nil
		}
		if err := fn(t, s, b); err != nil {
			return nil, err
		}
		return s, nil
	}
}

func (s *Set) intersectionUpdate(t *Thread, other Object) error {
	tmp, err := setIntersection(t, s, other)
	if err != nil {
		return err
	}
	s.takeBody(t, tmp)
	return nil
}

func setNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	return NewSetOfType(typ), nil
}

func setInit(t *Thread, self Object, args []Object, kw []string) error {
	if len(kw) > 0 {
		return Errorf(t, TypeErrorType, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Errorf(t, TypeErrorType, "set expected at most 1 argument, got %d", len(args))
	}
	s := self.(*Set)
	if s.Len(t) > 0 {
		s.release(t)
	}
	if len(args) == 1 {
		return s.update(t, args[0])
	}
	return nil
}

func frozensetNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(kw) > 0 && typ == FrozenSetType {
		return nil, Errorf(t, TypeErrorType, "frozenset() takes no keyword arguments")
	}
	npos := len(args) - len(kw)
	if npos > 1 {
		return nil, Errorf(t, TypeErrorType, "frozenset expected at most 1 argument, got %d", npos)
	}
	if npos == 1 && typ == FrozenSetType {
		if fs, ok := args[0].(*Set); ok && fs.Type() == FrozenSetType {
			return fs, nil
		}
	}
	s := NewSetOfType(typ)
	if npos == 1 {
		if err := s.update(t, args[0]); err != nil {
			s.release(t)
			return nil, err
		}
	}
	return s, nil
}

// ---------------------------------------------------------------------------
// methods

type setMethodFn func(t *Thread, s *Set, args []Object) (Object, error)

func setMethod(typ *Type, name string, min, max int, fn setMethodFn) {
	full := typ.Name + "." + name
	typ.AddMethod(name, InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(t, TypeErrorType, "%s() takes no keyword arguments", full)
		}
		if len(args) < min || len(args) > max {
			switch {
			case min == 0 && max == 0:
				return nil, Errorf(t, TypeErrorType, "%s() takes no arguments (%d given)", full, len(args))
			case min == 1 && max == 1:
				return nil, Errorf(t, TypeErrorType, "%s() takes exactly one argument (%d given)", full, len(args))
			}
		}
		return fn(t, self.(*Set), args)
	})
}

func setAddMethod(t *Thread, s *Set, args []Object) (Object, error) {
	return None, s.Add(t, args[0])
}

func setRemoveMethod(t *Thread, s *Set, args []Object) (Object, error) {
	found, err := s.Discard(t, args[0])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, NewException(t, KeyErrorType, args[0])
	}
	return None, nil
}

func setDiscardMethod(t *Thread, s *Set, args []Object) (Object, error) {
	_, err := s.Discard(t, args[0])
	if err != nil {
		return nil, err
	}
	return None, nil
}

func setPopMethod(t *Thread, s *Set, args []Object) (Object, error) {
	t.lock(&s.Mu)
	if s.used == 0 {
		t.unlock(&s.Mu)
		return nil, NewException(t, KeyErrorType, NewStr("pop from an empty set"))
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.finger = i + 1
	s.version++
	t.unlock(&s.Mu)
	t.Decref(key)
	return key, nil
}

func setClearMethod(t *Thread, s *Set, args []Object) (Object, error) {
	s.release(t)
	return None, nil
}

func setCopyMethod(t *Thread, s *Set, args []Object) (Object, error) {
	if s.Type() == FrozenSetType {
		return s, nil
	}
	return copySet(t, s)
}

func setUnionMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := copySet(t, s)
	if err != nil {
		return nil, err
	}
	for _, o := range args {
		if o == Object(s) {
			continue
		}
		if err := r.update(t, o); err != nil {
			r.release(t)
			return nil, err
		}
	}
	return r, nil
}

func setUpdateMethod(t *Thread, s *Set, args []Object) (Object, error) {
	for _, o := range args {
		if err := s.update(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setIntersectionMulti(t *Thread, s *Set, args []Object) (*Set, error) {
	if len(args) == 0 {
		return copySet(t, s)
	}
	result := s
	for _, o := range args {
		r, err := setIntersection(t, result, o)
		if result != s {
			result.release(t)
		}
		if err != nil {
			return nil, err
		}
		result = r
	}
	return result, nil
}

func setIntersectionMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := setIntersectionMulti(t, s, args)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func setIntersectionUpdateMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := setIntersectionMulti(t, s, args)
	if err != nil {
		return nil, err
	}
	s.takeBody(t, r)
	return None, nil
}

func setDifferenceMethod(t *Thread, s *Set, args []Object) (Object, error) {
	if len(args) == 0 {
		return copySet(t, s)
	}
	r, err := setDifference(t, s, args[0])
	if err != nil {
		return nil, err
	}
	for _, o := range args[1:] {
		if err := r.differenceUpdate(t, o); err != nil {
			r.release(t)
			return nil, err
		}
	}
	return r, nil
}

func setDifferenceUpdateMethod(t *Thread, s *Set, args []Object) (Object, error) {
	for _, o := range args {
		if err := s.differenceUpdate(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setSymDiffMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := setSymmetricDifference(t, s, args[0])
	if err != nil {
		return nil, err
	}
	return r, nil
}

func setSymDiffUpdateMethod(t *Thread, s *Set, args []Object) (Object, error) {
	return None, s.symmetricDifferenceUpdate(t, args[0])
}

func setIsSubsetMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := setIsSubset(t, s, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setIsSupersetMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := setIsSuperset(t, s, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setIsDisjointMethod(t *Thread, s *Set, args []Object) (Object, error) {
	r, err := setIsDisjoint(t, s, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

// ---------------------------------------------------------------------------
// set_iterator

// SetIter iterates over a set in table order; its position is guarded by
// the set's lock.
type SetIter struct {
	Header
	s    *Set
	pos  int
	used int // the size the set must keep (-1: failed, sticky)
	done bool
}

// Type returns set_iterator.
func (*SetIter) Type() *Type { return SetIterType }

func setIter(t *Thread, o Object) (Object, error) {
	s := o.(*Set)
	t.Incref(s)
	return &SetIter{s: s, used: s.Len(t)}, nil
}

func setIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*SetIter)
	s := it.s
	t.lock(&s.Mu)
	if it.done {
		t.unlock(&s.Mu)
		return nil, nil
	}
	if it.used != s.used {
		it.used = -1
		t.unlock(&s.Mu)
		return nil, Errorf(t, RuntimeErrorType, "Set changed size during iteration")
	}
	for i := it.pos; i < len(s.table); i++ {
		if k := s.table[i].key; k != nil && k != setDummy {
			it.pos = i + 1
			t.unlock(&s.Mu)
			return k, nil
		}
	}
	it.pos = len(s.table)
	it.done = true
	t.unlock(&s.Mu)
	t.Decref(s)
	return nil, nil
}

func init() {
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.Repr = setRepr
		typ.Len = setLen
		typ.Contains = setContains
		typ.Iter = setIter
		typ.Compare = setCompare
		typ.Number[OpOr] = setBinary(setUnion2)
		typ.Number[OpAnd] = setBinary(setIntersection)
		typ.Number[OpSub] = setBinary(setDifference)
		typ.Number[OpXor] = setBinary(setSymmetricDifference)
		typ.Dealloc = func(t *Thread, o Object) { o.(*Set).release(t) }
		setMethod(typ, "copy", 0, 0, setCopyMethod)
		setMethod(typ, "union", 0, 1<<30, setUnionMethod)
		setMethod(typ, "intersection", 0, 1<<30, setIntersectionMethod)
		setMethod(typ, "difference", 0, 1<<30, setDifferenceMethod)
		setMethod(typ, "symmetric_difference", 1, 1, setSymDiffMethod)
		setMethod(typ, "issubset", 1, 1, setIsSubsetMethod)
		setMethod(typ, "issuperset", 1, 1, setIsSupersetMethod)
		setMethod(typ, "isdisjoint", 1, 1, setIsDisjointMethod)
		ctrSlotMethods(typ)
	}
	SetType.New = setNew
	SetType.Init = setInit
	ctrUnhashable(SetType)
	SetType.Inplace[OpOr] = setInplace(func(t *Thread, s *Set, o Object) error { return s.update(t, o) })
	SetType.Inplace[OpAnd] = setInplace(func(t *Thread, s *Set, o Object) error { return s.intersectionUpdate(t, o) })
	SetType.Inplace[OpSub] = setInplace(func(t *Thread, s *Set, o Object) error { return s.differenceUpdate(t, o) })
	SetType.Inplace[OpXor] = setInplace(func(t *Thread, s *Set, o Object) error { return s.symmetricDifferenceUpdate(t, o) })
	setMethod(SetType, "add", 1, 1, setAddMethod)
	setMethod(SetType, "remove", 1, 1, setRemoveMethod)
	setMethod(SetType, "discard", 1, 1, setDiscardMethod)
	setMethod(SetType, "pop", 0, 0, setPopMethod)
	setMethod(SetType, "clear", 0, 0, setClearMethod)
	setMethod(SetType, "update", 0, 1<<30, setUpdateMethod)
	setMethod(SetType, "intersection_update", 0, 1<<30, setIntersectionUpdateMethod)
	setMethod(SetType, "difference_update", 0, 1<<30, setDifferenceUpdateMethod)
	setMethod(SetType, "symmetric_difference_update", 1, 1, setSymDiffUpdateMethod)

	FrozenSetType.New = frozensetNew
	FrozenSetType.Hash = setHashSlot

	SetIterType.Next = setIterNext
	SetIterType.Dealloc = func(t *Thread, o Object) {
		it := o.(*SetIter)
		if !it.done {
			it.done = true
			t.Decref(it.s)
		}
	}
	ctrIterMethods(SetIterType)
}
