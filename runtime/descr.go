package runtime

import (
	"fmt"
	"sync/atomic"
)

// This file holds the descriptor types: bound methods, property,
// staticmethod, classmethod, super, and the binding of Go method and
// attribute descriptors.

// FlagMethodDescriptor marks a type whose instances bind like functions
// (CPython's Py_TPFLAGS_METHOD_DESCRIPTOR): obj.f gives a bound method that
// calls f with obj prepended, so slot dispatch may call f(obj, ...) directly
// without creating the bound method. Python functions set it.
const FlagMethodDescriptor TypeFlags = 1 << 20

// Method is a bound method: a callable with its first argument (Self) fixed.
type Method struct {
	Header
	Func Object
	Self Object
}

// MethodType is the type of bound methods.
var MethodType = NewBuiltinType("method", "builtins", nil, 0)

// Type returns method.
func (*Method) Type() *Type { return MethodType }

// NewMethod returns fn bound to self. The method holds references to both.
// (No Thread is at hand: the references are taken with the counts of an
// object that is owned by its creator; see methodDealloc.)
func NewMethod(fn, self Object) *Method {
	m := &Method{Func: fn, Self: self}
	ownRef(fn)
	ownRef(self)
	return m
}

// ownRef and dropOwnRef count a reference held by an object created without
// a Thread (bound methods): the reference is not added to the thread totals.
func ownRef(o Object) {
	h := o.header()
	if h == nil {
		return
	}
	for {
		n := atomicLoad(&h.rc)
		if n < 0 {
			return
		}
		if atomicCAS(&h.rc, n, n+1) {
			return
		}
	}
}

func atomicLoad(p *int64) int64 { return atomic.LoadInt64(p) }

func atomicCAS(p *int64, old, new int64) bool { return atomic.CompareAndSwapInt64(p, old, new) }

func dropOwnRef(t *Thread, o Object) {
	h := o.header()
	if h == nil {
		return
	}
	for {
		n := atomicLoad(&h.rc)
		if n < 0 {
			return
		}
		if atomicCAS(&h.rc, n, n-1) {
			if n-1 == 0 {
				t.queueZeroCount(o)
			}
			return
		}
	}
}

func methodCall(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
	m := fn.(*Method)
	var buf [6]Object
	var all []Object
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]Object, len(args)+1)
	}
	all[0] = m.Self
	copy(all[1:], args)
	r, err := Call(t, m.Func, all, kw)
	clear(all)
	return r, err
}

// funcQualName returns the __qualname__ (or __name__) of a callable, "?" if none.
func funcQualName(t *Thread, fn Object) string {
	switch f := fn.(type) {
	case *Builtin:
		return f.Name
	case *MethodDescr:
		return f.Owner.Name + "." + f.Name
	}
	for _, n := range []string{"__qualname__", "__name__"} {
		if v, err := GetAttrString(t, fn, n); err == nil {
			if s, ok := v.(*Str); ok {
				return s.s
			}
		}
	}
	return "?"
}

func methodRepr(t *Thread, o Object) (Object, error) {
	m := o.(*Method)
	r, err := Repr(t, m.Self)
	if err != nil {
		return nil, err
	}
	return NewStr(fmt.Sprintf("<bound method %s of %s>", funcQualName(t, m.Func), r.s)), nil
}

func methodGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	m := o.(*Method)
	switch name.s {
	case "__func__":
		return m.Func, nil
	case "__self__":
		return m.Self, nil
	case "__class__":
		return MethodType, nil
	}
	v, err := GenericGetAttr(t, o, name, nil)
	if err == nil {
		return v, nil
	}
	if e, ok := err.(*Exception); ok {
		t.Discard(e)
	}
	// Other attributes come from the function.
	return GetAttr(t, m.Func, name)
}

func methodCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x := a.(*Method)
	y, ok := b.(*Method)
	if !ok || (op != OpEq && op != OpNe) {
		return NotImplemented, nil
	}
	eq := x.Self == y.Self
	if eq {
		var err error
		eq, err = Equal(t, x.Func, y.Func)
		if err != nil {
			return nil, err
		}
	}
	return NewBool(eq == (op == OpEq)), nil
}

func methodHash(t *Thread, o Object) (int64, error) {
	m := o.(*Method)
	h1, _ := objectHash(t, m.Self)
	h2, err := Hash(t, m.Func)
	if err != nil {
		return 0, err
	}
	h := h1 ^ h2
	if h == -1 {
		h = -2
	}
	return h, nil
}

