package runtime

import (
	"strings"
	"sync"
)

// This file creates classes at run time (the class statement, type(name,
// bases, dict)): C3 linearization, the instance layout, and the slot table
// that makes the type's Go slots call the class's dunder methods.

// classInfo is the Type.Extra of a class created at run time.
type classInfo struct {
	layout *Type // the built-in type whose struct holds instances: object, BaseException or type
	hasDel bool  // __del__ is defined
	noDict bool  // __slots__ without __dict__: instances take no new attributes
	// keys is the attribute names the instances share (see Instance).
	keys instKeys
	// interp is the interpreter that created the class, whose cycle
	// collector tracks the instances when the class has __del__.
	interp *Interpreter
}

// subclasses records the direct subclasses of each type (for
// __subclasses__ and for propagating slot updates).
var subclasses struct {
	sync.Mutex
	m map[*Type][]*Type
}

func addSubclass(base, sub *Type) {
	subclasses.Lock()
	if subclasses.m == nil {
		subclasses.m = map[*Type][]*Type{}
	}
	subclasses.m[base] = append(subclasses.m[base], sub)
	subclasses.Unlock()
}

func subclassesOf(typ *Type) []*Type {
	subclasses.Lock()
	s := append([]*Type(nil), subclasses.m[typ]...)
	subclasses.Unlock()
	return s
}

// NewClass creates a class: what type(name, bases, ns) does with metaclass
// meta (nil or type for an ordinary class).
func NewClass(t *Thread, meta *Type, name string, bases []*Type, ns *Dict) (*Type, error) {
	return newClass(t, meta, name, bases, ns, nil, nil)
}

// layoutSupported lists the built-in types whose subclasses pyg can create
// (see subclass.go).
func layoutSupported(l *Type) bool {
	if builtinLayouts[l] {
		return true
	}
	_, ok := extraLayouts.Load(l)
	return ok
}

