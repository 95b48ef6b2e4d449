package runtime

import (
	"testing"
)

func TestPropertyStaticClassMethod(t *testing.T) {
	th := otThread()
	getter := otfn("x", func(th *Thread, args []Object, kw []string) (Object, error) {
		return Int(1), nil
	})
	prop, err := otCall(th, PropertyType, getter)
	if err != nil {
		t.Fatal(err)
	}
	var stored Object
	setter := otfn("x", func(th *Thread, args []Object, kw []string) (Object, error) {
		stored = args[1]
		return None, nil
	})
	sm, _ := otCall(th, StaticMethodType, otfn("s", func(th *Thread, args []Object, kw []string) (Object, error) {
		return NewTuple(th, append([]Object(nil), args...)), nil
	}))
	cm, _ := otCall(th, ClassMethodType, otfn("c", func(th *Thread, args []Object, kw []string) (Object, error) {
		return NewTuple(th, append([]Object(nil), args...)), nil
	}))
	p := otClass(th, "P", nil, "x", prop, "s", sm, "c", cm)
	obj, _ := otCall(th, p)
	v, err := otAttr(th, obj, "x")
	otCheck(t, th, "p.x", v, err, "1")
	err = SetAttr(th, obj, NewStr("x"), Int(2))
	otCheck(t, th, "p.x = 2", nil, err, "AttributeError: property 'x' of 'P' object has no setter")
	err = SetAttr(th, obj, NewStr("x"), nil)
	otCheck(t, th, "del p.x", nil, err, "AttributeError: property 'x' of 'P' object has no deleter")
	v, err = otAttr(th, p, "x")
	otCheck(t, th, "P.x", v, err, "<property object at 0xADDR>")

	prop2, err := CallMethod(th, prop, "setter", setter)
	if err != nil {
		t.Fatal(err)
	}
	SetAttr(th, p, NewStr("x"), prop2)
	if err := SetAttr(th, obj, NewStr("x"), Int(9)); err != nil || stored != Int(9) {
		t.Errorf("setter: %v %v", stored, err)
	}
	v, err = otAttr(th, obj, "x")
	otCheck(t, th, "p.x after setter", v, err, "1")

	v, err = CallMethod(th, obj, "s", Int(1))
	otCheck(t, th, "p.s(1)", v, err, "(1,)")
	v, err = CallMethod(th, p, "s", Int(1))
	otCheck(t, th, "P.s(1)", v, err, "(1,)")
	v, err = CallMethod(th, obj, "c", Int(1))
	otCheck(t, th, "p.c(1)", v, err, "(<class '__main__.P'>, 1)")
	v, err = CallMethod(th, p, "c", Int(1))
	otCheck(t, th, "P.c(1)", v, err, "(<class '__main__.P'>, 1)")
	v, err = Repr(th, sm)
	otCheck(t, th, "repr(staticmethod(f))", v, err, "'<staticmethod(<function s at 0xADDR>)>'")
	v, err = otCall(th, PropertyType)
	if err == nil {
		_, err = propertyDescrGet(th, v, Int(1), nil)
	}
	otCheck(t, th, "property().__get__(1)", nil, err, "AttributeError: property of 'int' object has no getter")
}