// callAttrAsMethod calls the class attribute attr (found on self's type) as a
// method of self: functions get self prepended, other descriptors are bound
// with __get__ first, plain callables are called as they are.
func callAttrAsMethod(t *Thread, attr, self Object, args []Object, kw []string) (Object, error) {
	switch a := attr.(type) {
	case *MethodDescr:
		switch a.Kind {
		case ClassMethod:
			return a.Fn(t, self.Type(), args, kw)
		case StaticMethod:
			return a.Fn(t, nil, args, kw)
		}
		if !self.Type().IsSubtype(a.Owner) {
			return nil, Errorf(t, TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
				a.Name, a.Owner.Name, TypeName(self))
		}
		return a.Fn(t, self, args, kw)
	case *StaticMethodObj:
		return Call(t, a.Func, args, kw)
	}
	at := attr.Type()
	if at.Flags&FlagMethodDescriptor != 0 {
		var buf [6]Object
		var all []Object
		if len(args) < len(buf) {
			all = buf[:len(args)+1]
		} else {
			all = make([]Object, len(args)+1)
		}
		all[0] = self
		copy(all[1:], args)
		r, err := Call(t, attr, all, kw)
		clear(all)
		return r, err
	}
	if g := at.DescrGet; g != nil {
		bound, err := g(t, attr, self, self.Type())
		if err != nil {
			return nil, err
		}
		return Call(t, bound, args, kw)
	}
	return Call(t, attr, args, kw)
}

// bindAttr returns attr (a class attribute) as seen through obj (nil: through
// the class typ).
func bindAttr(t *Thread, attr, obj Object, typ *Type) (Object, error) {
	switch a := attr.(type) {
	case *MethodDescr:
		switch a.Kind {
		case ClassMethod:
			return &Builtin{Name: a.Name, Method: a.Fn, Self: typ}, nil
		case StaticMethod:
			return &Builtin{Name: a.Name, Method: a.Fn}, nil
		}
		if obj == nil {
			return a, nil
		}
		return a.Bind(t, obj), nil
	case *GetSetDescr:
		if obj == nil {
			return a, nil
		}
		return a.Get(t, obj)
	}
	if g := attr.Type().DescrGet; g != nil {
		return g(t, attr, obj, typ)
	}
	return attr, nil
}

// Property is the property descriptor.
type Property struct {
	Header
	Get, Set, Del, Doc Object // nil when absent
	typ                *Type  // property or a subclass
	attrs              *Dict  // the instance __dict__ of a subclass instance (owned)
}

// PropertyType is the type of property objects.
var PropertyType = NewBuiltinType("property", "builtins", nil, 0)

// Type returns property.
func (p *Property) Type() *Type {
	if p.typ != nil {
		return p.typ
	}
	return PropertyType
}

func (p *Property) name(t *Thread) string {
	if p.Get != nil {
		if v, err := GetAttrString(t, p.Get, "__name__"); err == nil {
			if s, ok := v.(*Str); ok {
				return "'" + s.s + "' "
			}
		}
	}
	return ""
}

func propertyNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	var fget, fset, fdel, doc Object = None, None, None, None
	if err := UnpackArgs(t, "property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
		return nil, err
	}
	p := &Property{}
	if typ != PropertyType {
		p.typ = typ
		p.attrs = NewInstanceDict(typ)
	}
	set := func(dst *Object, v Object) {
		if v != None {
			t.Incref(v)
			*dst = v
		}
	}
	set(&p.Get, fget)
	set(&p.Set, fset)
	set(&p.Del, fdel)
	if doc == None && fget != None {
		if d, err := GetAttrString(t, fget, "__doc__"); err == nil && d != None {
			doc = d
		}
	}
	set(&p.Doc, doc)
	return p, nil
}

func propertyDescrGet(t *Thread, descr, obj Object, typ *Type) (Object, error) {
	p := descr.(*Property)
	if obj == nil || obj == None && typ != NoneTypeType {
		return p, nil
	}
	if p.Get == nil {
		return nil, Errorf(t, AttributeErrorType, "property %sof '%s' object has no getter", p.name(t), TypeName(obj))
	}
	return Call(t, p.Get, []Object{obj}, nil)
}

func propertyDescrSet(t *Thread, descr, obj, v Object) error {
	p := descr.(*Property)
	if v == nil {
		if p.Del == nil {
			return Errorf(t, AttributeErrorType, "property %sof '%s' object has no deleter", p.name(t), TypeName(obj))
		}
		_, err := Call(t, p.Del, []Object{obj}, nil)
		return err
	}
	if p.Set == nil {
		return Errorf(t, AttributeErrorType, "property %sof '%s' object has no setter", p.name(t), TypeName(obj))
	}
	_, err := Call(t, p.Set, []Object{obj, v}, nil)
	return err
}

