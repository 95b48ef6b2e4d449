package runtime

import (
	"fmt"
	"math"
	"sort"
	"unsafe"
)

// This file implements the slots and methods of object and type: instance
// creation, the default repr/hash/comparison, attribute access on instances
// and on types, and type's call (creating instances or classes).

// ObjectAddr returns the fake memory address CPython would print for o
// (id(o), the 0x... in default reprs). Heap objects use their Go address
// (Go's collector does not move heap objects); values derive one from their
// contents so equal small values share an id.
func ObjectAddr(o Object) uintptr {
	if h := o.header(); h != nil {
		return uintptr(unsafe.Pointer(h))
	}
	const base = 0x7f0000000000
	switch v := o.(type) {
	case Int:
		return base + uintptr(v)*32
	case Bool:
		if v {
			return base - 64
		}
		return base - 96
	case Float:
		return base + 0x100000000000 + uintptr(math.Float64bits(float64(v))>>4)
	case Complex:
		return base + 0x200000000000 + uintptr(math.Float64bits(real(v))>>4) ^ uintptr(math.Float64bits(imag(v))>>8)
	case NoneType:
		return base - 128
	case NotImplementedType:
		return base - 160
	case EllipsisType:
		return base - 192
	case *BigInt:
		return uintptr(unsafe.Pointer(v))
	}
	return base - 224
}

// objectAddrString is the %p of CPython's default reprs.
func objectAddrString(o Object) string { return fmt.Sprintf("0x%x", ObjectAddr(o)) }

// typeDisplayName is the "module.qualname" of a type as reprs show it
// (just the qualname for built-ins).
func typeDisplayName(typ *Type) string {
	mod := typeModule(typ)
	if mod == "" || mod == "builtins" {
		return typ.QualName
	}
	return mod + "." + typ.QualName
}

// typeModule returns __module__ of a type (from its dict for classes).
func typeModule(typ *Type) string {
	if typ.Flags&FlagHeapType != 0 && typ.Dict != nil {
		if v, ok := typ.Dict.GetStr(Intern("__module__")); ok {
			if s, ok := v.(*Str); ok {
				return s.s
			}
		}
	}
	return typ.Module
}

// dictOf returns o's instance dict, or nil when o has none. With create set,
// objects whose dict is made on demand (exceptions) get one. A class
// instance in the split form has none here (GenericGetAttr and
// GenericSetAttr read and write its values); fullDictOf makes it one.
func dictOf(o Object, create bool) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.dict.Load()
	case *Exception:
		return excDict(v, create)
	case *Module:
		return v.Dict
	}
	return subclassDictOf(o)
}

// lookupOwner finds name along typ's MRO, returning the value and the class
// whose dict holds it.
func lookupOwner(typ *Type, name *Str) (Object, *Type) {
	for _, m := range typ.MRO {
		if m.Dict != nil {
			if v, ok := m.Dict.GetStr(name); ok {
				return v, m
			}
		}
	}
	return nil, nil
}

// overrides reports whether typ defines name somewhere below object.
func overrides(typ *Type, name *Str) bool {
	_, owner := lookupOwner(typ, name)
	return owner != nil && owner != ObjectType
}

var (
	dunderInit = Intern("__init__")
	dunderNew  = Intern("__new__")
)

