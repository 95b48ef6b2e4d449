package runtime

import (
	"testing"
)

// Tests of classes deriving from built-in types (subclass.go). Python
// functions are stood in for by otFunc (see class_test.go).

func scCall(t *testing.T, th *Thread, fn Object, args ...Object) Object {
	t.Helper()
	r, err := Call(th, fn, args, nil)
	if err != nil {
		t.Fatalf("call: %s", otShow(th, nil, err))
	}
	return r
}

func scRepr(t *testing.T, th *Thread, o Object) string {
	t.Helper()
	r, err := Repr(th, o)
	if err != nil {
		t.Fatalf("repr: %s", otShow(th, nil, err))
	}
	return r.s
}

func TestSubclassBuiltinLayouts(t *testing.T) {
	th := otThread()
	cases := []struct {
		base *Type
		args []Object
		repr string
	}{
		{ListType, []Object{NewList(th, []Object{Int(1), Int(2)})}, "[1, 2]"},
		{TupleType, []Object{NewList(th, []Object{Int(1), Int(2)})}, "(1, 2)"},
		{DictType, nil, "{}"},
		{SetType, []Object{NewList(th, []Object{Int(1)})}, "S({1})"},
		{FrozenSetType, []Object{NewList(th, []Object{Int(1)})}, "S({1})"},
		{IntType, []Object{Int(7)}, "7"},
		{FloatType, []Object{Float(1.5)}, "1.5"},
		{ComplexType, []Object{Int(1), Int(2)}, "(1+2j)"},
		{StrType, []Object{NewStr("ab")}, "'ab'"},
		{BytesType, []Object{NewBytes([]byte("ab"))}, "b'ab'"},
		{ByteArrayType, []Object{NewBytes([]byte("ab"))}, "S(b'ab')"},
	}
	for _, c := range cases {
		cls := otClass(th, "S", []*Type{c.base})
		o := scCall(t, th, cls, c.args...)
		if o.Type() != cls {
			t.Errorf("%s: type(S(...)) is %s", c.base.Name, o.Type().Name)
		}
		if !IsInstance(o, c.base) {
			t.Errorf("%s: not an instance of the base", c.base.Name)
		}
		if got := scRepr(t, th, o); got != c.repr {
			t.Errorf("%s: repr %q, want %q", c.base.Name, got, c.repr)
		}
		// instance attributes
		if err := SetAttr(th, o, NewStr("tag"), Int(5)); err != nil {
			t.Errorf("%s: setattr: %s", c.base.Name, otShow(th, nil, err))
			continue
		}
		if v, err := GetAttr(th, o, NewStr("tag")); err != nil || v != Int(5) {
			t.Errorf("%s: getattr tag = %v, %v", c.base.Name, v, err)
		}
		if d, err := GetAttr(th, o, NewStr("__dict__")); err != nil || scRepr(t, th, d) != "{'tag': 5}" {
			t.Errorf("%s: __dict__ = %v, %v", c.base.Name, d, err)
		}
		if cl, err := GetAttr(th, o, NewStr("__class__")); err != nil || cl != cls {
			t.Errorf("%s: __class__ = %v, %v", c.base.Name, cl, err)
		}
	}
}

func TestSubclassBoolRejected(t *testing.T) {
	th := otThread()
	_, err := NewClass(th, nil, "B", []*Type{BoolType}, NewDict())
	if got := otShow(th, nil, err); got != "TypeError: type 'bool' is not an acceptable base type" {
		t.Errorf("got %s", got)
	}
	_, err = NewClass(th, nil, "X", []*Type{ListType, DictType}, NewDict())
	if got := otShow(th, nil, err); got != "TypeError: multiple bases have instance lay-out conflict" {
		t.Errorf("got %s", got)
	}
}