func propertyCopy(t *Thread, p *Property, get, set, del Object) (Object, error) {
	orNone := func(o Object) Object {
		if o == nil {
			return None
		}
		return o
	}
	doc := None
	if p.Doc != nil && p.Get != get {
		// the doc came from the old getter: take the new getter's
		doc = None
	} else if p.Doc != nil {
		doc = p.Doc
	}
	return Call(t, p.Type(), []Object{orNone(get), orNone(set), orNone(del), doc}, nil)
}

func propertyDealloc(t *Thread, o Object) {
	p := o.(*Property)
	t.Decref(p.Get)
	t.Decref(p.Set)
	t.Decref(p.Del)
	t.Decref(p.Doc)
}

// StaticMethodObj is a staticmethod object.
type StaticMethodObj struct {
	Header
	Func Object
	Dict *Dict
	typ  *Type // nil: staticmethod itself
}

// ClassMethodObj is a classmethod object.
type ClassMethodObj struct {
	Header
	Func Object
	Dict *Dict
	typ  *Type // nil: classmethod itself
}

// StaticMethodType and ClassMethodType are the types of staticmethod and classmethod.
var (
	StaticMethodType = NewBuiltinType("staticmethod", "builtins", nil, FlagBaseType)
	ClassMethodType  = NewBuiltinType("classmethod", "builtins", nil, FlagBaseType)
)

// Type returns staticmethod.
func (s *StaticMethodObj) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	return StaticMethodType
}

// Type returns classmethod.
func (c *ClassMethodObj) Type() *Type {
	if c.typ != nil {
		return c.typ
	}
	return ClassMethodType
}

// NewStaticMethod wraps fn in a staticmethod.
func NewStaticMethod(t *Thread, fn Object) *StaticMethodObj {
	t.Incref(fn)
	return &StaticMethodObj{Func: fn, Dict: newOwnedDict()}
}

// NewClassMethod wraps fn in a classmethod.
func NewClassMethod(t *Thread, fn Object) *ClassMethodObj {
	t.Incref(fn)
	return &ClassMethodObj{Func: fn, Dict: newOwnedDict()}
}

// Super is a super object: attribute lookups start after ThisClass in the
// MRO of ObjType, binding to Obj.
type Super struct {
	Header
	ThisClass *Type
	Obj       Object // nil for an unbound super(type)
	ObjType   *Type
}

// SuperType is the type of super objects.
var SuperType = NewBuiltinType("super", "builtins", nil, FlagBaseType)

// Type returns super.
func (*Super) Type() *Type { return SuperType }

func superNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if err := NoKwargs(t, "super", kw); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, Errorf(t, RuntimeErrorType, "super(): no arguments")
	}
	if len(args) > 2 {
		return nil, Errorf(t, TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	this, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[0]))
	}
	s := &Super{ThisClass: this}
	if len(args) == 2 && args[1] != None {
		obj := args[1]
		ot, err := superCheck(t, this, obj)
		if err != nil {
			return nil, err
		}
		t.Incref(obj)
		s.Obj, s.ObjType = obj, ot
	}
	return s, nil
}

func superCheck(t *Thread, this *Type, obj Object) (*Type, error) {
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(this) {
		return ot, nil
	}
	if obj.Type().IsSubtype(this) {
		return obj.Type(), nil
	}
	if c, err := GetAttrString(t, obj, "__class__"); err == nil {
		if ct, ok := c.(*Type); ok && ct != obj.Type() && ct.IsSubtype(this) {
			return ct, nil
		}
	}
	what, name := "instance of", TypeName(obj)
	if ot, ok := obj.(*Type); ok {
		what, name = "type", ot.Name
	}
	return nil, Errorf(t, TypeErrorType, "super(type, obj): obj (%s %s) is not an instance or subtype of type (%s).", what, name, this.Name)
}

func superGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	s := o.(*Super)
	if s.ObjType != nil && name.s != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.ThisClass {
			i++
		}
		for i++; i < len(mro); i++ {
			m := mro[i]
			if m.Dict == nil {
				continue
			}
			attr, ok := m.Dict.GetStrT(t, name)
			if !ok {
				continue
			}
			obj := s.Obj
			if obj == Object(s.ObjType) {
				obj = nil
			}
			return bindAttr(t, attr, obj, s.ObjType)
		}
		if w := slotWrapperAfter(s.ObjType, s.ThisClass, name); w != nil {
			obj := s.Obj
			if obj == Object(s.ObjType) {
				obj = nil
			}
			return bindAttr(t, w, obj, s.ObjType)
		}
	}
	switch name.s {
	case "__thisclass__":
		return s.ThisClass, nil
	case "__self__":
		if s.Obj == nil {
			return None, nil
		}
		return s.Obj, nil
	case "__self_class__":
		if s.ObjType == nil {
			return None, nil
		}
		return s.ObjType, nil
	}
	return GenericGetAttr(t, o, name, nil)
}

