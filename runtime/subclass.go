package runtime

import "sync"

// Instances of classes deriving from built-in types.
//
// An instance of a subclass of a built-in container (list, tuple, dict, set,
// frozenset) is the built-in's own Go struct (*List, *Tuple, *Dict, *Set)
// carrying its class and an attribute dict, so every built-in method and Go
// helper works on it; Type() returns the class. Generic fast paths that
// shortcut a slot must check the exact type (o.Type() == ListType) when a
// subclass could override the behaviour.
//
// An instance of a subclass of a value type (int, float, complex, str,
// bytes, bytearray) is a *ValueInstance wrapping the built-in value; the
// number, string and bytes helpers see through it via BaseValuer.
//
// Types defined in other packages (collections.deque) become subclassable
// with AllowSubclassing; their New must honour the type it is given and
// their objects implement InstanceDictHolder for the attribute dict.

// subInst is what an instance of a container subclass carries besides the
// built-in's state.
type subInst struct {
	typ  *Type
	dict *Dict // owned (see newOwnedDict); nil for non-heap types
}

// newSubInst returns the class record for an instance of typ (nil when typ
// is the built-in itself).
func newSubInst(typ, builtin *Type) *subInst {
	if typ == nil || typ == builtin {
		return nil
	}
	si := &subInst{typ: typ}
	if typ.Flags&FlagHeapType != 0 {
		si.dict = newOwnedDict()
	}
	return si
}

// NewInstanceDict returns the attribute dict for a new instance of typ
// (a class deriving from a built-in type defined outside this package), or
// nil when typ is not a class. The object owns the dict; its Dealloc must
// not touch it (the class's Dealloc releases it).
func NewInstanceDict(typ *Type) *Dict {
	if typ.Flags&FlagHeapType == 0 {
		return nil
	}
	return newOwnedDict()
}

// InstanceDictHolder is implemented by objects of Go types outside this
// package whose instances may belong to classes: InstanceDict returns the
// instance's attribute dict (nil when it has none).
type InstanceDictHolder interface {
	InstanceDict() *Dict
}

// ValueInstance is an instance of a class deriving from int, float,
// complex, str, bytes or bytearray: the built-in value it carries and its
// attribute dict.
type ValueInstance struct {
	Header
	typ  *Type
	V    Object // Int, *BigInt, Float, Complex, *Str, *Bytes or *ByteArray
	Dict *Dict
}

// Type returns the instance's class.
func (v *ValueInstance) Type() *Type { return v.typ }

// BaseValue returns the built-in value the instance carries.
func (v *ValueInstance) BaseValue() Object { return v.V }

// NewValueInstance returns an instance of typ (a subclass of int, float,
// complex, str, bytes or bytearray) carrying v (a value of that base type or
// an instance carrying one).
func NewValueInstance(t *Thread, typ *Type, v Object) (Object, error) {
	if bv, ok := v.(BaseValuer); ok {
		v = bv.BaseValue()
	}
	if b, ok := v.(Bool); ok {
		v = Int(0)
		if b {
			v = Int(1)
		}
	}
	t.Incref(v)
	return &ValueInstance{typ: typ, V: v, Dict: NewInstanceDict(typ)}, nil
}

func init() { NewIntSubclassHook = NewValueInstance }

// extraLayouts holds the types of other packages that AllowSubclassing made
// subclassable.
var extraLayouts sync.Map // *Type -> bool

// AllowSubclassing lets classes derive from typ, a built-in type defined
// outside this package. typ.New must create instances of the type it is
// passed, holding the dict from NewInstanceDict and implementing
// InstanceDictHolder.
func AllowSubclassing(typ *Type) {
	typ.Flags |= FlagBaseType
	extraLayouts.Store(typ, true)
}

// builtinLayouts are the built-in types of this package whose subclasses
// pyg can create (see layoutSupported).
var builtinLayouts map[*Type]bool

func init() {
	builtinLayouts = map[*Type]bool{
		ObjectType: true, BaseExceptionType: true, TypeType: true,
		ListType: true, TupleType: true, DictType: true, SetType: true, FrozenSetType: true,
		IntType: true, FloatType: true, ComplexType: true, StrType: true, BytesType: true, ByteArrayType: true,
		PropertyType: true, ClassMethodType: true, StaticMethodType: true,
	}
}

// subclassDictOf returns the attribute dict of an instance of a class
// deriving from a built-in type other than object (nil otherwise).
func subclassDictOf(o Object) *Dict {
	switch v := o.(type) {
	case *List:
		if v.sub != nil {
			return v.sub.dict
		}
	case *Tuple:
		if v.sub != nil {
			return v.sub.dict
		}
	case *Dict:
		return v.attrs()
	case *Set:
		return v.attrs
	case *ValueInstance:
		return v.Dict
	case *Property:
		return v.attrs
	case *ClassMethodObj:
		return v.Dict
	case *StaticMethodObj:
		return v.Dict
	case InstanceDictHolder:
		return v.InstanceDict()
	}
	return nil
}

