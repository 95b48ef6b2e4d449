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
// objects whose dict is made on demand (exceptions) get one.
func dictOf(o Object, create bool) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.Dict
	case *Exception:
		return excDict(v, create)
	case *Module:
		return v.Dict
	}
	return nil
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
	strInit = Intern("__init__")
	strNew  = Intern("__new__")
)

// objectNew is object.__new__ and the default instance creation of classes.
func objectNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if len(args) > 0 {
		if overrides(typ, strNew) {
			return nil, Errorf(t, TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if !overrides(typ, strInit) {
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
			o := &Instance{typ: ObjectType}
			return o, nil
		}
		return NewInstance(typ), nil
	case BaseExceptionType:
		return newExceptionInstance(typ, NewTuple(t, nil)), nil
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
		if overrides(typ, strInit) {
			return Errorf(t, TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !overrides(typ, strNew) {
			return Errorf(t, TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
		}
	}
	return nil
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
	s, ok := v.(*Str)
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
		addDict(dictOf(o, false))
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

func strList(t *Thread, names []string) *List {
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
		return strList(t, names), nil
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
	o.AddMethod("__reduce_ex__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return nil, Errorf(t, TypeErrorType, "cannot pickle '%s' object", TypeName(self))
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
		o.typ.Store(nt)
		return nil
	}
	return Errorf(t, TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
}