func superRepr(t *Thread, o Object) (Object, error) {
	s := o.(*Super)
	if s.ObjType == nil {
		return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", s.ThisClass.Name)), nil
	}
	return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.ThisClass.Name, s.ObjType.Name)), nil
}

// methodDescrRepr is "<method 'upper' of 'str' objects>".
func methodDescrRepr(t *Thread, o Object) (Object, error) {
	m := o.(*MethodDescr)
	if m.Kind == ClassMethod {
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", m.Name, m.Owner.Name)), nil
	}
	return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", m.Name, m.Owner.Name)), nil
}

func builtinFuncRepr(t *Thread, o Object) (Object, error) {
	b := o.(*Builtin)
	if b.Self == nil || b.Method == nil && isModule(b.Self) {
		return NewStr(fmt.Sprintf("<built-in function %s>", b.Name)), nil
	}
	if _, ok := b.Self.(*Module); ok {
		return NewStr(fmt.Sprintf("<built-in function %s>", b.Name)), nil
	}
	if typ, ok := b.Self.(*Type); ok {
		return NewStr(fmt.Sprintf("<built-in method %s of type object at %s>", b.Name, objectAddrString(typ))), nil
	}
	return NewStr(fmt.Sprintf("<built-in method %s of %s object at %s>", b.Name, TypeName(b.Self), objectAddrString(b.Self))), nil
}

func isModule(o Object) bool {
	_, ok := o.(*Module)
	return ok
}

func builtinGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	b := o.(*Builtin)
	switch name.s {
	case "__name__", "__qualname__":
		if name.s == "__qualname__" && b.Self != nil && b.Method != nil {
			if typ, ok := b.Self.(*Type); ok {
				return NewStr(typ.Name + "." + b.Name), nil
			}
			if !isModule(b.Self) {
				return NewStr(TypeName(b.Self) + "." + b.Name), nil
			}
		}
		return NewStr(b.Name), nil
	case "__self__":
		if b.Self == nil {
			if b.Module != "" {
				if m, ok := moduleByName(t, b.Module); ok {
					return m, nil
				}
			}
			return None, nil
		}
		return b.Self, nil
	case "__module__":
		if b.Module == "" {
			return None, nil
		}
		return NewStr(b.Module), nil
	case "__doc__":
		if b.Doc == "" {
			return None, nil
		}
		return NewStr(b.Doc), nil
	}
	return GenericGetAttr(t, o, name, nil)
}

func moduleByName(t *Thread, name string) (Object, bool) {
	if t.Interp.Modules == nil {
		return nil, false
	}
	v, ok := t.Interp.Modules.GetStrT(t, NewStr(name))
	return v, ok
}

func methodDescrGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	m := o.(*MethodDescr)
	switch name.s {
	case "__name__":
		return NewStr(m.Name), nil
	case "__qualname__":
		return NewStr(m.Owner.Name + "." + m.Name), nil
	case "__objclass__":
		return m.Owner, nil
	case "__doc__":
		if m.Doc == "" {
			return None, nil
		}
		return NewStr(m.Doc), nil
	}
	return GenericGetAttr(t, o, name, nil)
}

// isPyFunction reports whether o is a Python function (bound like a method).
func isPyFunction(o Object) bool {
	typ := o.Type()
	return typ.Flags&FlagMethodDescriptor != 0 || typ.Name == "function"
}