// objectNew is object.__new__ and the default instance creation of classes.
func objectNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(args) > 0 {
		if overrides(typ, dunderNew) {
			return nil, Errorf(t, TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !overrides(typ, dunderInit) {
			return nil, Errorf(t, TypeErrorType, "%s() takes no arguments", typ.Name)
		}
	}
	return allocInstance(t, typ)
}

// allocInstance creates an empty instance of a class, in the layout of the
// built-in type it derives from.
func allocInstance(t *Thread, typ *Type) (Object, error) {
	switch classLayout(typ) {
	case ObjectType:
		if typ == ObjectType {
			o := &Instance{}
			o.typ.Store(ObjectType)
			return o, nil
		}
		return NewInstance(typ), nil
	case BaseExceptionType:
		return newExceptionInstance(t, typ, NewTuple(t, nil)), nil
	}
	return nil, Errorf(t, TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", typ.Name, typ.Name)
}

// classLayout returns the built-in type whose Go struct holds typ's instances.
func classLayout(typ *Type) *Type {
	if typ.Flags&FlagHeapType != 0 {
		if ci, ok := typ.Extra.(*classInfo); ok {
			return ci.layout
		}
	}
	if typ.Flags&FlagException != 0 {
		return BaseExceptionType
	}
	return typ
}

func objectInit(t *Thread, self Object, args []Object, kw []string) error {
	if len(args) > 0 {
		typ := self.Type()
		if overrides(typ, dunderInit) {
			return Errorf(t, TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !overrides(typ, dunderNew) && !builtinNewBelow(typ) {
			return Errorf(t, TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
		}
	}
	return nil
}

// builtinNewBelow reports whether the first built-in type along typ's MRO
// with a New slot is not object (a class deriving from int, tuple...: its
// __new__ consumed the arguments, as CPython's tp_new != object_new test).
func builtinNewBelow(typ *Type) bool {
	for _, m := range typ.MRO {
		if m.Flags&FlagHeapType == 0 && m.New != nil {
			return m != ObjectType
		}
	}
	return false
}

func objectRepr(t *Thread, o Object) (Object, error) {
	return NewStr(fmt.Sprintf("<%s object at %s>", typeDisplayName(o.Type()), objectAddrString(o))), nil
}

func objectStr(t *Thread, o Object) (Object, error) {
	return Repr(t, o)
}

func objectHash(t *Thread, o Object) (int64, error) {
	p := uint64(ObjectAddr(o))
	h := int64(p>>4 | p<<60)
	if h == -1 {
		h = -2
	}
	return h, nil
}

func objectCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	switch op {
	case OpEq:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case OpNe:
		// != inverts the result of the type's ==.
		f := a.Type().Compare
		if f == nil {
			return NotImplemented, nil
		}
		r, err := f(t, a, b, OpEq)
		if err != nil || r == NotImplemented {
			return r, err
		}
		v, err := Truth(t, r)
		if err != nil {
			return nil, err
		}
		return NewBool(!v), nil
	}
	return NotImplemented, nil
}

// fullDictOf is dictOf(o, true), giving a split class instance its dict.
func fullDictOf(t *Thread, o Object) *Dict {
	if inst, ok := o.(*Instance); ok {
		return inst.DictT(t)
	}
	return dictOf(o, true)
}

func objectGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	return GenericGetAttr(t, o, name, dictOf(o, false))
}

func objectSetAttr(t *Thread, o Object, name *Str, v Object) error {
	if typ, ok := o.(*Type); ok {
		return typeSetAttr(t, typ, name, v)
	}
	return GenericSetAttr(t, o, name, v, dictOf(o, true))
}

// attrNameArg checks an attribute name argument.
func attrNameArg(t *Thread, v Object) (*Str, error) {
	s, ok := strAs(v) // a str subclass instance names its str value
	if !ok {
		return nil, Errorf(t, TypeErrorType, "attribute name must be string, not '%s'", TypeName(v))
	}
	return s, nil
}

// DirObject returns the sorted attribute names of o (object.__dir__ plus
// sorting, or type.__dir__ for classes).
func DirObject(t *Thread, o Object) ([]string, error) {
	seen := map[string]bool{}
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys(t) {
			if s, ok := k.(*Str); ok {
				seen[s.s] = true
			}
		}
	}
	if typ, ok := o.(*Type); ok {
		for _, m := range typ.MRO {
			addDict(m.Dict)
		}
	} else {
		addDict(fullDictOf(t, o))
		for _, m := range o.Type().MRO {
			addDict(m.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	return names, nil
}

func nameList(t *Thread, names []string) *List {
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewList(t, items)
}

// excessArgs reports whether a method taking only self got arguments.
func noArgs(t *Thread, fname string, args []Object, kw []string) error {
	if len(args) != 0 {
		return Errorf(t, TypeErrorType, "%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

func init() {
	o := ObjectType
	o.New = objectNew
	o.Init = objectInit
	o.Repr = objectRepr
	o.Str = objectStr
	o.Hash = objectHash
	o.Compare = objectCompare
	o.GetAttr = objectGetAttr
	o.SetAttr = objectSetAttr
	o.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"

	o.AddMethod("__new__", StaticMethod, func(t *Thread, _ Object, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, Errorf(t, TypeErrorType, "object.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		if l := classLayout(typ); l != ObjectType && l != BaseExceptionType {
			return nil, Errorf(t, TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", typ.Name, l.Name)
		}
		if l := classLayout(typ); l == BaseExceptionType {
			return excNew(t, typ, args[1:], kw)
		}
		return objectNew(t, typ, args[1:], kw)
	})
	o.AddMethod("__init__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := objectInit(t, self, args, kw); err != nil {
			return nil, err
		}
		return None, nil
	})
	o.AddMethod("__repr__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := noArgs(t, "object.__repr__", args, kw); err != nil {
			return nil, err
		}
		return objectRepr(t, self)
	})
	o.AddMethod("__str__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := noArgs(t, "object.__str__", args, kw); err != nil {
			return nil, err
		}
		return ToStr(t, self)
	})
	o.AddMethod("__hash__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := noArgs(t, "object.__hash__", args, kw); err != nil {
			return nil, err
		}
		h, err := objectHash(t, self)
		return Int(h), err
	})
	for op, name := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		op := CompareOp(op)
		fname := "object." + name
		o.AddMethod(name, InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := CheckArgs(t, fname, args, kw, 1, 1); err != nil {
				return nil, err
			}
			return objectCompare(t, self, args[0], op)
		})
	}
	o.AddMethod("__getattribute__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__getattribute__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, err := attrNameArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if typ, ok := self.(*Type); ok {
			return typeGetAttr(t, typ, name)
		}
		return GenericGetAttr(t, self, name, dictOf(self, false))
	})
	o.AddMethod("__setattr__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__setattr__", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrNameArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return None, objectSetAttr(t, self, name, args[1])
	})
	o.AddMethod("__delattr__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__delattr__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		name, err := attrNameArg(t, args[0])
		if err != nil {
			return nil, err
		}
		return None, objectSetAttr(t, self, name, nil)
	})
	o.AddMethod("__format__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__format__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		spec, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "__format__() argument must be str, not %s", TypeName(args[0]))
		}
		if spec.s != "" {
			return nil, Errorf(t, TypeErrorType, "unsupported format string passed to %s.__format__", self.Type().Name)
		}
		return ToStr(t, self)
	})
	o.AddMethod("__dir__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := noArgs(t, "__dir__", args, kw); err != nil {
			return nil, err
		}
		names, err := DirObject(t, self)
		if err != nil {
			return nil, err
		}
		return nameList(t, names), nil
	})
	o.AddMethod("__init_subclass__", ClassMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(kw) > 0 {
			return nil, Errorf(t, TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", self.(*Type).Name)
		}
		if len(args) > 0 {
			return nil, Errorf(t, TypeErrorType, "%s.__init_subclass__() takes no arguments (%d given)", self.(*Type).Name, len(args))
		}
		return None, nil
	})
	o.AddMethod("__subclasshook__", ClassMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return NotImplemented, nil
	})
	o.AddMethod("__reduce_ex__", InstanceMethod, objectReduce)
	o.AddMethod("__reduce__", InstanceMethod, objectReduce)
	o.AddMethod("__getstate__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if d := fullDictOf(t, self); d != nil && d.Len() > 0 {
			return d, nil
		}
		return None, nil
	})
	o.AddMethod("__sizeof__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return Int(unsafe.Sizeof(Instance{})), nil
	})
	o.AddGetSet("__class__", func(t *Thread, self Object) (Object, error) {
		return self.Type(), nil
	}, func(t *Thread, self, v Object) error {
		return objectSetClass(t, self, v)
	})
	o.AddAttr("__doc__", NewStr(o.Doc))
}