func newClass(t *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwVals []Object, kwNames []string) (*Type, error) {
	if meta == nil {
		meta = TypeType
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	layout := ObjectType
	var solid *Type
	for i, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, Errorf(t, TypeErrorType, "type '%s' is not an acceptable base type", b.Name)
		}
		for _, b2 := range bases[:i] {
			if b2 == b {
				return nil, Errorf(t, TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
		l := classLayout(b)
		switch {
		case l == ObjectType:
		case layout == ObjectType || l.IsSubtype(layout):
			layout = l
			solid = b
		case layout.IsSubtype(l):
		default:
			return nil, Errorf(t, TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	if !layoutSupported(layout) {
		return nil, Errorf(t, TypeErrorType, "pyg does not support subclassing built-in type '%s' yet", layout.Name)
	}
	if solid == nil {
		solid = bases[0]
	}
	typ := &Type{Name: name, QualName: name, Module: "__main__", Base: solid,
		Bases: append([]*Type(nil), bases...), Flags: FlagBaseType | FlagHeapType}
	if layout == BaseExceptionType {
		typ.Flags |= FlagException
	}
	if meta != TypeType {
		typ.Meta = meta
	}
	mro, err := c3Merge(t, typ, bases)
	if err != nil {
		return nil, err
	}
	typ.MRO = mro
	typ.Extra = &classInfo{layout: layout, interp: t.Interp}

	d := ns.Copy(t)
	typ.Dict = d
	if q, ok := d.GetStr(Intern("__qualname__")); ok {
		qs, ok := q.(*Str)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "type __qualname__ must be a str, not %s", TypeName(q))
		}
		typ.QualName = qs.s
		d.DelStr(t, Intern("__qualname__"))
	}
	if m, ok := d.GetStr(Intern("__module__")); ok {
		if ms, ok := m.(*Str); ok {
			typ.Module = ms.s
		}
	} else {
		d.SetStr(t, Intern("__module__"), NewStr(typ.Module))
	}
	if doc, ok := d.GetStr(Intern("__doc__")); ok {
		if ds, ok := doc.(*Str); ok {
			typ.Doc = ds.s
		}
	} else {
		d.SetStr(t, Intern("__doc__"), None)
	}
	var cell *Cell
	if c, ok := d.GetStr(Intern("__classcell__")); ok {
		cell, ok = c.(*Cell)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", TypeName(c))
		}
		d.DelStr(t, Intern("__classcell__"))
	}
	if f, ok := d.GetStr(dunderNew); ok && isPyFunction(f) {
		d.SetStr(t, dunderNew, NewStaticMethod(t, f))
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := d.GetStr(Intern(n)); ok && isPyFunction(f) {
			d.SetStr(t, Intern(n), NewClassMethod(t, f))
		}
	}
	if _, ok := d.GetStr(Intern("__eq__")); ok {
		if _, ok := d.GetStr(dunderHash); !ok {
			d.SetStr(t, dunderHash, None)
		}
	}
	noDict, err := classSlots(t, typ, d, bases)
	if err != nil {
		return nil, err
	}
	typ.Extra.(*classInfo).noDict = noDict
	if !noDict && layout != BaseExceptionType && layout != TypeType && typ.Lookup(Intern("__dict__")) == nil {
		g := &GetSetDescr{Name: "__dict__", Owner: typ, Get: instanceDictGet}
		SetImmortal(g)
		d.SetStr(t, Intern("__dict__"), g)
	}
	if typ.Lookup(Intern("__weakref__")) == nil {
		w := &GetSetDescr{Name: "__weakref__", Owner: typ, Get: func(t *Thread, self Object) (Object, error) { return None, nil }}
		SetImmortal(w)
		d.SetStr(t, Intern("__weakref__"), w)
	}
	SetImmortal(typ)
	for _, b := range bases {
		addSubclass(b, typ)
	}
	typ.UpdateSlots()

	if cell != nil {
		cell.Set(t, typ)
	}
	// __set_name__ on the attributes, then the parent's __init_subclass__.
	keys, vals := d.Items(t)
	for i, k := range keys {
		v := vals[i]
		if sn := v.Type().Lookup(Intern("__set_name__")); sn != nil {
			if _, err := callAttrAsMethod(t, sn, v, []Object{typ, k}, nil); err != nil {
				return nil, err
			}
		}
	}
	sup := &Super{ThisClass: typ, Obj: typ, ObjType: typ}
	isc, err := superGetAttr(t, sup, Intern("__init_subclass__"))
	if err != nil {
		return nil, err
	}
	if _, err := Call(t, isc, kwVals, kwNames); err != nil {
		return nil, err
	}
	return typ, nil
}

func instanceDictGet(t *Thread, self Object) (Object, error) {
	if d := fullDictOf(t, self); d != nil {
		return d, nil
	}
	return nil, Errorf(t, AttributeErrorType, "'%s' object has no attribute '__dict__'", TypeName(self))
}

// c3Merge computes the MRO of typ with the given bases (C3 linearization).
func c3Merge(t *Thread, typ *Type, bases []*Type) ([]*Type, error) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, bases)
	result := []*Type{typ}
	inTail := func(c *Type) bool {
		for _, s := range seqs {
			for _, x := range s[min(1, len(s)):] {
				if x == c {
					return true
				}
			}
		}
		return false
	}
	for {
		empty := true
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			empty = false
			if !inTail(s[0]) {
				cand = s[0]
				break
			}
		}
		if empty {
			return result, nil
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, Errorf(t, TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
		}
		result = append(result, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// CalculateMetaclass returns the most derived metaclass among meta and the
// metaclasses of bases.
func CalculateMetaclass(t *Thread, meta *Type, bases []*Type) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, Errorf(t, TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// Dunder names used by the slot table.
var (
	dunderRepr, dunderStr, dunderHash                       = Intern("__repr__"), Intern("__str__"), Intern("__hash__")
	dunderBool, dunderLen, dunderIter, dunderNext           = Intern("__bool__"), Intern("__len__"), Intern("__iter__"), Intern("__next__")
	dunderGetItem, dunderSetItem, dunderDelItem             = Intern("__getitem__"), Intern("__setitem__"), Intern("__delitem__")
	dunderContains, dunderCall                              = Intern("__contains__"), Intern("__call__")
	dunderNeg, dunderPos, dunderInvert, dunderAbs           = Intern("__neg__"), Intern("__pos__"), Intern("__invert__"), Intern("__abs__")
	dunderInt, dunderFloat, dunderIndex                     = Intern("__int__"), Intern("__float__"), Intern("__index__")
	dunderGetattribute, dunderGetattr                       = Intern("__getattribute__"), Intern("__getattr__")
	dunderSetattr, dunderDelattr                            = Intern("__setattr__"), Intern("__delattr__")
	dunderGet, dunderSet, dunderDelete                      = Intern("__get__"), Intern("__set__"), Intern("__delete__")
	dunderCompare                                           = [6]*Str{Intern("__eq__"), Intern("__ne__"), Intern("__lt__"), Intern("__le__"), Intern("__gt__"), Intern("__ge__")}
	dunderBinary, dunderRBinary, dunderIBinary              [NumBinaryOps]*Str
	dunderFormat, dunderRound, dunderDir, dunderInstanceChk = Intern("__format__"), Intern("__round__"), Intern("__dir__"), Intern("__instancecheck__")
)

func init() {
	for i, n := range BinaryOpDunder {
		dunderBinary[i] = Intern("__" + n + "__")
		dunderRBinary[i] = Intern("__r" + n + "__")
		dunderIBinary[i] = Intern("__i" + n + "__")
	}
}

// slotSource walks typ's MRO for the first class providing a slot: a class
// created at run time whose dict defines one of names (generic is true: the
// slot must call the dunder), or a built-in type whose slot is set (has
// reports it; from is that type, whose Go slot can be copied).
func slotSource(typ *Type, has func(*Type) bool, names ...*Str) (generic bool, from *Type) {
	for _, m := range typ.MRO {
		if m.Flags&FlagHeapType != 0 {
			for _, n := range names {
				if _, ok := m.Dict.GetStr(n); ok {
					return true, nil
				}
			}
			continue
		}
		if has(m) {
			return false, m
		}
	}
	return false, nil
}

// UpdateSlots recomputes the Go slots of a class from the dunder methods
// along its MRO (after the class is created or a dunder is assigned), and
// those of its subclasses.
func (typ *Type) UpdateSlots() {
	if typ.Flags&FlagHeapType == 0 {
		return
	}
	typ.updateOwnSlots()
	for _, sub := range subclassesOf(typ) {
		sub.UpdateSlots()
	}
}

func (typ *Type) updateOwnSlots() {
	ci, _ := typ.Extra.(*classInfo)

	unary := func(dst *UnaryFunc, has func(*Type) bool, get func(*Type) UnaryFunc, name *Str, generic UnaryFunc) {
		g, from := slotSource(typ, has, name)
		switch {
		case g:
			*dst = generic
		case from != nil:
			*dst = get(from)
		default:
			*dst = nil
		}
	}
	unary(&typ.Repr, func(m *Type) bool { return m.Repr != nil }, func(m *Type) UnaryFunc { return m.Repr }, dunderRepr, heapRepr)
	unary(&typ.Str, func(m *Type) bool { return m.Str != nil }, func(m *Type) UnaryFunc { return m.Str }, dunderStr, heapStr)
	unary(&typ.Iter, func(m *Type) bool { return m.Iter != nil }, func(m *Type) UnaryFunc { return m.Iter }, dunderIter, heapIter)
	unary(&typ.Neg, func(m *Type) bool { return m.Neg != nil }, func(m *Type) UnaryFunc { return m.Neg }, dunderNeg, heapUnary(dunderNeg))
	unary(&typ.Pos, func(m *Type) bool { return m.Pos != nil }, func(m *Type) UnaryFunc { return m.Pos }, dunderPos, heapUnary(dunderPos))
	unary(&typ.Invert, func(m *Type) bool { return m.Invert != nil }, func(m *Type) UnaryFunc { return m.Invert }, dunderInvert, heapUnary(dunderInvert))
	unary(&typ.Abs, func(m *Type) bool { return m.Abs != nil }, func(m *Type) UnaryFunc { return m.Abs }, dunderAbs, heapUnary(dunderAbs))
	unary(&typ.Int, func(m *Type) bool { return m.Int != nil }, func(m *Type) UnaryFunc { return m.Int }, dunderInt, heapInt)
	unary(&typ.Float, func(m *Type) bool { return m.Float != nil }, func(m *Type) UnaryFunc { return m.Float }, dunderFloat, heapUnary(dunderFloat))
	unary(&typ.Index, func(m *Type) bool { return m.Index != nil }, func(m *Type) UnaryFunc { return m.Index }, dunderIndex, heapIndex)

	if g, from := slotSource(typ, func(m *Type) bool { return m.Hash != nil }, dunderHash); g {
		if h := typ.Lookup(dunderHash); h == None {
			typ.Hash = nil
		} else {
			typ.Hash = heapHash
		}
	} else if from != nil {
		typ.Hash = from.Hash
	} else {
		typ.Hash = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Compare != nil }, dunderCompare[:]...); g {
		typ.Compare = heapCompare
	} else if from != nil {
		typ.Compare = from.Compare
	} else {
		typ.Compare = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Bool != nil }, dunderBool); g {
		typ.Bool = heapBool
	} else if from != nil {
		typ.Bool = from.Bool
	} else {
		typ.Bool = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Len != nil }, dunderLen); g {
		typ.Len = heapLen
	} else if from != nil {
		typ.Len = from.Len
	} else {
		typ.Len = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Next != nil }, dunderNext); g {
		typ.Next = heapNext
	} else if from != nil {
		typ.Next = from.Next
	} else {
		typ.Next = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.GetItem != nil }, dunderGetItem); g {
		typ.GetItem = heapGetItem
	} else if from != nil {
		typ.GetItem = from.GetItem
	} else {
		typ.GetItem = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.SetItem != nil }, dunderSetItem, dunderDelItem); g {
		typ.SetItem = heapSetItem
	} else if from != nil {
		typ.SetItem = from.SetItem
	} else {
		typ.SetItem = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Contains != nil }, dunderContains); g {
		typ.Contains = heapContains
	} else if from != nil {
		typ.Contains = from.Contains
	} else {
		typ.Contains = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Call != nil }, dunderCall); g {
		typ.Call = heapCall
	} else if from != nil {
		typ.Call = from.Call
	} else {
		typ.Call = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.DescrGet != nil }, dunderGet); g {
		typ.DescrGet = heapDescrGet
	} else if from != nil {
		typ.DescrGet = from.DescrGet
	} else {
		typ.DescrGet = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.DescrSet != nil }, dunderSet, dunderDelete); g {
		typ.DescrSet = heapDescrSet
	} else if from != nil {
		typ.DescrSet = from.DescrSet
	} else {
		typ.DescrSet = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.New != nil }, dunderNew); g {
		typ.New = heapNew
	} else if from != nil {
		typ.New = from.New
	} else {
		typ.New = nil
	}
	if g, from := slotSource(typ, func(m *Type) bool { return m.Init != nil }, dunderInit); g {
		typ.Init = heapInit
	} else if from != nil {
		typ.Init = from.Init
	} else {
		typ.Init = nil
	}

	// Attribute access.
	var baseGet GetAttrFunc
	var baseSet SetAttrFunc
	for _, m := range typ.MRO {
		if m.Flags&FlagHeapType == 0 && m.GetAttr != nil && baseGet == nil {
			baseGet = m.GetAttr
		}
		if m.Flags&FlagHeapType == 0 && m.SetAttr != nil && baseSet == nil {
			baseSet = m.SetAttr
		}
	}
	if baseGet == nil {
		baseGet = objectGetAttr
	}
	if baseSet == nil {
		baseSet = objectSetAttr
	}
	if ci != nil && ci.noDict && ci.layout != BaseExceptionType && ci.layout != TypeType {
		// object's setter (the one every layout but those inherits)
		baseSet = slotsSetAttr
	}
	getattribute, _ := slotSource(typ, func(m *Type) bool { return false }, dunderGetattribute)
	getattr, _ := slotSource(typ, func(m *Type) bool { return false }, dunderGetattr)
	switch {
	case !getattribute && !getattr:
		typ.GetAttr = baseGet
	default:
		typ.GetAttr = heapGetAttr(baseGet, getattribute, getattr)
	}
	if g, _ := slotSource(typ, func(m *Type) bool { return false }, dunderSetattr, dunderDelattr); g {
		typ.SetAttr = heapSetAttr(baseSet)
	} else {
		typ.SetAttr = baseSet
	}

	for op := BinaryOp(0); op < NumBinaryOps; op++ {
		op := op
		if g, from := slotSource(typ, func(m *Type) bool { return m.Number[op] != nil }, dunderBinary[op], dunderRBinary[op]); g {
			typ.Number[op] = heapBinary(typ, op)
		} else if from != nil {
			typ.Number[op] = from.Number[op]
		} else {
			typ.Number[op] = nil
		}
		if g, from := slotSource(typ, func(m *Type) bool { return m.Inplace[op] != nil }, dunderIBinary[op]); g {
			typ.Inplace[op] = heapInplace(op)
		} else if from != nil {
			typ.Inplace[op] = from.Inplace[op]
		} else {
			typ.Inplace[op] = nil
		}
	}

	if ci != nil {
		del, _ := slotSource(typ, func(m *Type) bool { return false }, dunderDel)
		ci.hasDel = del
		switch ci.layout {
		case ObjectType, BaseExceptionType:
			typ.Dealloc = instanceDealloc
		case TypeType:
			typ.Dealloc = nil
		default:
			typ.Dealloc = subclassDealloc(ci.layout)
		}
	}
}

