package runtime_test

import (
	"math"
	"testing"

	. "pyg/runtime"
)

// ctrListOf returns a function rendering list(it), or the error.
func ctrListOf(th *Thread) func(o Object, err error) string {
	return func(o Object, err error) string {
		if err != nil {
			return ctrRes(th, nil, err)
		}
		l, err := Call(th, ListType, []Object{o}, nil)
		return ctrRes(th, l, err)
	}
}

func TestCtrRange(t *testing.T) {
	th := ctrThread()
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	rng := func(args ...Object) Object {
		r, err := Call(th, RangeType, args, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	sl := func(a, b, c Object) Object { return NewSlice(th, a, b, c) }
	ctrCheck(t, "range()", res(Call(th, RangeType, nil, nil)), "!! TypeError: range expected at least 1 argument, got 0")
	ctrCheck(t, "range(4 args)", res(Call(th, RangeType, ctrInts(1, 2, 3, 4), nil)), "!! TypeError: range expected at most 3 arguments, got 4")
	ctrCheck(t, "range(1.5)", res(Call(th, RangeType, []Object{Float(1.5)}, nil)), "!! TypeError: 'float' object cannot be interpreted as an integer")
	ctrCheck(t, "range(step 0)", res(Call(th, RangeType, ctrInts(1, 2, 0), nil)), "!! ValueError: range() arg 3 must not be zero")
	ctrCheck(t, "range(x=1)", res(Call(th, RangeType, []Object{Int(1)}, []string{"x"})), "!! TypeError: range() takes no keyword arguments")
	ctrCheck(t, "repr", ctrRepr(th, rng(Int(10))), "range(0, 10)")
	ctrCheck(t, "repr step", ctrRepr(th, rng(ctrInts(-5, 7, 3)...)), "range(-5, 7, 3)")
	ctrCheck(t, "[10]", res(GetItem(th, rng(Int(10)), Int(10))), "!! IndexError: range object index out of range")
	ctrCheck(t, "['a']", res(GetItem(th, rng(Int(10)), ctrStr("a"))), "!! TypeError: range indices must be integers or slices, not str")
	ctrCheck(t, "[1:]", res(GetItem(th, rng(ctrInts(0, 10, 3)...), sl(Int(1), nil, nil))), "range(3, 12, 3)")
	ctrCheck(t, "[::-1]", res(GetItem(th, rng(Int(10)), sl(nil, nil, Int(-1)))), "range(9, -1, -1)")
	r2, _ := GetItem(th, rng(Int(10)), sl(nil, nil, Int(2)))
	ctrCheck(t, "[::2][::-3]", res(GetItem(th, r2, sl(nil, nil, Int(-3)))), "range(8, -2, -6)")
	ctrCheck(t, "[-1]", res(GetItem(th, rng(ctrInts(0, -10, -3)...), Int(-1))), "-9")
	ctrCheck(t, "[True]", res(GetItem(th, rng(Int(10)), True)), "1")
	ctrCheck(t, "index missing", res(ctrM(th, rng(Int(5)), "index", Int(7))), "!! ValueError: 7 is not in range")
	ctrCheck(t, "index str", res(ctrM(th, rng(Int(5)), "index", ctrStr("a"))), "!! ValueError: sequence.index(x): x not in sequence")
	ctrCheck(t, "index", res(ctrM(th, rng(ctrInts(10, 0, -2)...), "index", Int(4))), "3")
	ctrCheck(t, "count", res(ctrM(th, rng(Int(5)), "count", Int(1))), "1")
	ctrCheck(t, "count float", res(ctrM(th, rng(Int(5)), "count", Float(1))), "1")
	ctrCheck(t, "eq", res(RichCompare(th, rng(Int(10)), rng(ctrInts(0, 10, 1)...), OpEq)), "True")
	ctrCheck(t, "eq empty", res(RichCompare(th, rng(Int(0)), rng(ctrInts(5, 2)...), OpEq)), "True")
	ctrCheck(t, "eq single", res(RichCompare(th, rng(ctrInts(1, 2, 5)...), rng(ctrInts(1, 3, 7)...), OpEq)), "True")
	ctrCheck(t, "lt", res(RichCompare(th, rng(Int(3)), rng(Int(4)), OpLt)), "!! TypeError: '<' not supported between instances of 'range' and 'range'")
	ctrCheck(t, "list reversed", ctrListOf(th)(Call(th, ReversedType, []Object{rng(ctrInts(1, 10, 3)...)}, nil)), "[7, 4, 1]")
	ctrCheck(t, "list", ctrListOf(th)(rng(ctrInts(10, 0, -3)...), nil), "[10, 7, 4, 1]")
	ctrCheck(t, "start", res(GetAttrString(th, rng(ctrInts(1, 10, 3)...), "start")), "1")
	ctrCheck(t, "step", res(GetAttrString(th, rng(ctrInts(1, 10, 3)...), "step")), "3")
	for _, c := range []struct {
		r    Object
		v    Object
		want bool
	}{
		{rng(Int(10)), Int(5), true}, {rng(ctrInts(0, 10, 2)...), Int(5), false},
		{rng(ctrInts(10, 0, -3)...), Int(4), true}, {rng(ctrInts(10, 0, -3)...), Int(0), false},
		{rng(Int(3)), Float(1.0), true}, {rng(Int(3)), True, true}, {rng(Int(3)), ctrStr("a"), false},
	} {
		in, err := Contains(th, c.r, c.v)
		if err != nil || in != c.want {
			t.Errorf("%s in %s = %v, %v", ctrRepr(th, c.v), ctrRepr(th, c.r), in, err)
		}
	}
	n, err := Len(th, rng(ctrInts(0, 10, 3)...))
	if n != 4 || err != nil {
		t.Errorf("len = %d %v", n, err)
	}
	huge := NewRange(math.MinInt64, math.MaxInt64, 1)
	_, err = Len(th, huge)
	ctrCheck(t, "huge len", ctrRes(th, nil, err), "!! OverflowError: Python int too large to convert to C ssize_t")
	// iterator fast path
	it, _ := Iter(th, NewRange(math.MaxInt64-2, math.MaxInt64, 1))
	ri, ok := it.(*RangeIter)
	if !ok {
		t.Fatalf("range iterator is %T", it)
	}
	var got []int64
	for {
		v, ok := ri.NextInt()
		if !ok {
			break
		}
		got = append(got, v)
	}
	if len(got) != 2 || got[0] != math.MaxInt64-2 || got[1] != math.MaxInt64-1 {
		t.Errorf("iteration near MaxInt64: %v", got)
	}
	if _, ok := ri.NextInt(); ok {
		t.Errorf("exhausted iterator restarted")
	}
}

func TestCtrSlice(t *testing.T) {
	th := ctrThread()
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	ctrCheck(t, "repr", ctrRepr(th, NewSlice(th, Int(1), Int(2), nil)), "slice(1, 2, None)")
	ctrCheck(t, "slice(1)", res(Call(th, SliceType, []Object{Int(1)}, nil)), "slice(None, 1, None)")
	ctrCheck(t, "slice()", res(Call(th, SliceType, nil, nil)), "!! TypeError: slice expected at least 1 argument, got 0")
	ctrCheck(t, "indices", res(ctrM(th, NewSlice(th, Int(1), Int(2), Int(3)), "indices", Int(10))), "(1, 2, 3)")
	ctrCheck(t, "indices rev", res(ctrM(th, NewSlice(th, nil, nil, Int(-1)), "indices", Int(5))), "(4, -1, -1)")
	ctrCheck(t, "indices clamp", res(ctrM(th, NewSlice(th, Int(-100), Int(100), Int(3)), "indices", Int(10))), "(0, 10, 3)")
	ctrCheck(t, "indices neg len", res(ctrM(th, NewSlice(th, nil, nil, nil), "indices", Int(-1))), "!! ValueError: length should not be negative")
	ctrCheck(t, "indices step 0", res(ctrM(th, NewSlice(th, nil, nil, Int(0)), "indices", Int(1))), "!! ValueError: slice step cannot be zero")
	ctrCheck(t, "start", res(GetAttrString(th, NewSlice(th, Int(1), nil, nil), "start")), "1")
	ctrCheck(t, "stop", res(GetAttrString(th, NewSlice(th, Int(1), nil, nil), "stop")), "None")
	ctrCheck(t, "eq", res(RichCompare(th, NewSlice(th, Int(1), Int(2), nil), NewSlice(th, Int(1), Int(2), nil), OpEq)), "True")
	ctrCheck(t, "lt", res(RichCompare(th, NewSlice(th, Int(1), Int(2), nil), NewSlice(th, Int(1), Int(3), nil), OpLt)), "True")
	ctrCheck(t, "bad index", res(GetItem(th, ctrList(th), NewSlice(th, ctrStr("a"), nil, nil))), "!! TypeError: slice indices must be integers or None or have an __index__ method")
	start, stop, step, n, err := NewSlice(th, Int(-3), nil, nil).Indices(th, 10)
	if start != 7 || stop != 10 || step != 1 || n != 3 || err != nil {
		t.Errorf("Indices = %d %d %d %d %v", start, stop, step, n, err)
	}
	big, _ := Binary(th, OpMul, Int(1<<62), Int(16))
	start, stop, step, n, err = NewSlice(th, nil, big, nil).Indices(th, 10)
	if start != 0 || stop != 10 || step != 1 || n != 10 || err != nil {
		t.Errorf("Indices(big) = %d %d %d %d %v", start, stop, step, n, err)
	}
}

func TestCtrIterBuiltins(t *testing.T) {
	th := ctrThread()
	abs := NewBuiltin("abs", func(t *Thread, args []Object, kw []string) (Object, error) {
		return Unary(t, args[0], args[0].Type().Abs, "abs()")
	})
	add := NewBuiltin("add", func(t *Thread, args []Object, kw []string) (Object, error) { return Binary(t, OpAdd, args[0], args[1]) })
	gt1 := NewBuiltin("gt1", func(t *Thread, args []Object, kw []string) (Object, error) {
		return RichCompare(t, args[0], Int(1), OpGt)
	})
	ab := ctrStr("ab")
	call := func(typ *Type, args []Object, kw []string) string {
		return ctrListOf(th)(Call(th, typ, args, kw))
	}
	ctrCheck(t, "enumerate", call(EnumerateType, []Object{ab}, nil), "[(0, 'a'), (1, 'b')]")
	ctrCheck(t, "enumerate start", call(EnumerateType, []Object{ab, Int(5)}, nil), "[(5, 'a'), (6, 'b')]")
	ctrCheck(t, "enumerate kw", call(EnumerateType, []Object{ab, Int(2)}, []string{"iterable", "start"}), "[(2, 'a'), (3, 'b')]")
	ctrCheck(t, "enumerate overflow", call(EnumerateType, []Object{ab, Int(math.MaxInt64)}, nil), "[(9223372036854775807, 'a'), (9223372036854775808, 'b')]")
	ctrCheck(t, "enumerate()", call(EnumerateType, nil, nil), "!! TypeError: enumerate() missing required argument 'iterable'")
	ctrCheck(t, "enumerate(1)", call(EnumerateType, []Object{Int(1)}, nil), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "enumerate 3 args", call(EnumerateType, []Object{ab, Int(1), Int(2)}, nil), "!! TypeError: enumerate() takes at most 2 arguments (3 given)")
	ctrCheck(t, "enumerate bad kw", call(EnumerateType, []Object{ab, Int(1)}, []string{"x"}), "!! TypeError: 'x' is an invalid keyword argument for enumerate()")
	ctrCheck(t, "enumerate float", call(EnumerateType, []Object{ab, Float(1.5)}, []string{"start"}), "!! TypeError: 'float' object cannot be interpreted as an integer")
	ctrCheck(t, "zip", call(ZipType, []Object{ab, ctrList(th, ctrInts(1, 2, 3)...)}, nil), "[('a', 1), ('b', 2)]")
	ctrCheck(t, "zip()", call(ZipType, nil, nil), "[]")
	ctrCheck(t, "zip(1)", call(ZipType, []Object{Int(1)}, nil), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "zip bad kw", call(ZipType, []Object{Int(1)}, []string{"x"}), "!! TypeError: zip() got an unexpected keyword argument 'x'")
	l12, l2, l23, l1 := ctrList(th, ctrInts(1, 2)...), ctrList(th, Int(2)), ctrList(th, ctrInts(2, 3)...), ctrList(th, Int(1))
	ctrCheck(t, "zip strict 2<1", call(ZipType, []Object{l12, l2, True}, []string{"strict"}), "!! ValueError: zip() argument 2 is shorter than argument 1")
	ctrCheck(t, "zip strict 3<1-2", call(ZipType, []Object{l12, l23, l1, True}, []string{"strict"}), "!! ValueError: zip() argument 3 is shorter than arguments 1-2")
	ctrCheck(t, "zip strict 2>1", call(ZipType, []Object{l1, l23, l1, True}, []string{"strict"}), "!! ValueError: zip() argument 2 is longer than argument 1")
	ctrCheck(t, "zip strict 3>1-2", call(ZipType, []Object{l1, l2, l12, True}, []string{"strict"}), "!! ValueError: zip() argument 3 is longer than arguments 1-2")
	ctrCheck(t, "zip strict ok", call(ZipType, []Object{l12, l23, True}, []string{"strict"}), "[(1, 2), (2, 3)]")
	ctrCheck(t, "map", call(MapType, []Object{abs, ctrList(th, ctrInts(-1, 2)...)}, nil), "[1, 2]")
	ctrCheck(t, "map 2", call(MapType, []Object{add, ctrList(th, ctrInts(1, 2, 3)...), ctrList(th, ctrInts(10, 20)...)}, nil), "[11, 22]")
	ctrCheck(t, "map()", call(MapType, []Object{abs}, nil), "!! TypeError: map() must have at least two arguments.")
	ctrCheck(t, "map(1, x)", call(MapType, []Object{Int(1), l1}, nil), "!! TypeError: 'int' object is not callable")
	ctrCheck(t, "filter None", call(FilterType, []Object{None, ctrList(th, Int(0), Int(1), ctrStr(""), None, ctrStr("a"))}, nil), "[1, 'a']")
	ctrCheck(t, "filter fn", call(FilterType, []Object{gt1, ctrList(th, ctrInts(1, 2, 3)...)}, nil), "[2, 3]")
	ctrCheck(t, "filter 1 arg", call(FilterType, []Object{None}, nil), "!! TypeError: filter expected 2 arguments, got 1")
	ctrCheck(t, "reversed list", call(ReversedType, []Object{ctrList(th, ctrInts(1, 2, 3)...)}, nil), "[3, 2, 1]")
	ctrCheck(t, "reversed tuple", call(ReversedType, []Object{ctrTuple(th, ctrInts(1, 2, 3)...)}, nil), "[3, 2, 1]")
	ctrCheck(t, "reversed str", call(ReversedType, []Object{ctrStr("abc")}, nil), "['c', 'b', 'a']")
	ctrCheck(t, "reversed int", call(ReversedType, []Object{Int(1)}, nil), "!! TypeError: 'int' object is not reversible")
	ctrCheck(t, "reversed set", call(ReversedType, []Object{NewSet(th)}, nil), "!! TypeError: 'set' object is not reversible")
	ctrCheck(t, "reversed()", call(ReversedType, nil, nil), "!! TypeError: reversed expected 1 argument, got 0")
	ctrCheck(t, "reversed kw", call(ReversedType, []Object{Int(1)}, []string{"x"}), "!! TypeError: reversed() takes no keyword arguments")
	// types and iter(it) is it
	for _, c := range []struct {
		o    Object
		name string
	}{
		{ctrList(th), "list_iterator"}, {EmptyTuple, "tuple_iterator"}, {NewRange(0, 0, 1), "range_iterator"},
		{NewSet(th), "set_iterator"}, {NewDict(), "dict_keyiterator"},
		{NewDictView(th, NewDict(), 1), "dict_valueiterator"}, {NewDictView(th, NewDict(), 2), "dict_itemiterator"},
	} {
		it, err := Iter(th, c.o)
		if err != nil {
			t.Fatal(err)
		}
		ctrCheck(t, "iter type", it.Type().Name, c.name)
		it2, _ := Iter(th, it)
		if it2 != it {
			t.Errorf("iter(%s) is not itself", c.name)
		}
		nx, err := ctrM(th, it, "__next__")
		ctrCheck(t, c.name+".__next__()", ctrRes(th, nx, err), "!! StopIteration")
	}
	// IterateAll and SequenceItems
	items, err := IterateAll(th, NewRange(0, 3, 1))
	ctrCheck(t, "IterateAll", ctrRes(th, ctrList(th, items...), err), "[0, 1, 2]")
	_, err = SequenceItems(th, Int(1), "must assign iterable to extended slice")
	ctrCheck(t, "SequenceItems", ctrRes(th, nil, err), "!! TypeError: must assign iterable to extended slice")
}
