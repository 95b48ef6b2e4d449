package runtime

import (
	"fmt"
	"strings"
	"testing"
)

// otFunc stands in for a Python function (vm.Function) in the object-model
// tests: it binds to instances and is called with self first.
type otFunc struct {
	Header
	name string
	fn   func(t *Thread, args []Object, kw []string) (Object, error)
}

var otFuncType = NewBuiltinType("function", "builtins", nil, FlagMethodDescriptor)

func (*otFunc) Type() *Type { return otFuncType }

func init() {
	otFuncType.Call = func(t *Thread, f Object, args []Object, kw []string) (Object, error) {
		return f.(*otFunc).fn(t, args, kw)
	}
	otFuncType.DescrGet = func(t *Thread, d, obj Object, typ *Type) (Object, error) {
		if obj == nil {
			return d, nil
		}
		return NewMethod(d, obj), nil
	}
	otFuncType.Repr = func(t *Thread, o Object) (Object, error) {
		return NewStr(fmt.Sprintf("<function %s at %s>", o.(*otFunc).name, objectAddrString(o))), nil
	}
	otFuncType.GetAttr = func(t *Thread, o Object, name *Str) (Object, error) {
		if name.s == "__name__" || name.s == "__qualname__" {
			return NewStr(o.(*otFunc).name), nil
		}
		return GenericGetAttr(t, o, name, nil)
	}
}

func otfn(name string, fn func(t *Thread, args []Object, kw []string) (Object, error)) *otFunc {
	return &otFunc{name: name, fn: fn}
}

// otBody is a class body for __build_class__ tests.
type otBody struct {
	Header
	attrs []any // name, value pairs
}

func (*otBody) Type() *Type { return otFuncType }

func (b *otBody) RunWithLocals(t *Thread, locals *Dict) (Object, error) {
	for i := 0; i < len(b.attrs); i += 2 {
		locals.SetStr(t, NewStr(b.attrs[i].(string)), b.attrs[i+1].(Object))
	}
	return None, nil
}

func otThread() *Thread { return NewInterpreter(false).NewThread() }

// otClass makes a class with the given attributes (name, value pairs).
func otClass(t *Thread, name string, bases []*Type, attrs ...any) *Type {
	ns := NewDict()
	ns.SetStr(t, NewStr("__module__"), NewStr("__main__"))
	for i := 0; i < len(attrs); i += 2 {
		ns.SetStr(t, NewStr(attrs[i].(string)), attrs[i+1].(Object))
	}
	c, err := NewClass(t, nil, name, bases, ns)
	if err != nil {
		panic(err)
	}
	return c
}

// otShow renders a result as the CPython tests print it: the repr, or
// "Type: message".
func otShow(t *Thread, o Object, err error) string {
	if err != nil {
		e := AsException(t, err)
		s, serr := ToStr(t, e)
		if serr != nil {
			return e.typ.Name + ": <str failed>"
		}
		return e.typ.Name + ": " + s.s
	}
	r, rerr := Repr(t, o)
	if rerr != nil {
		return "repr failed: " + rerr.Error()
	}
	return r.s
}