// callDunder calls the method name of o's type with o as self.
func callDunder(t *Thread, o Object, name *Str, args ...Object) (Object, error) {
	attr := typeLookupT(t, o.Type(), name)
	if attr == nil {
		return nil, AttributeError(t, o, name)
	}
	return callAttrAsMethod(t, attr, o, args, nil)
}

// typeLookupT is Type.Lookup taking each dict's lock (class dicts may change
// while other threads read them).
func typeLookupT(t *Thread, typ *Type, name *Str) Object {
	for _, m := range typ.MRO {
		if m.Dict != nil {
			if v, ok := m.Dict.GetStrT(t, name); ok {
				return v
			}
		}
	}
	return nil
}

func heapRepr(t *Thread, o Object) (Object, error) { return callDunder(t, o, dunderRepr) }
func heapStr(t *Thread, o Object) (Object, error)  { return callDunder(t, o, dunderStr) }

func heapUnary(name *Str) UnaryFunc {
	return func(t *Thread, o Object) (Object, error) { return callDunder(t, o, name) }
}

func heapIter(t *Thread, o Object) (Object, error) {
	attr := typeLookupT(t, o.Type(), dunderIter)
	if attr == None {
		return nil, Errorf(t, TypeErrorType, "'%s' object is not iterable", TypeName(o))
	}
	r, err := callDunder(t, o, dunderIter)
	if err != nil {
		return nil, err
	}
	if r.Type().Next == nil {
		return nil, Errorf(t, TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(r))
	}
	return r, nil
}