func TestBoundMethodAndSuper(t *testing.T) {
	th := otThread()
	var a, b *Type
	a = otClass(th, "A", nil, "f", otfn("A.f", func(th *Thread, args []Object, kw []string) (Object, error) {
		return NewStr("A.f"), nil
	}), "__init__", otfn("A.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		return None, SetAttr(th, args[0], NewStr("a"), Int(1))
	}))
	b = otClass(th, "B", []*Type{a}, "f", otfn("B.f", func(th *Thread, args []Object, kw []string) (Object, error) {
		sup, err := otCall(th, SuperType, b, args[0])
		if err != nil {
			return nil, err
		}
		r, err := CallMethod(th, sup, "f")
		if err != nil {
			return nil, err
		}
		return NewStr("B.f+" + r.(*Str).s), nil
	}), "__init__", otfn("B.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		sup, err := otCall(th, SuperType, b, args[0])
		if err != nil {
			return nil, err
		}
		if _, err := CallMethod(th, sup, "__init__"); err != nil {
			return nil, err
		}
		return None, SetAttr(th, args[0], NewStr("b"), Int(2))
	}))
	obj, err := otCall(th, b)
	if err != nil {
		t.Fatal(err)
	}
	v, err := CallMethod(th, obj, "f")
	otCheck(t, th, "B().f()", v, err, "'B.f+A.f'")
	v, err = otAttr(th, obj, "__dict__")
	otCheck(t, th, "B().__dict__", v, err, "{'a': 1, 'b': 2}")
	m, err := otAttr(th, obj, "f")
	otCheck(t, th, "B().f", m, err, "<bound method B.f of <__main__.B object at 0xADDR>>")
	m2, _ := otAttr(th, obj, "f")
	if eq, _ := Equal(th, m, m2); !eq {
		t.Errorf("bound methods of the same function and self differ")
	}
	v, err = otAttr(th, m, "__self__")
	if v != obj {
		t.Errorf("__self__ = %v %v", v, err)
	}
	sup, err := otCall(th, SuperType, a, obj)
	otCheck(t, th, "super(A, b)", sup, err, "<super: <class 'A'>, <B object>>")
	v, err = otAttr(th, sup, "__init__")
	otCheck(t, th, "super(A, b).__init__", v, err, "<built-in method __init__ of B object at 0xADDR>")
	_, err = otCall(th, SuperType, IntType, NewStr("x"))
	otCheck(t, th, "super(int, 'x')", nil, err, "TypeError: super(type, obj): obj (instance of str) is not an instance or subtype of type (int).")
	// super with a class as second argument (classmethod style)
	sup, err = otCall(th, SuperType, b, b)
	if err == nil {
		v, err = otAttr(th, sup, "f")
	}
	otCheck(t, th, "super(B, B).f", v, err, "<function A.f at 0xADDR>")
	// object.__setattr__ and object.__getattribute__ from Python code
	osa, _ := otAttr(th, ObjectType, "__setattr__")
	if _, err := otCall(th, osa, obj, NewStr("z"), Int(3)); err != nil {
		t.Fatal(err)
	}
	oga, _ := otAttr(th, ObjectType, "__getattribute__")
	v, err = otCall(th, oga, obj, NewStr("z"))
	otCheck(t, th, "object.__getattribute__(b, 'z')", v, err, "3")
	v, err = otAttr(th, ObjectType, "__init__")
	otCheck(t, th, "object.__init__", v, err, "<method '__init__' of 'object' objects>")
}

func TestSlotWrappers(t *testing.T) {
	th := otThread()
	NewBuiltins(th)
	add, err := otAttr(th, IntType, "__add__")
	if err != nil {
		t.Fatal(err)
	}
	v, err := otCall(th, add, Int(1), Int(2))
	otCheck(t, th, "int.__add__(1, 2)", v, err, "3")
	v, err = CallMethod(th, Int(5), "__sub__", Int(2))
	otCheck(t, th, "(5).__sub__(2)", v, err, "3")
	v, err = CallMethod(th, Int(5), "__rsub__", Int(2))
	otCheck(t, th, "(5).__rsub__(2)", v, err, "-3")
	l := NewList(th, []Object{Int(1), Int(2)})
	v, err = CallMethod(th, l, "__len__")
	otCheck(t, th, "[1, 2].__len__()", v, err, "2")
	v, err = CallMethod(th, NewStr("ab"), "__repr__")
	otCheck(t, th, "'ab'.__repr__()", v, err, `"'ab'"`)
	tc, _ := otAttr(th, TypeType, "__call__")
	v, err = otCall(th, tc, IntType, NewStr("5"))
	otCheck(t, th, "type.__call__(int, '5')", v, err, "5")
	oe, _ := otAttr(th, ObjectType, "__eq__")
	v, err = otCall(th, oe, Int(1), Int(2))
	otCheck(t, th, "object.__eq__(1, 2)", v, err, "NotImplemented")
}