// otAddrFree replaces addresses (0x...) by 0xADDR.
func otAddrFree(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.HasPrefix(s[i:], "0x") && i+2 < len(s) && otIsHex(s[i+2]) {
			b.WriteString("0xADDR")
			i += 2
			for i < len(s) && otIsHex(s[i]) {
				i++
			}
			i--
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func otIsHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
}

func otCall(t *Thread, fn Object, args ...Object) (Object, error) { return Call(t, fn, args, nil) }

func otCheck(tb testing.TB, t *Thread, what string, o Object, err error, want string) {
	tb.Helper()
	got := otAddrFree(otShow(t, o, err))
	if got != want {
		tb.Errorf("%s = %s, want %s", what, got, want)
	}
}

func otAttr(t *Thread, o Object, name string) (Object, error) { return GetAttrString(t, o, name) }

func TestClassBasics(t *testing.T) {
	th := otThread()
	c := otClass(th, "C", nil)
	otCheck(t, th, "repr(C)", c, nil, "<class '__main__.C'>")
	obj, err := otCall(th, c)
	otCheck(t, th, "C()", obj, err, "<__main__.C object at 0xADDR>")
	_, err = otCall(th, c, Int(1))
	otCheck(t, th, "C(1)", nil, err, "TypeError: C() takes no arguments")
	if err := SetAttr(th, obj, NewStr("x"), Int(5)); err != nil {
		t.Fatal(err)
	}
	v, err := otAttr(th, obj, "x")
	otCheck(t, th, "c.x", v, err, "5")
	v, err = otAttr(th, obj, "y")
	otCheck(t, th, "c.y", v, err, "AttributeError: 'C' object has no attribute 'y'")
	v, err = otAttr(th, obj, "__dict__")
	otCheck(t, th, "c.__dict__", v, err, "{'x': 5}")
	v, err = otAttr(th, c, "__name__")
	otCheck(t, th, "C.__name__", v, err, "'C'")
	v, err = otAttr(th, c, "__mro__")
	otCheck(t, th, "C.__mro__", v, err, "(<class '__main__.C'>, <class 'object'>)")
	v, err = otAttr(th, c, "__doc__")
	otCheck(t, th, "C.__doc__", v, err, "None")
	v, err = otAttr(th, c, "__module__")
	otCheck(t, th, "C.__module__", v, err, "'__main__'")
	v, err = otAttr(th, obj, "__class__")
	otCheck(t, th, "c.__class__", v, err, "<class '__main__.C'>")
	v, err = otCall(th, TypeType, obj)
	otCheck(t, th, "type(c)", v, err, "<class '__main__.C'>")
	err = SetAttr(th, IntType, NewStr("x"), Int(1))
	otCheck(t, th, "int.x = 1", nil, err, "TypeError: cannot set 'x' attribute of immutable type 'int'")
	err = SetAttr(th, ObjectType, NewStr("x"), Int(1))
	otCheck(t, th, "object.x = 1", nil, err, "TypeError: cannot set 'x' attribute of immutable type 'object'")
	v, err = otCall(th, ObjectType, Int(1))
	otCheck(t, th, "object(1)", v, err, "TypeError: object() takes no arguments")
	o, _ := otCall(th, ObjectType)
	err = SetAttr(th, o, NewStr("x"), Int(1))
	otCheck(t, th, "object().x = 1", nil, err, "AttributeError: 'object' object has no attribute 'x' and no __dict__ for setting new attributes")
	h1, _ := Hash(th, obj)
	h2, _ := Hash(th, obj)
	if h1 != h2 {
		t.Errorf("hash not stable")
	}
	eq, _ := Equal(th, obj, obj)
	if !eq {
		t.Errorf("c != c")
	}
	o2, _ := otCall(th, c)
	eq, _ = Equal(th, obj, o2)
	if eq {
		t.Errorf("distinct instances compare equal")
	}
	ne, _ := CompareBool(th, obj, o2, OpNe)
	if !ne {
		t.Errorf("c != c2 false")
	}
	f, err := Format(th, obj, "x")
	otCheck(t, th, "format(c, 'x')", f, err, "TypeError: unsupported format string passed to C.__format__")
}

func TestTypeCallForms(t *testing.T) {
	th := otThread()
	ns := NewDict()
	ns.SetStr(th, NewStr("a"), Int(1))
	c, err := otCall(th, TypeType, NewStr("X"), NewTuple(th, nil), ns)
	otCheck(t, th, "type('X', (), {'a': 1})", c, err, "<class '__main__.X'>")
	v, err := otAttr(th, c, "a")
	otCheck(t, th, "X.a", v, err, "1")
	_, err = otCall(th, TypeType, Int(1), Int(2))
	otCheck(t, th, "type(1, 2)", nil, err, "TypeError: type() takes 1 or 3 arguments")
	_, err = otCall(th, TypeType, NewStr("a"), Int(1), NewDict())
	otCheck(t, th, "type('a', 1, {})", nil, err, "TypeError: type.__new__() argument 2 must be tuple, not int")
	_, err = otCall(th, TypeType, NewStr("a"), NewTuple(th, []Object{BoolType}), NewDict())
	otCheck(t, th, "type('a', (bool,), {})", nil, err, "TypeError: type 'bool' is not an acceptable base type")
	v, err = otCall(th, TypeType, Int(1))
	otCheck(t, th, "type(1)", v, err, "<class 'int'>")
}

func TestMRO(t *testing.T) {
	th := otThread()
	o := otClass(th, "O", nil)
	a := otClass(th, "A", []*Type{o})
	b := otClass(th, "B", []*Type{o})
	c := otClass(th, "C", []*Type{o})
	d := otClass(th, "D", []*Type{o})
	e := otClass(th, "E", []*Type{o})
	k1 := otClass(th, "K1", []*Type{a, b, c})
	k2 := otClass(th, "K2", []*Type{d, b, e})
	k3 := otClass(th, "K3", []*Type{d, a})
	z := otClass(th, "Z", []*Type{k1, k2, k3})
	var names []string
	for _, m := range z.MRO {
		names = append(names, m.Name)
	}
	if got := strings.Join(names, " "); got != "Z K1 K2 K3 D A B C E O object" {
		t.Errorf("MRO(Z) = %s", got)
	}
	_, err := NewClass(th, nil, "X", []*Type{a, k1}, NewDict())
	otCheck(t, th, "class X(A, K1)", nil, err, "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, K1")
	_, err = NewClass(th, nil, "X", []*Type{a, a}, NewDict())
	otCheck(t, th, "class X(A, A)", nil, err, "TypeError: duplicate base class A")
	_, err = NewClass(th, nil, "X", []*Type{IntType, StrType}, NewDict())
	otCheck(t, th, "class X(int, str)", nil, err, "TypeError: multiple bases have instance lay-out conflict")
	v, err := CallMethod(th, z, "mro")
	if err != nil || len(v.(*List).Items) != 11 {
		t.Errorf("Z.mro() = %v, %v", v, err)
	}
}

func TestDunderDispatch(t *testing.T) {
	th := otThread()
	self := func(args []Object) *Instance { return args[0].(*Instance) }
	getx := func(th *Thread, o Object) Object {
		v, _ := GetAttrString(th, o, "x")
		return v
	}
	vec := otClass(th, "Vec", nil,
		"__init__", otfn("Vec.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return None, SetAttr(th, self(args), NewStr("x"), args[1])
		}),
		"__repr__", otfn("Vec.__repr__", func(th *Thread, args []Object, kw []string) (Object, error) {
			r, _ := Repr(th, getx(th, args[0]))
			return NewStr("Vec(" + r.s + ")"), nil
		}),
		"__add__", otfn("Vec.__add__", func(th *Thread, args []Object, kw []string) (Object, error) {
			if _, ok := args[1].(Int); !ok {
				return NotImplemented, nil
			}
			return Binary(th, OpAdd, getx(th, args[0]), args[1])
		}),
		"__radd__", otfn("Vec.__radd__", func(th *Thread, args []Object, kw []string) (Object, error) {
			r, err := Binary(th, OpMul, getx(th, args[0]), Int(100))
			if err != nil {
				return nil, err
			}
			return Binary(th, OpAdd, r, args[1])
		}),
		"__iadd__", otfn("Vec.__iadd__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return NewStr("iadd"), nil
		}),
		"__eq__", otfn("Vec.__eq__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return NewBool(args[1] == Int(7)), nil
		}),
		"__lt__", otfn("Vec.__lt__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return True, nil
		}),
		"__len__", otfn("Vec.__len__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return getx(th, args[0]), nil
		}),
		"__getitem__", otfn("Vec.__getitem__", func(th *Thread, args []Object, kw []string) (Object, error) {
			i := args[1].(Int)
			if i >= 3 {
				return nil, Errorf(th, IndexErrorType, "out")
			}
			return i * 10, nil
		}),
		"__call__", otfn("Vec.__call__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return NewTuple(th, append([]Object(nil), args[1:]...)), nil
		}),
		"__neg__", otfn("Vec.__neg__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return NewStr("neg"), nil
		}),
		"__getattr__", otfn("Vec.__getattr__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return NewStr("dyn:" + args[1].(*Str).s), nil
		}),
	)
	v, err := otCall(th, vec, Int(3))
	otCheck(t, th, "Vec(3)", v, err, "Vec(3)")
	s, err := ToStr(th, v)
	otCheck(t, th, "str(Vec(3))", s, err, "'Vec(3)'")
	r, err := Binary(th, OpAdd, v, Int(4))
	otCheck(t, th, "v + 4", r, err, "7")
	r, err = Binary(th, OpAdd, Int(4), v)
	otCheck(t, th, "4 + v", r, err, "304")
	r, err = Binary(th, OpAdd, v, NewStr("s"))
	otCheck(t, th, "v + 's'", r, err, "TypeError: unsupported operand type(s) for +: 'Vec' and 'str'")
	r, err = Binary(th, OpSub, v, Int(1))
	otCheck(t, th, "v - 1", r, err, "TypeError: unsupported operand type(s) for -: 'Vec' and 'int'")
	r, err = InplaceBinary(th, OpAdd, v, Int(1))
	otCheck(t, th, "v += 1", r, err, "'iadd'")
	eq, err := Equal(th, v, Int(7))
	if !eq || err != nil {
		t.Errorf("v == 7: %v %v", eq, err)
	}
	ne, err := CompareBool(th, v, Int(8), OpNe)
	if !ne || err != nil {
		t.Errorf("v != 8: %v %v", ne, err)
	}
	_, err = Hash(th, v)
	otCheck(t, th, "hash(v)", nil, err, "TypeError: unhashable type: 'Vec'")
	lt, err := CompareBool(th, v, Int(1), OpLt)
	if !lt || err != nil {
		t.Errorf("v < 1: %v %v", lt, err)
	}
	gt, err := CompareBool(th, Int(1), v, OpGt)
	if !gt || err != nil {
		t.Errorf("1 > v (reflected __lt__): %v %v", gt, err)
	}
	_, err = CompareBool(th, v, Int(1), OpGe)
	otCheck(t, th, "v >= 1", nil, err, "TypeError: '>=' not supported between instances of 'Vec' and 'int'")
	n, err := Len(th, v)
	if n != 3 || err != nil {
		t.Errorf("len(v) = %d %v", n, err)
	}
	b, err := Truth(th, v)
	if !b || err != nil {
		t.Errorf("bool(v) = %v %v", b, err)
	}
	items, err := IterateAll(th, v)
	otCheck(t, th, "list(v)", NewList(th, items), err, "[0, 10, 20]")
	in, err := Contains(th, v, Int(20))
	if !in || err != nil {
		t.Errorf("20 in v: %v %v", in, err)
	}
	r, err = Call(th, v, []Object{Int(1), Int(2)}, nil)
	otCheck(t, th, "v(1, 2)", r, err, "(1, 2)")
	r, err = Neg(th, v)
	otCheck(t, th, "-v", r, err, "'neg'")
	r, err = otAttr(th, v, "zzz")
	otCheck(t, th, "v.zzz", r, err, "'dyn:zzz'")
	r, err = Invert(th, v)
	otCheck(t, th, "~v", r, err, "TypeError: bad operand type for unary ~: 'Vec'")

	// subclass inherits the dunders; assigning a dunder later updates slots
	sub := otClass(th, "Sub", []*Type{vec})
	sv, err := otCall(th, sub, Int(5))
	otCheck(t, th, "Sub(5)", sv, err, "Vec(5)")
	err = SetAttr(th, vec, NewStr("__repr__"), otfn("r2", func(th *Thread, args []Object, kw []string) (Object, error) {
		return NewStr("r2"), nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	otCheck(t, th, "repr(Sub(5)) after Vec.__repr__ = r2", sv, nil, "r2")
	err = SetAttr(th, vec, NewStr("__hash__"), otfn("h", func(th *Thread, args []Object, kw []string) (Object, error) {
		return Int(42), nil
	}))
	if err != nil {
		t.Fatal(err)
	}
	h, err := Hash(th, sv)
	if h != 42 || err != nil {
		t.Errorf("hash(sv) = %d %v", h, err)
	}
}

func TestInitNewAndIterators(t *testing.T) {
	th := otThread()
	bad := otClass(th, "I", nil, "__init__", otfn("I.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		return Int(1), nil
	}))
	_, err := otCall(th, bad)
	otCheck(t, th, "I()", nil, err, "TypeError: __init__() should return None, not 'int'")

	var cnt int
	it := otClass(th, "It", nil,
		"__iter__", otfn("It.__iter__", func(th *Thread, args []Object, kw []string) (Object, error) { return args[0], nil }),
		"__next__", otfn("It.__next__", func(th *Thread, args []Object, kw []string) (Object, error) {
			cnt++
			if cnt > 3 {
				return nil, NewException(th, StopIterationType)
			}
			return Int(cnt), nil
		}))
	o, _ := otCall(th, it)
	items, err := IterateAll(th, o)
	otCheck(t, th, "list(It())", NewList(th, items), err, "[1, 2, 3]")

	// __new__ returning an instance of another class skips __init__
	other := otClass(th, "Other", nil)
	n := otClass(th, "N", nil,
		"__new__", otfn("N.__new__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return Call(th, other, nil, nil)
		}),
		"__init__", otfn("N.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return nil, Errorf(th, RuntimeErrorType, "init called")
		}))
	v, err := otCall(th, n, Int(1))
	otCheck(t, th, "N(1)", v, err, "<__main__.Other object at 0xADDR>")

	// __new__ calling object.__new__ with extra args
	e := otClass(th, "E", nil,
		"__new__", otfn("E.__new__", func(th *Thread, args []Object, kw []string) (Object, error) {
			on, _ := GetAttrString(th, ObjectType, "__new__")
			return Call(th, on, args, nil)
		}))
	_, err = otCall(th, e, Int(1))
	otCheck(t, th, "E(1)", nil, err, "TypeError: object.__new__() takes exactly one argument (the type to instantiate)")
	oi, _ := GetAttrString(th, ObjectType, "__init__")
	c := otClass(th, "C", nil)
	inst, _ := otCall(th, c)
	_, err = otCall(th, oi, inst, Int(1))
	otCheck(t, th, "object.__init__(C(), 1)", nil, err, "TypeError: C.__init__() takes exactly one argument (the instance to initialize)")
	d := otClass(th, "D", nil, "__init__", otfn("D.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		return Call(th, oi, args, nil)
	}))
	_, err = otCall(th, d, Int(1))
	otCheck(t, th, "D(1) calling object.__init__(self, 1)", nil, err, "TypeError: object.__init__() takes exactly one argument (the instance to initialize)")
}