// subclassDealloc is the Dealloc of a class whose instances have the layout
// of the built-in type layout: __del__, then the built-in's Dealloc, then the
// attribute dict.
func subclassDealloc(layout *Type) DeallocFunc {
	return func(t *Thread, o Object) {
		runFinalizer(t, o)
		if v, ok := o.(*ValueInstance); ok {
			t.Decref(v.V)
			releaseOwnedDict(t, v.Dict)
			return
		}
		d := subclassDictOf(o)
		switch o.(type) {
		case *ClassMethodObj, *StaticMethodObj:
			d = nil // their Dealloc releases their dict
		}
		if f := layout.Dealloc; f != nil {
			f(t, o)
		}
		releaseOwnedDict(t, d)
	}
}

// __slots__: a class whose __slots__ does not name __dict__, and whose bases
// have no __dict__ either, refuses new attributes. Each slot is a member
// descriptor on the class; pyg keeps the slot values in the instance's
// attribute dict (which is not visible as __dict__).

// MemberDescrType is the type of the descriptors __slots__ creates.
var MemberDescrType = NewBuiltinType("member_descriptor", "builtins", nil, 0)

type memberDescr struct {
	Header
	name  *Str
	owner *Type
}

func (*memberDescr) Type() *Type { return MemberDescrType }

func init() {
	MemberDescrType.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*memberDescr)
		return NewStr("<member '" + m.name.s + "' of '" + m.owner.Name + "' objects>"), nil
	}
	MemberDescrType.DescrGet = func(t *Thread, descr, obj Object, typ *Type) (Object, error) {
		m := descr.(*memberDescr)
		if obj == nil || obj == None {
			return m, nil
		}
		if inst, ok := obj.(*Instance); ok && inst.Type().IsSubtype(m.owner) {
			if v, ok := inst.GetAttrStr(t, m.name); ok {
				return v, nil
			}
		} else if d := dictOf(obj, false); d != nil {
			if v, ok := d.GetStrT(t, m.name); ok {
				return v, nil
			}
		}
		return nil, AttributeError(t, obj, m.name)
	}
	MemberDescrType.DescrSet = func(t *Thread, descr, obj, v Object) error {
		m := descr.(*memberDescr)
		if inst, ok := obj.(*Instance); ok && inst.keys() != nil && inst.Type().IsSubtype(m.owner) {
			return storeStr(t, instAttrs{inst}, obj, m.name, v)
		}
		d := dictOf(obj, false)
		if d == nil || !obj.Type().IsSubtype(m.owner) {
			return Errorf(t, TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name.s, m.owner.Name, TypeName(obj))
		}
		return storeStr(t, d, obj, m.name, v)
	}
}

// classSlots handles the __slots__ of a new class (ns is its dict): it adds
// the member descriptors and reports whether instances lack a __dict__.
func classSlots(t *Thread, typ *Type, ns *Dict, bases []*Type) (noDict bool, err error) {
	sv, ok := ns.GetStr(Intern("__slots__"))
	if !ok {
		return false, nil
	}
	var names []Object
	if s, ok := strAs(sv); ok {
		names = []Object{s}
	} else if names, err = IterateAll(t, sv); err != nil {
		return false, err
	}
	noDict = true
	for _, n := range names {
		s, ok := strAs(n)
		if !ok {
			return false, Errorf(t, TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(n))
		}
		switch s.s {
		case "__dict__":
			noDict = false
			continue
		case "__weakref__":
			continue
		}
		name := Intern(s.s)
		if _, clash := ns.GetStr(name); clash {
			return false, Errorf(t, ValueErrorType, "'%s' in __slots__ conflicts with class variable", s.s)
		}
		m := &memberDescr{name: name, owner: typ}
		SetImmortal(m)
		ns.SetStr(t, name, m)
	}
	for _, b := range bases {
		if b.Flags&FlagHeapType != 0 {
			if ci, ok := b.Extra.(*classInfo); ok && !ci.noDict {
				noDict = false
			}
		}
	}
	return noDict, nil
}

// slotsSetAttr is the attribute setter of a class without __dict__.
func slotsSetAttr(t *Thread, o Object, name *Str, v Object) error {
	return GenericSetAttr(t, o, name, v, nil)
}

// InstancesHaveDict reports whether instances of typ accept new attributes
// in their dict (false for a class whose __slots__ leaves out __dict__).
// The VM's attribute caches must not store attributes of such instances
// directly into Instance.Dict.
func InstancesHaveDict(typ *Type) bool {
	if ci, ok := typ.Extra.(*classInfo); ok && typ.Flags&FlagHeapType != 0 {
		return !ci.noDict
	}
	return true
}