// objectSetClass implements __class__ assignment between classes whose
// instances have the same layout.
func objectSetClass(t *Thread, self, v Object) error {
	if v == nil {
		return Errorf(t, TypeErrorType, "can't delete __class__ attribute")
	}
	nt, ok := v.(*Type)
	if !ok {
		return Errorf(t, TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeName(v))
	}
	old := self.Type()
	if old.Flags&FlagHeapType == 0 || nt.Flags&FlagHeapType == 0 {
		return Errorf(t, TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if classLayout(old) != classLayout(nt) {
		return Errorf(t, TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, old.Name)
	}
	switch o := self.(type) {
	case *Instance:
		o.DictT(t) // (split values follow the old class's names)
		o.typ.Store(nt)
		return nil
	}
	return Errorf(t, TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
}

// typeCall is calling a type: type(x), type(name, bases, dict), or creating
// an instance (__new__, then __init__ if the result is an instance).
func typeCall(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
	typ := fn.(*Type)
	if typ == TypeType {
		npos := len(args) - len(kw)
		if npos == 1 && len(kw) == 0 {
			return args[0].Type(), nil
		}
		if npos != 3 {
			return nil, Errorf(t, TypeErrorType, "type() takes 1 or 3 arguments")
		}
	}
	if typ.New == nil {
		return nil, Errorf(t, TypeErrorType, "cannot create '%s' instances", typeDisplayName(typ))
	}
	obj, err := typ.New(t, typ, args, kw)
	if err != nil {
		return nil, err
	}
	ot := obj.Type()
	if ot != typ && !ot.IsSubtype(typ) {
		return obj, nil
	}
	if ot.Init != nil {
		if err := ot.Init(t, obj, args, kw); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// typeNew is type.__new__(meta, name, bases, dict, **kwds).
func typeNew(t *Thread, meta *Type, args []Object, kw []string) (Object, error) {
	npos := len(args) - len(kw)
	if npos != 3 {
		return nil, Errorf(t, TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", npos)
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
	}
	bt, ok := args[1].(*Tuple)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
	}
	ns, ok := args[2].(*Dict)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
	}
	bases := make([]*Type, len(bt.Items))
	for i, b := range bt.Items {
		if bases[i], ok = b.(*Type); !ok {
			return nil, Errorf(t, TypeErrorType, "bases must be types")
		}
	}
	winner, err := CalculateMetaclass(t, meta, bases)
	if err != nil {
		return nil, err
	}
	return newClass(t, winner, name.s, bases, ns, args[3:], kw)
}

func typeInit(t *Thread, self Object, args []Object, kw []string) error {
	npos := len(args) - len(kw)
	if npos == 1 && len(kw) > 0 {
		return Errorf(t, TypeErrorType, "type.__init__() takes no keyword arguments")
	}
	if npos != 1 && npos != 3 {
		return Errorf(t, TypeErrorType, "type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

func typeRepr(t *Thread, o Object) (Object, error) {
	return NewStr("<class '" + typeDisplayName(o.(*Type)) + "'>"), nil
}

// typeGetAttr is type.__getattribute__: data descriptors of the metaclass,
// then the class's MRO (descriptors bound with no instance), then other
// metaclass attributes.
func typeGetAttr(t *Thread, typ *Type, name *Str) (Object, error) {
	meta := typ.Type()
	metaAttr := meta.Lookup(name)
	if metaAttr != nil {
		if gs, ok := metaAttr.(*GetSetDescr); ok {
			return gs.Get(t, typ)
		}
		mt := metaAttr.Type()
		if mt.DescrGet != nil && mt.DescrSet != nil {
			return mt.DescrGet(t, metaAttr, typ, meta)
		}
	}
	var attr Object
	if typ.Flags&FlagHeapType != 0 {
		attr = typeLookupT(t, typ, name)
	} else {
		attr = typ.Lookup(name)
	}
	if attr != nil {
		return bindAttr(t, attr, nil, typ)
	}
	if metaAttr != nil {
		return bindAttr(t, metaAttr, typ, meta)
	}
	if w := slotWrapperAfter(typ, nil, name); w != nil {
		return w, nil
	}
	return nil, AttributeError(t, typ, name)
}

func typeGetAttrSlot(t *Thread, o Object, name *Str) (Object, error) {
	return typeGetAttr(t, o.(*Type), name)
}

func isDunder(s string) bool {
	return len(s) > 4 && s[:2] == "__" && s[len(s)-2:] == "__"
}

// typeSetAttr sets (v nil: deletes) a class attribute; assigning a dunder
// updates the slot table.
func typeSetAttr(t *Thread, typ *Type, name *Str, v Object) error {
	if typ.Flags&FlagHeapType == 0 {
		if v == nil {
			return Errorf(t, TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name.s, typ.Name)
		}
		return Errorf(t, TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, typ.Name)
	}
	meta := typ.Type()
	if metaAttr := meta.Lookup(name); metaAttr != nil {
		if set := metaAttr.Type().DescrSet; set != nil {
			return set(t, metaAttr, typ, v)
		}
	}
	if v == nil {
		if !typ.Dict.DelStr(t, name) {
			return AttributeError(t, typ, name)
		}
	} else {
		typ.Dict.SetStr(t, name, v)
	}
	if isDunder(name.s) {
		typ.UpdateSlots()
	}
	return nil
}

func typeSetAttrSlot(t *Thread, o Object, name *Str, v Object) error {
	return typeSetAttr(t, o.(*Type), name, v)
}

// MappingProxy is a read-only view of a dict (a class's __dict__).
type MappingProxy struct {
	Header
	D *Dict
}

// MappingProxyType is the type of MappingProxy.
var MappingProxyType = NewBuiltinType("mappingproxy", "builtins", nil, 0)

// Type returns mappingproxy.
func (*MappingProxy) Type() *Type { return MappingProxyType }

func init() {
	mp := MappingProxyType
	mp.Repr = func(t *Thread, o Object) (Object, error) {
		r, err := Repr(t, o.(*MappingProxy).D)
		if err != nil {
			return nil, err
		}
		return NewStr("mappingproxy(" + r.s + ")"), nil
	}
	mp.Str = func(t *Thread, o Object) (Object, error) { return ToStr(t, o.(*MappingProxy).D) }
	mp.Len = func(t *Thread, o Object) (int, error) { return o.(*MappingProxy).D.Len(), nil }
	mp.GetItem = func(t *Thread, o, key Object) (Object, error) { return GetItem(t, o.(*MappingProxy).D, key) }
	mp.Contains = func(t *Thread, o, v Object) (bool, error) {
		_, ok, err := o.(*MappingProxy).D.GetItem(t, v)
		return ok, err
	}
	mp.Iter = func(t *Thread, o Object) (Object, error) { return Iter(t, o.(*MappingProxy).D) }
	mp.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		if p, ok := b.(*MappingProxy); ok {
			b = p.D
		}
		return RichCompare(t, a.(*MappingProxy).D, b, op)
	}
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		mp.AddMethod(name, InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			fn, err := GetAttrString(t, self.(*MappingProxy).D, name)
			if err != nil {
				return nil, err
			}
			return Call(t, fn, args, kw)
		})
	}

	ty := TypeType
	ty.Call = typeCall
	ty.New = typeNew
	ty.Init = typeInit
	ty.Repr = typeRepr
	ty.Hash = objectHash
	ty.Compare = objectCompare
	ty.GetAttr = typeGetAttrSlot
	ty.SetAttr = typeSetAttrSlot
	ty.Number[OpOr] = typeOr
	ty.Doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"

	ty.AddGetSet("__name__", func(t *Thread, self Object) (Object, error) {
		return NewStr(self.(*Type).Name), nil
	}, func(t *Thread, self, v Object) error {
		typ := self.(*Type)
		s, ok := v.(*Str)
		if typ.Flags&FlagHeapType == 0 {
			return Errorf(t, TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'", typ.Name)
		}
		if !ok {
			return Errorf(t, TypeErrorType, "can only assign string to %s.__name__, not '%s'", typ.Name, TypeName(v))
		}
		typ.Name = s.s
		return nil
	})
	ty.AddGetSet("__qualname__", func(t *Thread, self Object) (Object, error) {
		return NewStr(self.(*Type).QualName), nil
	}, func(t *Thread, self, v Object) error {
		typ := self.(*Type)
		s, ok := v.(*Str)
		if typ.Flags&FlagHeapType == 0 {
			return Errorf(t, TypeErrorType, "cannot set '__qualname__' attribute of immutable type '%s'", typ.Name)
		}
		if !ok {
			return Errorf(t, TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", typ.Name, TypeName(v))
		}
		typ.QualName = s.s
		return nil
	})
	ty.AddGetSet("__module__", func(t *Thread, self Object) (Object, error) {
		typ := self.(*Type)
		if typ.Flags&FlagHeapType != 0 {
			if v, ok := typ.Dict.GetStrT(t, Intern("__module__")); ok {
				return v, nil
			}
		}
		return NewStr(typ.Module), nil
	}, func(t *Thread, self, v Object) error {
		typ := self.(*Type)
		if typ.Flags&FlagHeapType == 0 {
			return Errorf(t, TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'", typ.Name)
		}
		if v == nil {
			return Errorf(t, TypeErrorType, "cannot delete '__module__' attribute of immutable type '%s'", typ.Name)
		}
		typ.Dict.SetStr(t, Intern("__module__"), v)
		return nil
	})
	ty.AddGetSet("__doc__", func(t *Thread, self Object) (Object, error) {
		typ := self.(*Type)
		if typ.Flags&FlagHeapType == 0 {
			if typ.Doc == "" {
				if v, ok := typ.Dict.GetStr(Intern("__doc__")); ok {
					return v, nil
				}
				return None, nil
			}
			return NewStr(typ.Doc), nil
		}
		v, ok := typ.Dict.GetStrT(t, Intern("__doc__"))
		if !ok {
			return None, nil
		}
		if g := v.Type().DescrGet; g != nil {
			return g(t, v, nil, typ)
		}
		return v, nil
	}, func(t *Thread, self, v Object) error {
		typ := self.(*Type)
		if typ.Flags&FlagHeapType == 0 {
			return Errorf(t, TypeErrorType, "cannot set '__doc__' attribute of immutable type '%s'", typ.Name)
		}
		if v == nil {
			v = None
		}
		typ.Dict.SetStr(t, Intern("__doc__"), v)
		return nil
	})
	ty.AddGetSet("__bases__", func(t *Thread, self Object) (Object, error) {
		typ := self.(*Type)
		items := make([]Object, len(typ.Bases))
		for i, b := range typ.Bases {
			items[i] = b
		}
		return NewTuple(t, items), nil
	}, nil)
	ty.AddGetSet("__base__", func(t *Thread, self Object) (Object, error) {
		typ := self.(*Type)
		if typ.Base == nil {
			return None, nil
		}
		return typ.Base, nil
	}, nil)
	ty.AddGetSet("__mro__", func(t *Thread, self Object) (Object, error) {
		typ := self.(*Type)
		items := make([]Object, len(typ.MRO))
		for i, b := range typ.MRO {
			items[i] = b
		}
		return NewTuple(t, items), nil
	}, nil)
	ty.AddGetSet("__dict__", func(t *Thread, self Object) (Object, error) {
		return &MappingProxy{D: self.(*Type).Dict}, nil
	}, nil)
	ty.AddMethod("mro", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		typ := self.(*Type)
		items := make([]Object, len(typ.MRO))
		for i, b := range typ.MRO {
			items[i] = b
		}
		return NewList(t, items), nil
	})
	ty.AddMethod("__subclasses__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		subs := subclassesOf(self.(*Type))
		items := make([]Object, len(subs))
		for i, b := range subs {
			items[i] = b
		}
		return NewList(t, items), nil
	})
	ty.AddMethod("__instancecheck__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__instancecheck__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return NewBool(IsInstance(args[0], self.(*Type))), nil
	})
	ty.AddMethod("__subclasscheck__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__subclasscheck__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		sub, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return NewBool(sub.IsSubtype(self.(*Type))), nil
	})
	ty.AddMethod("__prepare__", ClassMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return NewDict(), nil
	})
	ty.AddMethod("__call__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return typeCall(t, self, args, kw)
	})
	ty.AddMethod("__new__", StaticMethod, func(t *Thread, _ Object, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, Errorf(t, TypeErrorType, "type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*Type)
		if !ok || !meta.IsSubtype(TypeType) {
			return nil, Errorf(t, TypeErrorType, "type.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		return typeNew(t, meta, args[1:], kw)
	})
	ty.AddMethod("__init__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return None, typeInit(t, self, args, kw)
	})
	ty.AddMethod("__repr__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return typeRepr(t, self)
	})
	ty.AddMethod("__dir__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		names, err := DirObject(t, self)
		if err != nil {
			return nil, err
		}
		return nameList(t, names), nil
	})
	ty.AddMethod("__or__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__or__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return typeOr(t, self, args[0])
	})
	ty.AddMethod("__ror__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__ror__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return typeOr(t, args[0], self)
	})
}