func TestBuildClass(t *testing.T) {
	th := otThread()
	b := NewBuiltins(th)
	bc, _ := b.Dict.GetStr(NewStr("__build_class__"))
	cell := &Cell{}
	body := &otBody{attrs: []any{"__module__", NewStr("__main__"), "__qualname__", NewStr("Outer.K"), "y", Int(2),
		"__classcell__", cell}}
	k, err := Call(th, bc, []Object{body, NewStr("K")}, nil)
	otCheck(t, th, "class K", k, err, "<class '__main__.Outer.K'>")
	if cell.Get(th) != k {
		t.Errorf("__classcell__ not set")
	}
	// __init_subclass__ with class keywords
	var got string
	base := otClass(th, "Base", nil, "__init_subclass__", otfn("Base.__init_subclass__", func(th *Thread, args []Object, kw []string) (Object, error) {
		got = otShow(th, args[0], nil) + fmt.Sprint(kw)
		return None, nil
	}))
	_, err = Call(th, bc, []Object{&otBody{}, NewStr("K2"), base, Int(1)}, []string{"x"})
	if err != nil || got != "<class '__main__.K2'>[x]" {
		t.Errorf("__init_subclass__: %q %v", got, err)
	}
	_, err = Call(th, bc, []Object{&otBody{}, NewStr("K3"), Int(1)}, []string{"x"})
	otCheck(t, th, "class K3(x=1)", nil, err, "TypeError: K3.__init_subclass__() takes no keyword arguments")
	// metaclass
	meta := otClass(th, "Meta", []*Type{TypeType}, "__call__", otfn("Meta.__call__", func(th *Thread, args []Object, kw []string) (Object, error) {
		return Int(42), nil
	}), "hello", otfn("Meta.hello", func(th *Thread, args []Object, kw []string) (Object, error) {
		return NewStr("hello from " + args[0].(*Type).Name), nil
	}))
	m, err := Call(th, bc, []Object{&otBody{}, NewStr("M"), meta}, []string{"metaclass"})
	otCheck(t, th, "class M(metaclass=Meta)", m, err, "<class '__main__.M'>")
	v, err := otCall(th, m)
	otCheck(t, th, "M()", v, err, "42")
	v, err = otCall(th, TypeType, m)
	otCheck(t, th, "type(M)", v, err, "<class '__main__.Meta'>")
	v, err = CallMethod(th, m, "hello")
	otCheck(t, th, "M.hello()", v, err, "'hello from M'")
	// a class deriving from M gets Meta as metaclass
	m2, err := Call(th, bc, []Object{&otBody{}, NewStr("M2"), m}, nil)
	if err != nil || m2.Type() != meta {
		t.Errorf("metaclass not inherited: %v %v", m2, err)
	}
	_, err = Call(th, bc, []Object{&otBody{}, NewStr("Z"), Int(1)}, []string{"metaclass"})
	otCheck(t, th, "class Z(metaclass=1)", nil, err, "TypeError: 'int' object is not callable")
}