func init() {
	MethodType.Call = methodCall
	MethodType.Repr = methodRepr
	MethodType.GetAttr = methodGetAttr
	MethodType.Compare = methodCompare
	MethodType.Hash = methodHash
	MethodType.Dealloc = func(t *Thread, o Object) {
		m := o.(*Method)
		dropOwnRef(t, m.Func)
		dropOwnRef(t, m.Self)
	}
	MethodType.New = func(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "method", args, kw, 2, 2); err != nil {
			return nil, err
		}
		if Callable(args[0]) == false {
			return nil, Errorf(t, TypeErrorType, "first argument must be callable")
		}
		if args[1] == None {
			return nil, Errorf(t, TypeErrorType, "instance must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}

	MethodDescrType.DescrGet = func(t *Thread, descr, obj Object, typ *Type) (Object, error) {
		return bindAttr(t, descr, obj, typ)
	}
	MethodDescrType.Repr = methodDescrRepr
	MethodDescrType.GetAttr = methodDescrGetAttr
	MethodDescrType.Call = func(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
		return fn.(*MethodDescr).CallUnbound(t, args, kw)
	}
	ClassMethodDescrType.DescrGet = MethodDescrType.DescrGet
	ClassMethodDescrType.Repr = methodDescrRepr
	ClassMethodDescrType.GetAttr = methodDescrGetAttr
	ClassMethodDescrType.Call = MethodDescrType.Call

	GetSetDescrType.DescrGet = func(t *Thread, descr, obj Object, typ *Type) (Object, error) {
		g := descr.(*GetSetDescr)
		if obj == nil {
			return g, nil
		}
		return g.Get(t, obj)
	}
	GetSetDescrType.DescrSet = func(t *Thread, descr, obj, v Object) error {
		g := descr.(*GetSetDescr)
		if g.Set == nil {
			return Errorf(t, AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
		}
		return g.Set(t, obj, v)
	}
	GetSetDescrType.Repr = func(t *Thread, o Object) (Object, error) {
		g := o.(*GetSetDescr)
		return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.Name, g.Owner.Name)), nil
	}
	GetSetDescrType.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		g := o.(*GetSetDescr)
		switch name.s {
		case "__name__", "__qualname__":
			return NewStr(g.Name), nil
		case "__objclass__":
			return g.Owner, nil
		}
		return GenericGetAttr(t, o, name, nil)
	}

	BuiltinFunctionType.Repr = builtinFuncRepr
	BuiltinFunctionType.GetAttr = builtinGetAttr
	BuiltinFunctionType.Call = func(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
		return Call(t, fn, args, kw)
	}
	BuiltinFunctionType.Hash = objectHash
	BuiltinFunctionType.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Builtin)
		y, ok := b.(*Builtin)
		if !ok || (op != OpEq && op != OpNe) {
			return NotImplemented, nil
		}
		eq := x == y || (x.Self != nil && x.Self == y.Self && x.Name == y.Name)
		return NewBool(eq == (op == OpEq)), nil
	}

	p := PropertyType
	p.Flags |= FlagBaseType
	p.New = propertyNew
	p.Init = func(t *Thread, self Object, args []Object, kw []string) error { return nil }
	p.DescrGet = propertyDescrGet
	p.DescrSet = propertyDescrSet
	p.Dealloc = propertyDealloc
	p.Repr = objectRepr
	p.Doc = "Property attribute."
	getter := func(sel func(*Property) Object) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) {
			if v := sel(self.(*Property)); v != nil {
				return v, nil
			}
			return None, nil
		}
	}
	p.AddGetSet("fget", getter(func(p *Property) Object { return p.Get }), nil)
	p.AddGetSet("fset", getter(func(p *Property) Object { return p.Set }), nil)
	p.AddGetSet("fdel", getter(func(p *Property) Object { return p.Del }), nil)
	p.AddGetSet("__doc__", getter(func(p *Property) Object { return p.Doc }), nil)
	p.AddMethod("getter", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "getter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		pr := self.(*Property)
		return propertyCopy(t, pr, args[0], pr.Set, pr.Del)
	})
	p.AddMethod("setter", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "setter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		pr := self.(*Property)
		return propertyCopy(t, pr, pr.Get, args[0], pr.Del)
	})
	p.AddMethod("deleter", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "deleter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		pr := self.(*Property)
		return propertyCopy(t, pr, pr.Get, pr.Set, args[0])
	})
	p.AddMethod("__get__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__get__", args, kw, 1, 2); err != nil {
			return nil, err
		}
		return propertyDescrGet(t, self, args[0], nil)
	})
	p.AddMethod("__set__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__set__", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return None, propertyDescrSet(t, self, args[0], args[1])
	})
	p.AddMethod("__delete__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__delete__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return None, propertyDescrSet(t, self, args[0], nil)
	})

	initStaticClassMethod()

	s := SuperType
	s.New = superNew
	s.Init = func(t *Thread, self Object, args []Object, kw []string) error { return nil }
	s.GetAttr = superGetAttr
	s.Repr = superRepr
	s.Dealloc = func(t *Thread, o Object) {
		t.Decref(o.(*Super).Obj)
	}
	s.DescrGet = func(t *Thread, descr, obj Object, typ *Type) (Object, error) {
		sp := descr.(*Super)
		if obj == nil || sp.Obj != nil {
			return sp, nil
		}
		return superNew(t, SuperType, []Object{sp.ThisClass, obj}, nil)
	}
}

