package runtime_test

import (
	"testing"

	. "pyg/runtime"
)

func ctrIntSet(t *testing.T, th *Thread, vals []int64) *Set {
	s := NewSet(th)
	for _, v := range vals {
		if err := s.Add(th, Int(v)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// TestCtrSetOrder checks iteration orders against CPython 3.13.
func TestCtrSetOrder(t *testing.T) {
	th := ctrThread()
	for _, c := range ctrSetCases {
		s := ctrIntSet(t, th, c.ins)
		for _, v := range c.rm {
			if _, err := s.Discard(th, Int(v)); err != nil {
				t.Fatal(err)
			}
		}
		ctrCheck(t, "set order", ctrRepr(th, s), c.want)
	}
	for _, c := range ctrSetPopCases {
		s := ctrIntSet(t, th, c.ins)
		var pops []Object
		for s.Len(th) > 0 {
			v, err := ctrM(th, s, "pop")
			if err != nil {
				t.Fatal(err)
			}
			pops = append(pops, v)
		}
		ctrCheck(t, "pop order", ctrRepr(th, ctrList(th, pops...)), c.pops)
	}
	for _, c := range ctrSetOpCases {
		a := ctrIntSet(t, th, c.a)
		b := ctrIntSet(t, th, c.b)
		cp, err := Call(th, SetType, []Object{a}, nil)
		ctrCheck(t, "set(a)", ctrRes(th, cp, err), c.copy)
		r, err := Binary(th, OpOr, a, b)
		ctrCheck(t, "a|b", ctrRes(th, r, err), c.or)
		r, err = Binary(th, OpAnd, a, b)
		ctrCheck(t, "a&b", ctrRes(th, r, err), c.and)
		r, err = Binary(th, OpSub, a, b)
		ctrCheck(t, "a-b", ctrRes(th, r, err), c.sub)
		r, err = Binary(th, OpXor, a, b)
		ctrCheck(t, "a^b", ctrRes(th, r, err), c.xor)
		_, err = ctrM(th, a, "update", ctrList(th, ctrInts(c.b...)...))
		ctrCheck(t, "a.update(list)", ctrRes(th, a, err), c.aupdb)
	}
}

func TestCtrSetOps(t *testing.T) {
	th := ctrThread()
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	s123 := func() *Set { return ctrIntSet(t, th, []int64{1, 2, 3}) }
	fs := func(vals ...int64) *Set {
		s, err := NewFrozenSet(th, ctrInts(vals...))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	ctrCheck(t, "repr empty", ctrRepr(th, NewSet(th)), "set()")
	ctrCheck(t, "repr frozen empty", ctrRepr(th, fs()), "frozenset()")
	ctrCheck(t, "repr frozen", ctrRepr(th, fs(1)), "frozenset({1})")
	ctrCheck(t, "set(1)", res(Call(th, SetType, []Object{Int(1)}, nil)), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "set(a, b)", res(Call(th, SetType, []Object{EmptyTuple, EmptyTuple}, nil)), "!! TypeError: set expected at most 1 argument, got 2")
	ctrCheck(t, "set(x=1)", res(Call(th, SetType, []Object{Int(1)}, []string{"x"})), "!! TypeError: set() takes no keyword arguments")
	ctrCheck(t, "frozenset(a, b)", res(Call(th, FrozenSetType, []Object{EmptyTuple, EmptyTuple}, nil)), "!! TypeError: frozenset expected at most 1 argument, got 2")
	ctrCheck(t, "remove missing", res(ctrM(th, s123(), "remove", Int(5))), "!! KeyError: 5")
	ctrCheck(t, "remove missing tuple", res(ctrM(th, s123(), "remove", ctrTuple(th, Int(1), Int(3)))), "!! KeyError: (1, 3)")
	ctrCheck(t, "pop empty", res(ctrM(th, NewSet(th), "pop")), "!! KeyError: 'pop from an empty set'")
	ctrCheck(t, "add no args", res(ctrM(th, s123(), "add")), "!! TypeError: set.add() takes exactly one argument (0 given)")
	ctrCheck(t, "pop arg", res(ctrM(th, s123(), "pop", Int(1))), "!! TypeError: set.pop() takes no arguments (1 given)")
	ctrCheck(t, "add list", res(ctrM(th, s123(), "add", ctrList(th))), "!! TypeError: unhashable type: 'list'")
	ctrCheck(t, "discard list", res(ctrM(th, s123(), "discard", ctrList(th))), "!! TypeError: unhashable type: 'list'")
	ctrCheck(t, "| list", res(Binary(th, OpOr, s123(), ctrList(th))), "!! TypeError: unsupported operand type(s) for |: 'set' and 'list'")
	ctrCheck(t, "|= list", res(InplaceBinary(th, OpOr, s123(), ctrList(th))), "!! TypeError: unsupported operand type(s) for |=: 'set' and 'list'")
	ctrCheck(t, "< list", res(RichCompare(th, s123(), ctrList(th), OpLt)), "!! TypeError: '<' not supported between instances of 'set' and 'list'")
	ctrCheck(t, "union", res(ctrM(th, s123(), "union", ctrList(th, ctrInts(7, 8)...), ctrTuple(th, Int(9)))), "{1, 2, 3, 7, 8, 9}")
	ctrCheck(t, "intersection", res(ctrM(th, s123(), "intersection", ctrList(th, ctrInts(3, 1)...))), "{1, 3}")
	ctrCheck(t, "intersection multi", res(ctrM(th, s123(), "intersection", ctrList(th, ctrInts(3, 1)...), ctrList(th, Int(3)))), "{3}")
	ctrCheck(t, "difference", res(ctrM(th, s123(), "difference", ctrList(th, Int(1)), ctrList(th, Int(2)))), "{3}")
	ctrCheck(t, "symmetric_difference", res(ctrM(th, s123(), "symmetric_difference", ctrList(th, ctrInts(3, 4)...))), "{1, 2, 4}")
	ctrCheck(t, "symmetric_difference no arg", res(ctrM(th, s123(), "symmetric_difference")), "!! TypeError: set.symmetric_difference() takes exactly one argument (0 given)")
	ctrCheck(t, "issubset", res(ctrM(th, s123(), "issubset", NewRange(0, 5, 1))), "True")
	ctrCheck(t, "issubset int", res(ctrM(th, s123(), "issubset", Int(1))), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "issuperset", res(ctrM(th, s123(), "issuperset", ctrList(th, Int(1)))), "True")
	ctrCheck(t, "isdisjoint", res(ctrM(th, s123(), "isdisjoint", ctrList(th, Int(4)))), "True")
	ctrCheck(t, "frozen|set", res(Binary(th, OpOr, fs(1, 2), ctrIntSet(t, th, []int64{3}))), "frozenset({1, 2, 3})")
	ctrCheck(t, "set|frozen", res(Binary(th, OpOr, ctrIntSet(t, th, []int64{3}), fs(1, 2))), "{1, 2, 3}")
	ctrCheck(t, "frozen<set", res(RichCompare(th, fs(1), ctrIntSet(t, th, []int64{1, 2}), OpLt)), "True")
	ctrCheck(t, "set==frozen", res(RichCompare(th, s123(), fs(1, 2, 3), OpEq)), "True")
	ctrCheck(t, "<= equal", res(RichCompare(th, s123(), s123(), OpLe)), "True")
	ctrCheck(t, "< equal", res(RichCompare(th, s123(), s123(), OpLt)), "False")
	ctrCheck(t, "> ", res(RichCompare(th, s123(), ctrIntSet(t, th, []int64{2}), OpGt)), "True")
	ctrCheck(t, "frozenset copy", res(ctrM(th, fs(3, 1), "copy")), "frozenset({1, 3})")
	ctrCheck(t, "mixed", ctrRepr(th, ctrIntSet(t, th, nil)), "set()")
	// set containing a frozenset, looked up with a set
	outer := NewSet(th)
	outer.Add(th, fs(1))
	ctrCheck(t, "remove set key", res(ctrM(th, outer, "remove", ctrIntSet(t, th, []int64{1}))), "None")
	in, err := Contains(th, s123(), ctrList(th))
	ctrCheck(t, "list in set", ctrRes(th, NewBool(in), err), "!! TypeError: unhashable type: 'list'")
	// mixed element types, iteration order as CPython
	mixed := NewSet(th)
	for _, v := range []Object{None, Int(1), ctrTuple(th, Int(1), Int(2)), Float(2.5), True, Float(1.5), Int(1 << 40)} {
		mixed.Add(th, v)
	}
	ctrCheck(t, "mixed order", ctrRepr(th, mixed), "{None, 1, 2.5, (1, 2), 1.5, 1099511627776}")
	// tuples of ints hash like CPython: iteration order matches
	tup := NewSet(th)
	for i := int64(0); i < 10; i++ {
		tup.Add(th, ctrTuple(th, Int(i), Int(i+1)))
	}
	ctrCheck(t, "tuple order", ctrRepr(th, tup), "{(0, 1), (9, 10), (1, 2), (3, 4), (2, 3), (6, 7), (4, 5), (8, 9), (5, 6), (7, 8)}")
	// in-place operators
	s := ctrIntSet(t, th, []int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	for _, step := range []struct {
		op   BinaryOp
		vals []int64
	}{{OpSub, []int64{1, 2}}, {OpAnd, []int64{0, 1, 2, 3, 4}}, {OpOr, []int64{100}}, {OpXor, []int64{3, 200}}} {
		r, err := InplaceBinary(th, step.op, s, ctrIntSet(t, th, step.vals))
		if err != nil || r != Object(s) {
			t.Fatalf("inplace %v: %v %v", step.op, r, err)
		}
	}
	ctrCheck(t, "inplace", ctrRepr(th, s), "{0, 100, 4, 200}")
	// iteration while changing size
	s = s123()
	it, _ := Iter(th, s)
	Next(th, it)
	s.Add(th, Int(10))
	_, err = Next(th, it)
	ctrCheck(t, "changed size", ctrRes(th, nil, err), "!! RuntimeError: Set changed size during iteration")
	_, err = Next(th, it)
	ctrCheck(t, "changed size sticky", ctrRes(th, nil, err), "!! RuntimeError: Set changed size during iteration")
}