func TestExceptionSubclass(t *testing.T) {
	th := otThread()
	myErr := otClass(th, "MyErr", []*Type{ExceptionType})
	e, err := otCall(th, myErr, Int(1), Int(2))
	otCheck(t, th, "MyErr(1, 2)", e, err, "MyErr(1, 2)")
	if _, ok := e.(*Exception); !ok {
		t.Fatalf("MyErr instance is %T", e)
	}
	s, err := ToStr(th, e)
	otCheck(t, th, "str(MyErr(1, 2))", s, err, "'(1, 2)'")
	if err := SetAttr(th, e, NewStr("code"), Int(5)); err != nil {
		t.Fatal(err)
	}
	v, err := otAttr(th, e, "code")
	otCheck(t, th, "e.code", v, err, "5")
	if !ExceptionMatches(e, ExceptionType) {
		t.Errorf("MyErr does not match Exception")
	}
	// custom __init__ calling super().__init__ and custom __str__
	var cls *Type
	cls = otClass(th, "AppError", []*Type{ValueErrorType},
		"__init__", otfn("AppError.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
			sup, err := Call(th, SuperType, []Object{cls, args[0]}, nil)
			if err != nil {
				return nil, err
			}
			if _, err := CallMethod(th, sup, "__init__", NewStr("msg:"+args[1].(*Str).s)); err != nil {
				return nil, err
			}
			return None, SetAttr(th, args[0], NewStr("code"), args[2])
		}),
		"__str__", otfn("AppError.__str__", func(th *Thread, args []Object, kw []string) (Object, error) {
			c, _ := GetAttrString(th, args[0], "code")
			r, _ := Repr(th, c)
			return NewStr("code " + r.s), nil
		}))
	e, err = otCall(th, cls, NewStr("boom"), Int(7))
	otCheck(t, th, "AppError('boom', 7)", e, err, "AppError('msg:boom')")
	s, err = ToStr(th, e)
	otCheck(t, th, "str(AppError)", s, err, "'code 7'")
	v, err = otAttr(th, e, "args")
	otCheck(t, th, "AppError.args", v, err, "('msg:boom',)")
}