func initStaticClassMethod() {
	sm, cm := StaticMethodType, ClassMethodType
	sm.New = func(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs(t, "staticmethod", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, Errorf(t, TypeErrorType, "staticmethod expected 1 argument, got %d", len(args))
		}
		sm := NewStaticMethod(t, args[0])
		if typ != StaticMethodType {
			sm.typ = typ
		}
		return sm, nil
	}
	cm.New = func(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
		if err := NoKwargs(t, "classmethod", kw); err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, Errorf(t, TypeErrorType, "classmethod expected 1 argument, got %d", len(args))
		}
		cm := NewClassMethod(t, args[0])
		if typ != ClassMethodType {
			cm.typ = typ
		}
		return cm, nil
	}
	noInit := func(t *Thread, self Object, args []Object, kw []string) error { return nil }
	sm.Init, cm.Init = noInit, noInit
	sm.DescrGet = func(t *Thread, descr, obj Object, typ *Type) (Object, error) {
		return descr.(*StaticMethodObj).Func, nil
	}
	sm.Call = func(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
		return Call(t, fn.(*StaticMethodObj).Func, args, kw)
	}
	cm.DescrGet = func(t *Thread, descr, obj Object, typ *Type) (Object, error) {
		c := descr.(*ClassMethodObj)
		if typ == nil {
			typ = obj.Type()
		}
		return NewMethod(c.Func, typ), nil
	}
	wrapRepr := func(kind string, fn func(Object) Object) UnaryFunc {
		return func(t *Thread, o Object) (Object, error) {
			r, err := Repr(t, fn(o))
			if err != nil {
				return nil, err
			}
			return NewStr("<" + kind + "(" + r.s + ")>"), nil
		}
	}
	sm.Repr = wrapRepr("staticmethod", func(o Object) Object { return o.(*StaticMethodObj).Func })
	cm.Repr = wrapRepr("classmethod", func(o Object) Object { return o.(*ClassMethodObj).Func })
	sm.Dealloc = func(t *Thread, o Object) {
		s := o.(*StaticMethodObj)
		t.Decref(s.Func)
		releaseOwnedDict(t, s.Dict)
	}
	cm.Dealloc = func(t *Thread, o Object) {
		c := o.(*ClassMethodObj)
		t.Decref(c.Func)
		releaseOwnedDict(t, c.Dict)
	}
	funcOf := func(o Object) Object {
		switch v := o.(type) {
		case *StaticMethodObj:
			return v.Func
		case *ClassMethodObj:
			return v.Func
		}
		return None
	}
	dictOfWrapper := func(o Object) *Dict {
		switch v := o.(type) {
		case *StaticMethodObj:
			return v.Dict
		case *ClassMethodObj:
			return v.Dict
		}
		return nil
	}
	for _, typ := range []*Type{sm, cm} {
		typ.AddGetSet("__func__", func(t *Thread, self Object) (Object, error) { return funcOf(self), nil }, nil)
		typ.AddGetSet("__wrapped__", func(t *Thread, self Object) (Object, error) { return funcOf(self), nil }, nil)
		typ.AddGetSet("__isabstractmethod__", func(t *Thread, self Object) (Object, error) {
			v, err := GetAttrString(t, funcOf(self), "__isabstractmethod__")
			if err != nil {
				return False, nil
			}
			return v, nil
		}, nil)
		typ.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
			v, err := GenericGetAttr(t, o, name, dictOfWrapper(o))
			if err == nil {
				return v, nil
			}
			switch name.s {
			case "__name__", "__qualname__", "__doc__", "__module__":
				return GetAttr(t, funcOf(o), name)
			}
			return nil, err
		}
		typ.SetAttr = func(t *Thread, o Object, name *Str, v Object) error {
			return GenericSetAttr(t, o, name, v, dictOfWrapper(o))
		}
	}
}

// Callable reports whether o can be called.
func Callable(o Object) bool {
	switch o.(type) {
	case *Builtin, *MethodDescr:
		return true
	}
	return o.Type().Call != nil
}

// Slot wrappers: int.__add__, list.__len__, dict.__init__... For a built-in
// type with a Go slot but no entry in its dict, looking the dunder up returns
// a method descriptor that calls the slot.

type slotWrapperDef struct {
	name string
	make func(owner *Type) MethodFn // nil when owner lacks the slot
}