// UnionObj is the result of X | Y on types (types.UnionType), used by annotations.
type UnionObj struct {
	Header
	Args []Object
}

// UnionType is the type of X | Y.
var UnionType = NewBuiltinType("UnionType", "types", nil, 0)

// Type returns types.UnionType.
func (*UnionObj) Type() *Type { return UnionType }

func unionArg(o Object) bool {
	switch o.(type) {
	case *Type, *UnionObj, NoneType, *GenericAlias:
		return true
	}
	return false
}

func typeOr(t *Thread, a, b Object) (Object, error) {
	if !unionArg(a) || !unionArg(b) {
		return NotImplemented, nil
	}
	var args []Object
	add := func(o Object) {
		if u, ok := o.(*UnionObj); ok {
			for _, x := range u.Args {
				add1(&args, x)
			}
			return
		}
		if o == None {
			o = NoneTypeType
		}
		add1(&args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionObj{Args: args}, nil
}

func add1(args *[]Object, o Object) {
	for _, x := range *args {
		if x == o {
			return
		}
	}
	*args = append(*args, o)
}

func init() {
	u := UnionType
	u.Number[OpOr] = typeOr
	u.Repr = func(t *Thread, o Object) (Object, error) {
		var parts []string
		for _, a := range o.(*UnionObj).Args {
			parts = append(parts, typeArgRepr(t, a))
		}
		return NewStr(joinStrings(parts, " | ")), nil
	}
	u.Hash = objectHash
	u.AddGetSet("__args__", func(t *Thread, self Object) (Object, error) {
		return NewTuple(t, append([]Object(nil), self.(*UnionObj).Args...)), nil
	}, nil)
}

// typeArgRepr is how typing reprs show a type argument: int, __main__.C, None.
func typeArgRepr(t *Thread, o Object) string {
	if o == NoneTypeType || o == None {
		return "None"
	}
	if typ, ok := o.(*Type); ok {
		return typeDisplayName(typ)
	}
	if o == Ellipsis {
		return "..."
	}
	return reprOrEmpty(t, o)
}

func joinStrings(parts []string, sep string) string {
	n := 0
	for _, p := range parts {
		n += len(p) + len(sep)
	}
	b := make([]byte, 0, n)
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

// GenericAlias is list[int] and the like (types.GenericAlias), used by annotations.
type GenericAlias struct {
	Header
	Origin Object
	Args   []Object
}

// GenericAliasType is the type of GenericAlias.
var GenericAliasType = NewBuiltinType("GenericAlias", "types", nil, 0)

// Type returns types.GenericAlias.
func (*GenericAlias) Type() *Type { return GenericAliasType }

func newGenericAlias(t *Thread, origin, args Object) *GenericAlias {
	g := &GenericAlias{Origin: origin}
	if tu, ok := args.(*Tuple); ok {
		g.Args = append([]Object(nil), tu.Items...)
	} else {
		g.Args = []Object{args}
	}
	return g
}

func init() {
	g := GenericAliasType
	g.Repr = func(t *Thread, o Object) (Object, error) {
		ga := o.(*GenericAlias)
		var parts []string
		for _, a := range ga.Args {
			if l, ok := a.(*List); ok {
				var sub []string
				for _, x := range l.Items {
					sub = append(sub, typeArgRepr(t, x))
				}
				parts = append(parts, "["+joinStrings(sub, ", ")+"]")
				continue
			}
			parts = append(parts, typeArgRepr(t, a))
		}
		if len(parts) == 0 {
			parts = []string{"()"}
		}
		return NewStr(typeArgRepr(t, ga.Origin) + "[" + joinStrings(parts, ", ") + "]"), nil
	}
	g.Number[OpOr] = typeOr
	g.Hash = objectHash
	g.Call = func(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
		return Call(t, fn.(*GenericAlias).Origin, args, kw)
	}
	g.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		ga := o.(*GenericAlias)
		switch name.s {
		case "__origin__":
			return ga.Origin, nil
		case "__args__":
			return NewTuple(t, append([]Object(nil), ga.Args...)), nil
		}
		if v, err := GenericGetAttr(t, o, name, nil); err == nil {
			return v, nil
		}
		return GetAttr(t, ga.Origin, name)
	}
	g.GetItem = func(t *Thread, o, key Object) (Object, error) {
		return newGenericAlias(t, o.(*GenericAlias).Origin, key), nil
	}
}

// classGetItem is the __class_getitem__ of the built-in generic types.
func classGetItem(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "__class_getitem__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return newGenericAlias(t, self, args[0]), nil
}

// objectNewObj is copyreg.__newobj__: cls.__new__(cls, *args).
var objectNewObj = NewBuiltin("__newobj__", func(t *Thread, args []Object, kw []string) (Object, error) {
	if len(args) < 1 {
		return nil, Errorf(t, TypeErrorType, "__newobj__() missing cls")
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__newobj__ arg is not a type")
	}
	if cls.New == nil {
		return nil, Errorf(t, TypeErrorType, "cannot create '%s' instances", cls.Name)
	}
	return cls.New(t, cls, args[1:], kw)
})

// objectReduce is object.__reduce_ex__ for instances of classes: what
// copy and pickle use to rebuild an object (copyreg.__newobj__, (cls,),
// state). A class's own __reduce__ takes precedence.
func objectReduce(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	typ := self.Type()
	if attr, owner := lookupOwner(typ, Intern("__reduce__")); owner != nil && owner.Flags&FlagHeapType != 0 {
		return callAttrAsMethod(t, attr, self, nil, nil)
	}
	l := classLayout(typ)
	if l != ObjectType || typ.New == nil {
		return nil, Errorf(t, TypeErrorType, "cannot pickle '%s' object", typ.Name)
	}
	var state Object = None
	if attr, owner := lookupOwner(typ, Intern("__getstate__")); owner != nil && owner.Flags&FlagHeapType != 0 {
		s, err := callAttrAsMethod(t, attr, self, nil, nil)
		if err != nil {
			return nil, err
		}
		state = s
	} else if d := fullDictOf(t, self); d != nil && d.Len() > 0 {
		state = d.Copy(t)
	}
	return NewTuple(t, []Object{objectNewObj, NewTuple(t, []Object{typ}), state, None, None}), nil
}