func TestAttributeHooks(t *testing.T) {
	th := otThread()
	// a descriptor class implemented "in Python"
	var setLog []string
	desc := otClass(th, "D", nil,
		"__get__", otfn("D.__get__", func(th *Thread, args []Object, kw []string) (Object, error) {
			return NewTuple(th, []Object{NewStr("get"), NewBool(args[1] == None), args[2]}), nil
		}),
		"__set__", otfn("D.__set__", func(th *Thread, args []Object, kw []string) (Object, error) {
			setLog = append(setLog, otShow(th, args[2], nil))
			return None, nil
		}),
		"__set_name__", otfn("D.__set_name__", func(th *Thread, args []Object, kw []string) (Object, error) {
			setLog = append(setLog, "set_name "+args[1].(*Type).Name+" "+args[2].(*Str).s)
			return None, nil
		}))
	d, _ := otCall(th, desc)
	h := otClass(th, "H", nil, "d", d)
	obj, _ := otCall(th, h)
	v, err := otAttr(th, obj, "d")
	otCheck(t, th, "h.d", v, err, "('get', False, <class '__main__.H'>)")
	v, err = otAttr(th, h, "d")
	otCheck(t, th, "H.d", v, err, "('get', True, <class '__main__.H'>)")
	if err := SetAttr(th, obj, NewStr("d"), Int(5)); err != nil {
		t.Fatal(err)
	}
	if strings.Join(setLog, ",") != "set_name H d,5" {
		t.Errorf("descriptor log %q", setLog)
	}

	g := otClass(th, "G", nil, "__getattribute__", otfn("G.__getattribute__", func(th *Thread, args []Object, kw []string) (Object, error) {
		if args[1].(*Str).s == "missing" {
			return nil, Errorf(th, AttributeErrorType, "nope")
		}
		return NewStr("ga:" + args[1].(*Str).s), nil
	}), "__getattr__", otfn("G.__getattr__", func(th *Thread, args []Object, kw []string) (Object, error) {
		return NewStr("fallback:" + args[1].(*Str).s), nil
	}))
	gobj, _ := otCall(th, g)
	v, err = otAttr(th, gobj, "x")
	otCheck(t, th, "G().x", v, err, "'ga:x'")
	v, err = otAttr(th, gobj, "missing")
	otCheck(t, th, "G().missing", v, err, "'fallback:missing'")

	var log []string
	s := otClass(th, "S", nil, "__setattr__", otfn("S.__setattr__", func(th *Thread, args []Object, kw []string) (Object, error) {
		log = append(log, "set "+args[1].(*Str).s)
		osa, _ := GetAttrString(th, ObjectType, "__setattr__")
		return Call(th, osa, args, nil)
	}), "__delattr__", otfn("S.__delattr__", func(th *Thread, args []Object, kw []string) (Object, error) {
		log = append(log, "del "+args[1].(*Str).s)
		return None, nil
	}))
	sobj, _ := otCall(th, s)
	SetAttr(th, sobj, NewStr("y"), Int(3))
	SetAttr(th, sobj, NewStr("y"), nil)
	v, err = otAttr(th, sobj, "y")
	otCheck(t, th, "S().y", v, err, "3")
	if strings.Join(log, ",") != "set y,del y" {
		t.Errorf("setattr log %q", log)
	}
}