func TestSubclassListOverrides(t *testing.T) {
	th := otThread()
	getitem := otfn("__getitem__", func(t *Thread, args []Object, kw []string) (Object, error) {
		return NewTuple(t, []Object{NewStr("item"), args[1]}), nil
	})
	length := otfn("__len__", func(t *Thread, args []Object, kw []string) (Object, error) { return Int(42), nil })
	iter := otfn("__iter__", func(t *Thread, args []Object, kw []string) (Object, error) {
		return Iter(t, NewList(t, []Object{NewStr("x")}))
	})
	cls := otClass(th, "L", []*Type{ListType}, "__getitem__", getitem, "__len__", length, "__iter__", iter)
	l := scCall(t, th, cls, NewList(th, []Object{Int(1), Int(2)}))
	if r, err := GetItem(th, l, Int(0)); err != nil || scRepr(t, th, r) != "('item', 0)" {
		t.Errorf("l[0] = %v, %v", r, err)
	}
	if n, err := Len(th, l); err != nil || n != 42 {
		t.Errorf("len = %d, %v", n, err)
	}
	items, err := IterateAll(th, l)
	if err != nil || len(items) != 1 || scRepr(t, th, items[0]) != "'x'" {
		t.Errorf("list(l) = %v, %v", items, err)
	}
	if s, err := StrJoin(th, NewStr(","), l); err != nil || s.s != "x" {
		t.Errorf("join = %v, %v", s, err)
	}
	// the built-in repr and methods still see the real items
	if got := scRepr(t, th, l); got != "[1, 2]" {
		t.Errorf("repr = %s", got)
	}
	app, _ := GetAttr(th, ListType, NewStr("append"))
	scCall(t, th, app, l, Int(3))
	if got := scRepr(t, th, l); got != "[1, 2, 3]" {
		t.Errorf("after list.append: %s", got)
	}
	// truth uses the overridden __len__ (42 -> True) even for an empty list
	e := scCall(t, th, cls)
	if b, err := Truth(th, e); err != nil || !b {
		t.Errorf("bool(L()) = %v, %v", b, err)
	}
}

func TestSubclassDictMissingAndSetItem(t *testing.T) {
	th := otThread()
	missing := otfn("__missing__", func(t *Thread, args []Object, kw []string) (Object, error) {
		return Binary(t, OpMul, args[1], Int(2))
	})
	var log []string
	setitem := otfn("__setitem__", func(t *Thread, args []Object, kw []string) (Object, error) {
		r, err := Repr(t, args[1])
		if err != nil {
			return nil, err
		}
		log = append(log, r.s)
		return None, args[0].(*Dict).SetItem(t, args[1], args[2])
	})
	cls := otClass(th, "D", []*Type{DictType}, "__missing__", missing, "__setitem__", setitem)
	d := scCall(t, th, cls)
	if r, err := GetItem(th, d, NewStr("ab")); err != nil || scRepr(t, th, r) != "'abab'" {
		t.Errorf("d['ab'] = %v, %v", r, err)
	}
	if err := SetItem(th, d, NewStr("k"), Int(1)); err != nil {
		t.Fatal(err)
	}
	if len(log) != 1 || log[0] != "'k'" {
		t.Errorf("__setitem__ log %v", log)
	}
	if got := scRepr(t, th, d); got != "{'k': 1}" {
		t.Errorf("repr %s", got)
	}
	if eq, err := Equal(th, d, scCall(t, th, DictType, NewList(th, []Object{NewTuple(th, []Object{NewStr("k"), Int(1)})}))); err != nil || !eq {
		t.Errorf("d == {'k': 1}: %v %v", eq, err)
	}
}

func TestSubclassTupleNew(t *testing.T) {
	th := otThread()
	cls := otClass(th, "T", []*Type{TupleType})
	tu := scCall(t, th, cls, NewList(th, []Object{Int(1), Int(2)}))
	h1, err1 := Hash(th, tu)
	h2, err2 := Hash(th, NewTuple(th, []Object{Int(1), Int(2)}))
	if err1 != nil || err2 != nil || h1 != h2 {
		t.Errorf("hash mismatch %d %d", h1, h2)
	}
	// tuple.__new__(T, ...) and the empty case give T instances
	e, err := TupleType.New(th, cls, nil, nil)
	if err != nil || e.Type() != cls || e == EmptyTuple {
		t.Errorf("tuple.__new__(T) = %s", scRepr(t, th, e))
	}
	// concatenation gives a plain tuple, never the operand itself
	r, err := Binary(th, OpAdd, tu, EmptyTuple)
	if err != nil || r.Type() != TupleType {
		t.Errorf("T + () type %v", r.Type().Name)
	}
}

