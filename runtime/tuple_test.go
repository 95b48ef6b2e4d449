package runtime_test

import (
	"strings"
	"testing"

	. "pyg/runtime"
)

// Shared helpers of the container tests (prefix ctr).

func ctrThread() *Thread { return NewInterpreter(false).NewThread() }

func ctrInts(vals ...int64) []Object {
	out := make([]Object, len(vals))
	for i, v := range vals {
		out[i] = Int(v)
	}
	return out
}

func ctrList(t *Thread, items ...Object) *List { return NewList(t, items) }

func ctrTuple(t *Thread, items ...Object) *Tuple { return NewTuple(t, items) }

// ctrErr renders an error as "Type: message" (KeyError shows repr(key), as str() does).
func ctrErr(t *Thread, err error) string {
	e, ok := err.(*Exception)
	if !ok {
		return "go error: " + err.Error()
	}
	name := e.Type().Name
	if e.Args == nil || len(e.Args.Items) == 0 {
		return name
	}
	a := e.Args.Items[0]
	if s, ok := a.(*Str); ok && e.Type() != KeyErrorType {
		return name + ": " + s.String()
	}
	r, rerr := Repr(t, a)
	if rerr != nil {
		return name + ": <repr error>"
	}
	return name + ": " + r.String()
}

// ctrRes renders (result, error) as the repr of the result or "!! Type: msg".
func ctrRes(t *Thread, o Object, err error) string {
	if err != nil {
		return "!! " + ctrErr(t, err)
	}
	if o == nil {
		return "<nil>"
	}
	r, err := Repr(t, o)
	if err != nil {
		return "!! repr: " + ctrErr(t, err)
	}
	return r.String()
}

func ctrRepr(t *Thread, o Object) string { return ctrRes(t, o, nil) }

// ctrM calls o.name(*args).
func ctrM(t *Thread, o Object, name string, args ...Object) (Object, error) {
	fn, err := GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	return Call(t, fn, args, nil)
}

// ctrMKw calls o.name(*args, **kw) with keyword names kw for the last len(kw) args.
func ctrMKw(t *Thread, o Object, name string, args []Object, kw []string) (Object, error) {
	fn, err := GetAttrString(t, o, name)
	if err != nil {
		return nil, err
	}
	return Call(t, fn, args, kw)
}

func ctrCheck(tb testing.TB, what, got, want string) {
	tb.Helper()
	if got != want {
		tb.Errorf("%s:\n got  %s\n want %s", what, got, want)
	}
}

func ctrStr(s string) Object { return NewStr(s) }

func TestCtrTupleRepr(t *testing.T) {
	th := ctrThread()
	inner := ctrTuple(th, Int(1), Int(2))
	cases := []struct {
		o    Object
		want string
	}{
		{EmptyTuple, "()"},
		{ctrTuple(th, Int(1)), "(1,)"},
		{ctrTuple(th, Int(1), ctrStr("a")), "(1, 'a')"},
		{ctrTuple(th, inner, ctrTuple(th, Int(3)), EmptyTuple), "((1, 2), (3,), ())"},
		{ctrTuple(th, None, True, Float(1.5)), "(None, True, 1.5)"},
	}
	for _, c := range cases {
		ctrCheck(t, "repr", ctrRepr(th, c.o), c.want)
	}
	// a tuple inside a self-referencing list
	l := ctrList(th, Int(1))
	tu := ctrTuple(th, l)
	l.Append(th, tu)
	ctrCheck(t, "recursive", ctrRepr(th, l), "[1, ([...],)]")
	ctrCheck(t, "recursive", ctrRepr(th, tu), "([1, (...)],)")
}