func TestDel(t *testing.T) {
	th := otThread()
	var errOut strings.Builder
	th.Interp.Stderr = &errOut
	var deleted []string
	c := otClass(th, "C", nil, "__del__", otfn("C.__del__", func(th *Thread, args []Object, kw []string) (Object, error) {
		v, _ := GetAttrString(th, args[0], "name")
		deleted = append(deleted, v.(*Str).s)
		if v.(*Str).s == "bad" {
			return nil, Errorf(th, ValueErrorType, "oops")
		}
		return None, nil
	}))
	total := th.RefTotal()
	for _, name := range []string{"a", "bad"} {
		o, _ := otCall(th, c)
		val := NewStr("payload")
		SetAttr(th, o, NewStr("name"), NewStr(name))
		SetAttr(th, o, NewStr("val"), val)
		th.Incref(o)
		th.Decref(o)
		th.ProcessZeroCounts()
		if RefCount(val) != 4294967295 { // dead objects become uncounted
			t.Errorf("instance dict not released: refcount(val) = %d", RefCount(val))
		}
		// (the "bad" case leaves the reference to the message held by the
		// uncounted args tuple of an Errorf exception)
		if name == "a" && th.RefTotal() != total {
			t.Errorf("ref total %d after deallocation, was %d", th.RefTotal(), total)
		}
	}
	if strings.Join(deleted, ",") != "a,bad" {
		t.Errorf("__del__ calls: %q", deleted)
	}
	if got := otAddrFree(errOut.String()); got != "Exception ignored in: <function C.__del__ at 0xADDR>\nValueError: oops\n" {
		t.Errorf("unraisable output %q", got)
	}
}