func TestSubclassValueTypes(t *testing.T) {
	th := otThread()
	icls := otClass(th, "I", []*Type{IntType})
	i := scCall(t, th, icls, Int(5))
	r, err := Binary(th, OpAdd, i, Int(1))
	if err != nil || r != Int(6) {
		t.Errorf("I(5)+1 = %v %v", r, err)
	}
	if h, err := Hash(th, i); err != nil || h != 5 {
		t.Errorf("hash(I(5)) = %d %v", h, err)
	}
	if s, err := FormatSpecApply(th, i, "04d"); err != nil || s.s != "0005" {
		t.Errorf("format = %v %v", s, err)
	}
	scls := otClass(th, "S", []*Type{StrType})
	s := scCall(t, th, scls, NewStr("key"))
	// a str subclass key is found by a plain str and the other way round
	d := NewDict()
	if err := d.SetItem(th, s, Int(1)); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := d.GetItem(th, NewStr("key")); err != nil || !ok || v != Int(1) {
		t.Errorf("d['key'] = %v %v %v", v, ok, err)
	}
	d2 := NewDict()
	d2.SetItem(th, NewStr("key"), Int(2))
	if v, ok, err := d2.GetItem(th, s); err != nil || !ok || v != Int(2) {
		t.Errorf("d[S('key')] = %v %v %v", v, ok, err)
	}
	// str() of a str subclass instance is an exact str
	if st, err := ToStr(th, s); err != nil || st.Type() != StrType || st.s != "key" {
		t.Errorf("str(S) = %v %v", st, err)
	}
	if name, err := attrNameArg(th, s); err != nil || name.s != "key" {
		t.Errorf("attribute name from S: %v %v", name, err)
	}
}

func TestSubclassClassMethodProperty(t *testing.T) {
	th := otThread()
	cm := otClass(th, "acm", []*Type{ClassMethodType}, "__isabstractmethod__", True)
	f := otfn("f", func(t *Thread, args []Object, kw []string) (Object, error) { return args[0], nil })
	c := scCall(t, th, cm, f)
	if c.Type() != cm {
		t.Fatalf("type %s", c.Type().Name)
	}
	owner := otClass(th, "A", nil, "f", c)
	m, err := GetAttr(th, owner, NewStr("f"))
	if err != nil {
		t.Fatal(otShow(th, nil, err))
	}
	if r := scCall(t, th, m); r != owner {
		t.Errorf("A.f() = %s", scRepr(t, th, r))
	}
	pc := otClass(th, "cprop", []*Type{PropertyType})
	getter := otfn("v", func(t *Thread, args []Object, kw []string) (Object, error) { return Int(10), nil })
	p := scCall(t, th, pc, getter)
	owner2 := otClass(th, "C", nil, "v", p)
	inst := scCall(t, th, owner2)
	if v, err := GetAttr(th, inst, NewStr("v")); err != nil || v != Int(10) {
		t.Errorf("C().v = %v %v", v, err)
	}
}

// TestSubclassDealloc checks that a subclass instance's references are
// dropped (items and attribute dict) and __del__ runs once.
func TestSubclassDealloc(t *testing.T) {
	for _, free := range []bool{false, true} {
		th := NewInterpreter(free).NewThread()
		dels := 0
		del := otfn("__del__", func(t *Thread, args []Object, kw []string) (Object, error) {
			dels++
			return None, nil
		})
		cls := otClass(th, "L", []*Type{ListType}, "__del__", del)
		item := NewList(th, nil)
		l := scCall(t, th, cls, NewList(th, []Object{item}))
		attr := NewList(th, nil)
		if err := SetAttr(th, l, NewStr("a"), attr); err != nil {
			t.Fatal(err)
		}
		th.Incref(l)
		th.Decref(l)
		th.ProcessZeroCounts()
		if dels != 1 {
			t.Errorf("free=%v: __del__ ran %d times", free, dels)
		}
		// item is still held by the argument list only; attr had only the
		// instance dict's reference and was deallocated with it.
		if item.rc != 1 || attr.rc != immortalCount {
			t.Errorf("free=%v: counts after dealloc: item %d attr %d", free, item.rc, attr.rc)
		}
	}
}