func TestCtrHashes(t *testing.T) {
	th := ctrThread()
	fs := func(items ...Object) Object {
		s, err := NewFrozenSet(th, items)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	rng := func(a, b, c int64) Object { return NewRange(a, b, c) }
	var r100 []Object
	for i := int64(0); i < 100; i++ {
		r100 = append(r100, Int(i))
	}
	cases := []struct {
		o    Object
		want int64
	}{
		{EmptyTuple, 5740354900026072187},
		{ctrTuple(th, Int(1)), -6644214454873602895},
		{ctrTuple(th, Int(1), Int(2)), -3550055125485641917},
		{ctrTuple(th, ctrTuple(th, Int(1), Int(2)), Int(3)), -333907151259015829},
		{ctrTuple(th, None, Float(1.5), Int(-1), True), -2496566085684279161},
		{ctrTuple(th, Int(1<<61-1), Int(-2)), 8374038142897728572},
		{fs(), 133146708735736},
		{fs(Int(1), Int(2), Int(3)), -272375401224217160},
		{fs(ctrTuple(th, Int(1), Int(2)), Int(-1)), 324682432506898787},
		{fs(r100...), 4411996150312757951},
		{NewSlice(th, Int(1), Int(2), Int(3)), -2340833382717974474},
		{NewSlice(th, nil, nil, nil), 4032618106351268893},
		{rng(0, 10, 1), -7546101314042312252},
		{rng(0, 0, 1), 2676694398852732306},
		{rng(3, 4, 1), 3985224588053030672},
		{rng(1, 10, 3), -9160968616009628824},
	}
	for _, c := range cases {
		h, err := Hash(th, c.o)
		if err != nil {
			t.Errorf("hash(%s): %v", ctrRepr(th, c.o), err)
			continue
		}
		if h != c.want {
			t.Errorf("hash(%s) = %d, want %d", ctrRepr(th, c.o), h, c.want)
		}
	}
	for _, o := range []Object{ctrList(th), NewDict(), NewSet(th), NewDictView(th, NewDict(), 0)} {
		_, err := Hash(th, o)
		ctrCheck(t, "unhashable", ctrRes(th, nil, err), "!! TypeError: unhashable type: '"+o.Type().Name+"'")
	}
	_, err := Hash(th, ctrTuple(th, Int(1), ctrList(th)))
	ctrCheck(t, "unhashable item", ctrRes(th, nil, err), "!! TypeError: unhashable type: 'list'")
}

func TestCtrTupleOps(t *testing.T) {
	th := ctrThread()
	t12 := ctrTuple(th, Int(1), Int(2))
	t123 := ctrTuple(th, Int(1), Int(2), Int(3))
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	ctrCheck(t, "add", res(Binary(th, OpAdd, t12, ctrTuple(th, Int(3)))), "(1, 2, 3)")
	ctrCheck(t, "add list", res(Binary(th, OpAdd, t12, ctrList(th))), `!! TypeError: can only concatenate tuple (not "list") to tuple`)
	ctrCheck(t, "mul", res(Binary(th, OpMul, t12, Int(2))), "(1, 2, 1, 2)")
	ctrCheck(t, "rmul", res(Binary(th, OpMul, Int(2), t12)), "(1, 2, 1, 2)")
	ctrCheck(t, "mul neg", res(Binary(th, OpMul, t12, Int(-1))), "()")
	ctrCheck(t, "mul str", res(Binary(th, OpMul, t12, ctrStr("a"))), "!! TypeError: can't multiply sequence by non-int of type 'str'")
	ctrCheck(t, "getitem", res(GetItem(th, t123, Int(-1))), "3")
	ctrCheck(t, "getitem bool", res(GetItem(th, t123, True)), "2")
	ctrCheck(t, "getitem oob", res(GetItem(th, t123, Int(3))), "!! IndexError: tuple index out of range")
	ctrCheck(t, "getitem str", res(GetItem(th, t123, ctrStr("a"))), "!! TypeError: tuple indices must be integers or slices, not str")
	ctrCheck(t, "slice", res(GetItem(th, t123, NewSlice(th, Int(1), nil, nil))), "(2, 3)")
	ctrCheck(t, "slice rev", res(GetItem(th, t123, NewSlice(th, nil, nil, Int(-1)))), "(3, 2, 1)")
	ctrCheck(t, "slice step0", res(GetItem(th, t123, NewSlice(th, nil, nil, Int(0)))), "!! ValueError: slice step cannot be zero")
	ctrCheck(t, "count", res(ctrM(th, ctrTuple(th, Int(1), Int(2), Int(1)), "count", Int(1))), "2")
	ctrCheck(t, "index", res(ctrM(th, t123, "index", Int(3))), "2")
	ctrCheck(t, "index missing", res(ctrM(th, t123, "index", Int(4))), "!! ValueError: tuple.index(x): x not in tuple")
	ctrCheck(t, "index range", res(ctrM(th, t123, "index", Int(1), Int(1))), "!! ValueError: tuple.index(x): x not in tuple")
	ctrCheck(t, "lt", res(RichCompare(th, t12, ctrTuple(th, Int(1), Int(3)), OpLt)), "True")
	ctrCheck(t, "lt prefix", res(RichCompare(th, t12, t123, OpLt)), "True")
	ctrCheck(t, "eq", res(RichCompare(th, t12, ctrTuple(th, Int(1), Int(2)), OpEq)), "True")
	ctrCheck(t, "lt mixed", res(RichCompare(th, ctrTuple(th, Int(1), ctrStr("a")), t12, OpLt)), "!! TypeError: '<' not supported between instances of 'str' and 'int'")
	ctrCheck(t, "tuple(list)", res(Call(th, TupleType, []Object{ctrList(th, Int(1), Int(2))}, nil)), "(1, 2)")
	ctrCheck(t, "tuple(range)", res(Call(th, TupleType, []Object{NewRange(0, 3, 1)}, nil)), "(0, 1, 2)")
	ctrCheck(t, "tuple()", res(Call(th, TupleType, nil, nil)), "()")
	ctrCheck(t, "tuple(1)", res(Call(th, TupleType, []Object{Int(1)}, nil)), "!! TypeError: 'int' object is not iterable")
	in, err := Contains(th, t123, Int(2))
	if err != nil || !in {
		t.Errorf("2 in (1, 2, 3) = %v, %v", in, err)
	}
	if r, _ := Call(th, TupleType, []Object{t12}, nil); r != Object(t12) {
		t.Errorf("tuple(t) is not t")
	}
}

func TestCtrRefCounts(t *testing.T) {
	th := ctrThread()
	x := ctrList(th)
	l := ctrList(th)
	l.Append(th, x)
	l.Append(th, x)
	if RefCount(x) != 2 {
		t.Errorf("refcount after two appends = %d", RefCount(x))
	}
	if _, err := ctrM(th, l, "pop"); err != nil {
		t.Fatal(err)
	}
	if RefCount(x) != 1 {
		t.Errorf("refcount after pop = %d", RefCount(x))
	}
	tu := NewTuple(th, []Object{x})
	if RefCount(x) != 2 {
		t.Errorf("refcount with tuple = %d", RefCount(x))
	}
	th.Incref(tu)
	th.Decref(tu)
	th.ProcessZeroCounts()
	if RefCount(x) != 1 {
		t.Errorf("refcount after tuple dealloc = %d", RefCount(x))
	}
	s := NewSet(th)
	fs := ctrTuple(th, Int(1))
	if err := s.Add(th, fs); err != nil {
		t.Fatal(err)
	}
	if err := s.Add(th, ctrTuple(th, Int(1))); err != nil {
		t.Fatal(err)
	}
	if RefCount(fs) != 1 {
		t.Errorf("refcount of set element = %d", RefCount(fs))
	}
	if _, err := ctrM(th, s, "clear"); err != nil {
		t.Fatal(err)
	}
	if RefCount(fs) != 0 {
		t.Errorf("refcount after clear = %d", RefCount(fs))
	}
	d := NewDict()
	rc := RefCount(l)
	it, _ := Iter(th, l)
	if RefCount(l) != rc+1 {
		t.Errorf("iterator holds %d refs to list", RefCount(l))
	}
	for {
		v, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if v == nil {
			break
		}
	}
	if RefCount(l) != rc {
		t.Errorf("exhausted iterator still holds list: %d", RefCount(l))
	}
	_ = d
	if !strings.HasPrefix(ctrRepr(th, l), "[[") {
		t.Errorf("list repr %s", ctrRepr(th, l))
	}
}