func wrapArgs(t *Thread, name string, args []Object, kw []string, n int) error {
	if len(kw) > 0 {
		return Errorf(t, TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		switch n {
		case 0:
			return Errorf(t, TypeErrorType, "expected 0 arguments, got %d", len(args))
		case 1:
			return Errorf(t, TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return Errorf(t, TypeErrorType, "expected %d arguments, got %d", n, len(args))
	}
	return nil
}

func unaryWrapper(name string, get func(*Type) UnaryFunc) slotWrapperDef {
	return slotWrapperDef{name, func(owner *Type) MethodFn {
		f := get(owner)
		if f == nil {
			return nil
		}
		return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
			if err := wrapArgs(t, name, args, kw, 0); err != nil {
				return nil, err
			}
			return f(t, self)
		}
	}}
}

var slotWrapperDefs []slotWrapperDef

func init() {
	d := []slotWrapperDef{
		unaryWrapper("__repr__", func(m *Type) UnaryFunc { return m.Repr }),
		unaryWrapper("__str__", func(m *Type) UnaryFunc { return m.Str }),
		unaryWrapper("__iter__", func(m *Type) UnaryFunc { return m.Iter }),
		unaryWrapper("__neg__", func(m *Type) UnaryFunc { return m.Neg }),
		unaryWrapper("__pos__", func(m *Type) UnaryFunc { return m.Pos }),
		unaryWrapper("__invert__", func(m *Type) UnaryFunc { return m.Invert }),
		unaryWrapper("__abs__", func(m *Type) UnaryFunc { return m.Abs }),
		unaryWrapper("__int__", func(m *Type) UnaryFunc { return m.Int }),
		unaryWrapper("__float__", func(m *Type) UnaryFunc { return m.Float }),
		unaryWrapper("__index__", func(m *Type) UnaryFunc { return m.Index }),
		unaryWrapper("__hash__", func(m *Type) UnaryFunc {
			if m.Hash == nil {
				return nil
			}
			return func(t *Thread, o Object) (Object, error) { h, err := m.Hash(t, o); return Int(h), err }
		}),
		unaryWrapper("__bool__", func(m *Type) UnaryFunc {
			if m.Bool == nil {
				return nil
			}
			return func(t *Thread, o Object) (Object, error) { b, err := m.Bool(t, o); return NewBool(b), err }
		}),
		unaryWrapper("__len__", func(m *Type) UnaryFunc {
			if m.Len == nil {
				return nil
			}
			return func(t *Thread, o Object) (Object, error) { n, err := m.Len(t, o); return Int(n), err }
		}),
		{"__next__", func(m *Type) MethodFn {
			if m.Next == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__next__", args, kw, 0); err != nil {
					return nil, err
				}
				v, err := m.Next(t, self)
				if err == nil && v == nil {
					return nil, NewException(t, StopIterationType)
				}
				return v, err
			}
		}},
		{"__getitem__", func(m *Type) MethodFn {
			if m.GetItem == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__getitem__", args, kw, 1); err != nil {
					return nil, err
				}
				return m.GetItem(t, self, args[0])
			}
		}},
		{"__setitem__", func(m *Type) MethodFn {
			if m.SetItem == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__setitem__", args, kw, 2); err != nil {
					return nil, err
				}
				return None, m.SetItem(t, self, args[0], args[1])
			}
		}},
		{"__delitem__", func(m *Type) MethodFn {
			if m.SetItem == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__delitem__", args, kw, 1); err != nil {
					return nil, err
				}
				return None, m.SetItem(t, self, args[0], nil)
			}
		}},
		{"__contains__", func(m *Type) MethodFn {
			if m.Contains == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__contains__", args, kw, 1); err != nil {
					return nil, err
				}
				b, err := m.Contains(t, self, args[0])
				return NewBool(b), err
			}
		}},
		{"__call__", func(m *Type) MethodFn {
			if m.Call == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				return m.Call(t, self, args, kw)
			}
		}},
		{"__init__", func(m *Type) MethodFn {
			if m.Init == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				return None, m.Init(t, self, args, kw)
			}
		}},
		{"__getattribute__", func(m *Type) MethodFn {
			if m.GetAttr == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__getattribute__", args, kw, 1); err != nil {
					return nil, err
				}
				name, err := attrNameArg(t, args[0])
				if err != nil {
					return nil, err
				}
				return m.GetAttr(t, self, name)
			}
		}},
		{"__setattr__", func(m *Type) MethodFn {
			if m.SetAttr == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, "__setattr__", args, kw, 2); err != nil {
					return nil, err
				}
				name, err := attrNameArg(t, args[0])
				if err != nil {
					return nil, err
				}
				return None, m.SetAttr(t, self, name, args[1])
			}
		}},
		{"__get__", func(m *Type) MethodFn {
			if m.DescrGet == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if len(args) < 1 || len(args) > 2 {
					return nil, Errorf(t, TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
				}
				obj := args[0]
				var typ *Type
				if len(args) == 2 {
					typ, _ = args[1].(*Type)
				}
				if obj == None {
					obj = nil
				}
				return m.DescrGet(t, self, obj, typ)
			}
		}},
	}
	for i, n := range []string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"} {
		op := CompareOp(i)
		n := n
		d = append(d, slotWrapperDef{n, func(m *Type) MethodFn {
			if m.Compare == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, n, args, kw, 1); err != nil {
					return nil, err
				}
				return m.Compare(t, self, args[0], op)
			}
		}})
	}
	for op := BinaryOp(0); op < NumBinaryOps; op++ {
		op := op
		n := "__" + BinaryOpDunder[op] + "__"
		rn := "__r" + BinaryOpDunder[op] + "__"
		in := "__i" + BinaryOpDunder[op] + "__"
		d = append(d, slotWrapperDef{n, func(m *Type) MethodFn {
			if m.Number[op] == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if op == OpPow && len(args) == 2 && len(kw) == 0 {
					if args[1] == None {
						args = args[:1]
					} else {
						return PowMod(t, self, args[0], args[1])
					}
				}
				if err := wrapArgs(t, n, args, kw, 1); err != nil {
					return nil, err
				}
				return m.Number[op](t, self, args[0])
			}
		}}, slotWrapperDef{rn, func(m *Type) MethodFn {
			if m.Number[op] == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if op == OpPow && len(args) == 2 && len(kw) == 0 {
					if args[1] == None {
						args = args[:1]
					} else {
						return PowMod(t, args[0], self, args[1])
					}
				}
				if err := wrapArgs(t, rn, args, kw, 1); err != nil {
					return nil, err
				}
				return m.Number[op](t, args[0], self)
			}
		}}, slotWrapperDef{in, func(m *Type) MethodFn {
			if m.Inplace[op] == nil {
				return nil
			}
			return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := wrapArgs(t, in, args, kw, 1); err != nil {
					return nil, err
				}
				return m.Inplace[op](t, self, args[0])
			}
		}})
	}
	slotWrapperDefs = d
}