func heapNext(t *Thread, o Object) (Object, error) {
	r, err := callDunder(t, o, dunderNext)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

func heapInt(t *Thread, o Object) (Object, error) {
	r, err := callDunder(t, o, dunderInt)
	if err != nil {
		return nil, err
	}
	if !r.Type().IsSubtype(IntType) {
		return nil, Errorf(t, TypeErrorType, "__int__ returned non-int (type %s)", TypeName(r))
	}
	return r, nil
}

func heapIndex(t *Thread, o Object) (Object, error) {
	r, err := callDunder(t, o, dunderIndex)
	if err != nil {
		return nil, err
	}
	if !r.Type().IsSubtype(IntType) {
		return nil, Errorf(t, TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return r, nil
}

func heapHash(t *Thread, o Object) (int64, error) {
	r, err := callDunder(t, o, dunderHash)
	if err != nil {
		return 0, err
	}
	var h int64
	switch v := r.(type) {
	case Int:
		h = int64(v)
	case Bool:
		if v {
			h = 1
		}
	case *BigInt:
		return Hash(t, v)
	default:
		return 0, Errorf(t, TypeErrorType, "__hash__ method should return an integer")
	}
	if h == -1 {
		h = -2
	}
	return h, nil
}

func heapCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	name := dunderCompare[op]
	for _, m := range a.Type().MRO {
		if m.Flags&FlagHeapType == 0 && m.Compare != nil {
			return m.Compare(t, a, b, op)
		}
		if m.Dict == nil {
			continue
		}
		if attr, ok := m.Dict.GetStrT(t, name); ok {
			if attr == None {
				return NotImplemented, nil
			}
			return callAttrAsMethod(t, attr, a, []Object{b}, nil)
		}
	}
	return NotImplemented, nil
}

func heapBool(t *Thread, o Object) (bool, error) {
	r, err := callDunder(t, o, dunderBool)
	if err != nil {
		return false, err
	}
	b, ok := r.(Bool)
	if !ok {
		return false, Errorf(t, TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
	}
	return bool(b), nil
}

func heapLen(t *Thread, o Object) (int, error) {
	r, err := callDunder(t, o, dunderLen)
	if err != nil {
		return 0, err
	}
	switch v := r.(type) {
	case Int:
		if v < 0 {
			return 0, Errorf(t, ValueErrorType, "__len__() should return >= 0")
		}
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if v.V.Sign() < 0 {
			return 0, Errorf(t, ValueErrorType, "__len__() should return >= 0")
		}
		return 0, Errorf(t, OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	n, err := IndexInt(t, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(t, ValueErrorType, "__len__() should return >= 0")
	}
	return n, nil
}

func heapGetItem(t *Thread, o, key Object) (Object, error) {
	return callDunder(t, o, dunderGetItem, key)
}

func heapSetItem(t *Thread, o, key, v Object) error {
	if v == nil {
		attr := typeLookupT(t, o.Type(), dunderDelItem)
		if attr == nil {
			return Errorf(t, AttributeErrorType, "__delitem__")
		}
		_, err := callAttrAsMethod(t, attr, o, []Object{key}, nil)
		return err
	}
	attr := typeLookupT(t, o.Type(), dunderSetItem)
	if attr == nil {
		return Errorf(t, AttributeErrorType, "__setitem__")
	}
	_, err := callAttrAsMethod(t, attr, o, []Object{key, v}, nil)
	return err
}

func heapContains(t *Thread, o, v Object) (bool, error) {
	r, err := callDunder(t, o, dunderContains, v)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func heapCall(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
	attr := typeLookupT(t, fn.Type(), dunderCall)
	if attr == nil {
		return nil, Errorf(t, TypeErrorType, "'%s' object is not callable", TypeName(fn))
	}
	return callAttrAsMethod(t, attr, fn, args, kw)
}

func heapDescrGet(t *Thread, descr, obj Object, typ *Type) (Object, error) {
	var o, ty Object = None, None
	if obj != nil {
		o = obj
	}
	if typ != nil {
		ty = typ
	}
	return callDunder(t, descr, dunderGet, o, ty)
}

func heapDescrSet(t *Thread, descr, obj, v Object) error {
	var err error
	if v == nil {
		_, err = callDunder(t, descr, dunderDelete, obj)
	} else {
		_, err = callDunder(t, descr, dunderSet, obj, v)
	}
	return err
}

func heapNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	attr := typeLookupT(t, typ, dunderNew)
	if sm, ok := attr.(*StaticMethodObj); ok {
		attr = sm.Func
	}
	all := make([]Object, len(args)+1)
	all[0] = typ
	copy(all[1:], args)
	return Call(t, attr, all, kw)
}

func heapInit(t *Thread, self Object, args []Object, kw []string) error {
	attr := typeLookupT(t, self.Type(), dunderInit)
	r, err := callAttrAsMethod(t, attr, self, args, kw)
	if err != nil {
		return err
	}
	if r != None {
		return Errorf(t, TypeErrorType, "__init__() should return None, not '%s'", TypeName(r))
	}
	return nil
}

// IsAttributeError reports whether err is an AttributeError.
func IsAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(AttributeErrorType)
}

func heapGetAttr(base GetAttrFunc, getattribute, getattr bool) GetAttrFunc {
	return func(t *Thread, o Object, name *Str) (Object, error) {
		var v Object
		var err error
		if getattribute {
			attr := typeLookupT(t, o.Type(), dunderGetattribute)
			v, err = callAttrAsMethod(t, attr, o, []Object{name}, nil)
		} else {
			v, err = base(t, o, name)
		}
		if err != nil && getattr && IsAttributeError(err) {
			if ga := typeLookupT(t, o.Type(), dunderGetattr); ga != nil {
				t.Discard(err.(*Exception))
				return callAttrAsMethod(t, ga, o, []Object{name}, nil)
			}
		}
		return v, err
	}
}

func heapSetAttr(base SetAttrFunc) SetAttrFunc {
	return func(t *Thread, o Object, name *Str, v Object) error {
		if v == nil {
			attr, owner := lookupOwner(o.Type(), dunderDelattr)
			if owner == nil || owner.Flags&FlagHeapType == 0 {
				return base(t, o, name, nil)
			}
			_, err := callAttrAsMethod(t, attr, o, []Object{name}, nil)
			return err
		}
		attr, owner := lookupOwner(o.Type(), dunderSetattr)
		if owner == nil || owner.Flags&FlagHeapType == 0 {
			return base(t, o, name, v)
		}
		_, err := callAttrAsMethod(t, attr, o, []Object{name, v}, nil)
		return err
	}
}

// heapBinary is the number slot of a class for op: as the left operand it
// calls __op__, as the right one __rop__ (the dispatcher in Binary decides
// the order, as CPython's binary_op1 does).
func heapBinary(typ *Type, op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b Object) (Object, error) {
		if a.Type() == typ {
			return heapBinaryCall(t, a, b, dunderBinary[op], op, false)
		}
		return heapBinaryCall(t, b, a, dunderRBinary[op], op, true)
	}
}

func heapBinaryCall(t *Thread, self, other Object, name *Str, op BinaryOp, reflected bool) (Object, error) {
	for _, m := range self.Type().MRO {
		if m.Flags&FlagHeapType == 0 {
			if f := m.Number[op]; f != nil {
				if reflected {
					return f(t, other, self)
				}
				return f(t, self, other)
			}
		}
		if m.Dict == nil {
			continue
		}
		if attr, ok := m.Dict.GetStrT(t, name); ok {
			if attr == None {
				return NotImplemented, nil
			}
			return callAttrAsMethod(t, attr, self, []Object{other}, nil)
		}
	}
	return NotImplemented, nil
}

func heapInplace(op BinaryOp) BinaryFunc {
	return func(t *Thread, a, b Object) (Object, error) {
		for _, m := range a.Type().MRO {
			if m.Flags&FlagHeapType == 0 {
				if f := m.Inplace[op]; f != nil {
					return f(t, a, b)
				}
			}
			if m.Dict == nil {
				continue
			}
			if attr, ok := m.Dict.GetStrT(t, dunderIBinary[op]); ok {
				if attr == None {
					return NotImplemented, nil
				}
				return callAttrAsMethod(t, attr, a, []Object{b}, nil)
			}
		}
		return NotImplemented, nil
	}
}

// buildClass is builtins.__build_class__(func, name, *bases, metaclass=None, **kwds).
func buildClass(t *Thread, args []Object, kw []string) (Object, error) {
	npos := len(args) - len(kw)
	if npos < 2 {
		return nil, Errorf(t, TypeErrorType, "__build_class__: not enough arguments")
	}
	runner, ok := args[0].(BodyRunner)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__build_class__: func must be a function")
	}
	nameStr, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := args[2:npos]
	var metaObj Object
	var kwVals []Object
	var kwNames []string
	for i, k := range kw {
		v := args[npos+i]
		if k == "metaclass" {
			metaObj = v
			continue
		}
		kwVals = append(kwVals, v)
		kwNames = append(kwNames, k)
	}
	// __mro_entries__ (PEP 560)
	baseObjs := origBases
	changed := false
	for i, b := range origBases {
		if _, ok := b.(*Type); ok {
			continue
		}
		me, err := GetAttrString(t, b, "__mro_entries__")
		if err != nil {
			continue
		}
		if !changed {
			baseObjs = append([]Object(nil), origBases[:i]...)
			changed = true
		}
		r, err := Call(t, me, []Object{NewTuple(t, append([]Object(nil), origBases...))}, nil)
		if err != nil {
			return nil, err
		}
		rt, ok := r.(*Tuple)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "__mro_entries__ must return a tuple")
		}
		baseObjs = append(baseObjs, rt.Items...)
	}
	bases := make([]*Type, 0, len(baseObjs))
	for _, b := range baseObjs {
		bt, ok := b.(*Type)
		if !ok {
			if metaObj == nil {
				return nil, Errorf(t, TypeErrorType, "bases must be types")
			}
			continue
		}
		bases = append(bases, bt)
	}
	basesTuple := NewTuple(t, append([]Object(nil), baseObjs...))
	var meta Object
	if metaObj != nil {
		meta = metaObj
		if mt, ok := metaObj.(*Type); ok {
			w, err := CalculateMetaclass(t, mt, bases)
			if err != nil {
				return nil, err
			}
			meta = w
		}
	} else {
		var mt *Type = TypeType
		if len(bases) > 0 {
			mt = bases[0].Type()
		}
		w, err := CalculateMetaclass(t, mt, bases)
		if err != nil {
			return nil, err
		}
		meta = w
	}
	var ns *Dict
	if prep, err := GetAttrString(t, meta, "__prepare__"); err == nil {
		pv := append([]Object{nameStr, basesTuple}, kwVals...)
		r, err := Call(t, prep, pv, kwNames)
		if err != nil {
			return nil, err
		}
		d, ok := r.(*Dict)
		if !ok {
			mname := "<metaclass>"
			if mt, ok := meta.(*Type); ok {
				mname = mt.Name
			}
			return nil, Errorf(t, TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mname, TypeName(r))
		}
		ns = d
	} else if !IsAttributeError(err) {
		return nil, err
	} else {
		t.Discard(err.(*Exception))
		ns = NewDict()
	}
	t.Incref(ns)
	defer t.Decref(ns)
	cellObj, err := runner.RunWithLocals(t, ns)
	if err != nil {
		return nil, err
	}
	if changed {
		ns.SetStr(t, Intern("__orig_bases__"), NewTuple(t, append([]Object(nil), origBases...)))
	}
	callArgs := append([]Object{nameStr, basesTuple, ns}, kwVals...)
	cls, err := Call(t, meta, callArgs, kwNames)
	if err != nil {
		return nil, err
	}
	if cell, ok := cellObj.(*Cell); ok {
		if cur := cell.Get(t); cur == nil {
			cell.Set(t, cls)
		} else if cur != cls {
			if ct, ok := cls.(*Type); ok {
				return nil, Errorf(t, TypeErrorType, "__class__ set to %s defining '%s' as %s", reprOrEmpty(t, cur), nameStr.s, reprOrEmpty(t, ct))
			}
		}
	}
	return cls, nil
}

func reprOrEmpty(t *Thread, o Object) string {
	r, err := Repr(t, o)
	if err != nil {
		return "?"
	}
	return r.s
}