// TestClassesFreeThreaded creates instances of a shared class and sets and
// reads attributes from several threads in free-threaded mode (run with -race).
func TestClassesFreeThreaded(t *testing.T) {
	in := NewInterpreter(true)
	main := in.NewThread()
	c := otClass(main, "C", nil, "__init__", otfn("C.__init__", func(th *Thread, args []Object, kw []string) (Object, error) {
		return None, SetAttr(th, args[0], NewStr("x"), args[1])
	}), "get", otfn("C.get", func(th *Thread, args []Object, kw []string) (Object, error) {
		return GetAttrString(th, args[0], "x")
	}))
	shared, _ := otCall(main, c, Int(0))
	done := make(chan error, 4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			th := in.NewThread()
			defer in.EndThread(th)
			for i := 0; i < 300; i++ {
				o, err := Call(th, c, []Object{Int(i)}, nil)
				if err != nil {
					done <- err
					return
				}
				if _, err := CallMethod(th, o, "get"); err != nil {
					done <- err
					return
				}
				if err := SetAttr(th, shared, NewStr("x"), Int(i)); err != nil {
					done <- err
					return
				}
				if _, err := CallMethod(th, shared, "get"); err != nil {
					done <- err
					return
				}
				if _, err := Repr(th, o); err != nil {
					done <- err
					return
				}
			}
			done <- nil
		}(g)
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}