// slotWrapperNew is the __new__ of a built-in type: X.__new__(cls, ...).
func slotWrapperNew(owner *Type) MethodFn {
	if owner.New == nil {
		return nil
	}
	return func(t *Thread, _ Object, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, Errorf(t, TypeErrorType, "%s.__new__(): not enough arguments", owner.Name)
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "%s.__new__(X): X is not a type object (%s)", owner.Name, TypeName(args[0]))
		}
		if !typ.IsSubtype(owner) {
			return nil, Errorf(t, TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, typ.Name, typ.Name, owner.Name)
		}
		return owner.New(t, typ, args[1:], kw)
	}
}

// makeSlotWrapper returns the wrapper of dunder name for the built-in type
// owner, or nil if owner has no such slot.
func makeSlotWrapper(owner *Type, name string) *MethodDescr {
	if name == "__new__" {
		if fn := slotWrapperNew(owner); fn != nil {
			m := &MethodDescr{Name: name, Owner: owner, Kind: StaticMethod, Fn: fn}
			SetImmortal(m)
			return m
		}
		return nil
	}
	for _, def := range slotWrapperDefs {
		if def.name == name {
			if fn := def.make(owner); fn != nil {
				m := &MethodDescr{Name: name, Owner: owner, Kind: InstanceMethod, Fn: fn}
				SetImmortal(m)
				return m
			}
			return nil
		}
	}
	return nil
}

// slotWrapperAfter finds a slot wrapper for name on the built-in types of
// typ's MRO that come after the class after (all of them if after is nil).
func slotWrapperAfter(typ *Type, after *Type, name *Str) Object {
	if !isDunder(name.s) {
		return nil
	}
	mro := typ.MRO
	if after != nil {
		for i, m := range mro {
			if m == after {
				mro = mro[i+1:]
				break
			}
		}
	}
	for _, m := range mro {
		if m.Flags&FlagHeapType != 0 {
			continue
		}
		if w := makeSlotWrapper(m, name.s); w != nil {
			return w
		}
	}
	return nil
}

// fillSlotWrappers stores the slot wrappers of a built-in type in its dict,
// so that instance lookups (x.__add__, dir(int)) see them. It runs once,
// before any Python code (see NewBuiltins).
func fillSlotWrappers(typ *Type) {
	if typ.Flags&FlagHeapType != 0 || typ.Dict == nil {
		return
	}
	add := func(name string) {
		key := Intern(name)
		if _, ok := typ.Dict.GetStr(key); ok {
			return
		}
		if w := makeSlotWrapper(typ, name); w != nil {
			typ.Dict.setStrNoRC(key, w)
		}
	}
	add("__new__")
	for _, def := range slotWrapperDefs {
		add(def.name)
	}
}
