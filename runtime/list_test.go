package runtime_test

import (
	"fmt"
	"sort"
	"sync"
	"testing"

	. "pyg/runtime"
)

func TestCtrListSlices(t *testing.T) {
	th := ctrThread()
	vals := []Object{ctrStr("a"), ctrStr("b"), ctrStr("c")}
	for _, c := range ctrSliceCases {
		name := fmt.Sprintf("[%s:%s:%s]", ctrRepr(th, orNone(c.start)), ctrRepr(th, orNone(c.stop)), ctrRepr(th, orNone(c.step)))
		sl := NewSlice(th, c.start, c.stop, c.step)
		l := ctrList(th, ctrInts(0, 1, 2, 3, 4, 5, 6, 7)...)
		got, err := GetItem(th, l, sl)
		ctrCheck(t, "get "+name, ctrRes(th, got, err), c.get)
		err = SetItem(th, l, sl, ctrList(th, vals[:c.n]...))
		ctrCheck(t, fmt.Sprintf("set %s = %d items", name, c.n), ctrRes(th, l, err), c.set)
		l = ctrList(th, ctrInts(0, 1, 2, 3, 4, 5, 6, 7)...)
		err = DelItem(th, l, sl)
		ctrCheck(t, "del "+name, ctrRes(th, l, err), c.del)
	}
	// assigning a list to a slice of itself
	l := ctrList(th, ctrInts(1, 2, 3)...)
	if err := SetItem(th, l, NewSlice(th, Int(1), Int(1), nil), l); err != nil {
		t.Fatal(err)
	}
	ctrCheck(t, "a[1:1] = a", ctrRepr(th, l), "[1, 1, 2, 3, 2, 3]")
	l = ctrList(th, ctrInts(1, 2, 3)...)
	if err := SetItem(th, l, NewSlice(th, nil, nil, Int(-1)), l); err != nil {
		t.Fatal(err)
	}
	ctrCheck(t, "a[::-1] = a", ctrRepr(th, l), "[3, 2, 1]")
	err := SetItem(th, l, NewSlice(th, Int(0), Int(2), nil), Int(1))
	ctrCheck(t, "a[0:2] = 1", ctrRes(th, nil, err), "!! TypeError: must assign iterable to extended slice")
	err = SetItem(th, l, NewSlice(th, nil, nil, Int(2)), Int(1))
	ctrCheck(t, "a[::2] = 1", ctrRes(th, nil, err), "!! TypeError: must assign iterable to extended slice")
	err = SetItem(th, l, NewSlice(th, nil, nil, Int(2)), ctrList(th, Int(1)))
	ctrCheck(t, "a[::2] = [1]", ctrRes(th, nil, err), "!! ValueError: attempt to assign sequence of size 1 to extended slice of size 2")
	err = SetItem(th, l, NewSlice(th, Int(1), nil, nil), ctrStr("xy"))
	ctrCheck(t, "a[1:] = 'xy'", ctrRes(th, l, err), "[3, 'x', 'y']")
	err = SetItem(th, l, Int(5), Int(1))
	ctrCheck(t, "a[5] = 1", ctrRes(th, nil, err), "!! IndexError: list assignment index out of range")
	err = DelItem(th, l, Int(-4))
	ctrCheck(t, "del a[-4]", ctrRes(th, nil, err), "!! IndexError: list assignment index out of range")
	err = SetItem(th, l, ctrStr("x"), Int(1))
	ctrCheck(t, "a['x'] = 1", ctrRes(th, nil, err), "!! TypeError: list indices must be integers or slices, not str")
	err = DelItem(th, l, Int(-1))
	ctrCheck(t, "del a[-1]", ctrRes(th, l, err), "[3, 'x']")
	err = SetItem(th, l, Int(-2), Int(9))
	ctrCheck(t, "a[-2] = 9", ctrRes(th, l, err), "[9, 'x']")
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func TestCtrListMethods(t *testing.T) {
	th := ctrThread()
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	l123 := func() *List { return ctrList(th, ctrInts(1, 2, 3)...) }
	ctrCheck(t, "index oob", res(GetItem(th, l123(), Int(5))), "!! IndexError: list index out of range")
	ctrCheck(t, "index str", res(GetItem(th, l123(), ctrStr("a"))), "!! TypeError: list indices must be integers or slices, not str")
	ctrCheck(t, "index float", res(GetItem(th, l123(), Float(1.5))), "!! TypeError: list indices must be integers or slices, not float")
	ctrCheck(t, "[-1]", res(GetItem(th, l123(), Int(-1))), "3")
	ctrCheck(t, "[True]", res(GetItem(th, l123(), True)), "2")
	ctrCheck(t, "pop empty", res(ctrM(th, ctrList(th), "pop")), "!! IndexError: pop from empty list")
	ctrCheck(t, "pop oob", res(ctrM(th, l123(), "pop", Int(5))), "!! IndexError: pop index out of range")
	ctrCheck(t, "pop str", res(ctrM(th, l123(), "pop", ctrStr("a"))), "!! TypeError: 'str' object cannot be interpreted as an integer")
	ctrCheck(t, "pop 2 args", res(ctrM(th, l123(), "pop", Int(1), Int(2))), "!! TypeError: pop expected at most 1 argument, got 2")
	ctrCheck(t, "remove missing", res(ctrM(th, l123(), "remove", Int(5))), "!! ValueError: list.remove(x): x not in list")
	ctrCheck(t, "index missing", res(ctrM(th, l123(), "index", Int(5))), "!! ValueError: 5 is not in list")
	ctrCheck(t, "index missing str", res(ctrM(th, l123(), "index", ctrStr("a"))), "!! ValueError: 'a' is not in list")
	ctrCheck(t, "index range", res(ctrM(th, l123(), "index", Int(2), Int(0), Int(1))), "!! ValueError: 2 is not in list")
	ctrCheck(t, "index neg start", res(ctrM(th, l123(), "index", Int(3), Int(-1))), "2")
	ctrCheck(t, "index bad start", res(ctrM(th, l123(), "index", Int(1), ctrStr("a"))), "!! TypeError: slice indices must be integers or have an __index__ method")
	ctrCheck(t, "concat tuple", res(Binary(th, OpAdd, l123(), EmptyTuple)), `!! TypeError: can only concatenate list (not "tuple") to list`)
	ctrCheck(t, "mul str", res(Binary(th, OpMul, l123(), ctrStr("a"))), "!! TypeError: can't multiply sequence by non-int of type 'str'")
	ctrCheck(t, "insert no args", res(ctrM(th, l123(), "insert")), "!! TypeError: insert expected 2 arguments, got 0")
	ctrCheck(t, "append no args", res(ctrM(th, l123(), "append")), "!! TypeError: list.append() takes exactly one argument (0 given)")
	ctrCheck(t, "append 2 args", res(ctrM(th, l123(), "append", Int(1), Int(2))), "!! TypeError: list.append() takes exactly one argument (2 given)")
	ctrCheck(t, "count no args", res(ctrM(th, l123(), "count")), "!! TypeError: list.count() takes exactly one argument (0 given)")
	ctrCheck(t, "extend int", res(ctrM(th, l123(), "extend", Int(1))), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "list(1)", res(Call(th, ListType, []Object{Int(1)}, nil)), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "list(a, b)", res(Call(th, ListType, []Object{EmptyTuple, EmptyTuple}, nil)), "!! TypeError: list expected at most 1 argument, got 2")
	ctrCheck(t, "list(x=1)", res(Call(th, ListType, []Object{Int(1)}, []string{"x"})), "!! TypeError: list() takes no keyword arguments")
	ctrCheck(t, "list(tuple)", res(Call(th, ListType, []Object{ctrTuple(th, Int(1), Int(2))}, nil)), "[1, 2]")
	ctrCheck(t, "list(range)", res(Call(th, ListType, []Object{NewRange(0, 3, 1)}, nil)), "[0, 1, 2]")
	ctrCheck(t, "list()", res(Call(th, ListType, nil, nil)), "[]")
	ctrCheck(t, "mul", res(Binary(th, OpMul, l123(), Int(2))), "[1, 2, 3, 1, 2, 3]")
	ctrCheck(t, "rmul", res(Binary(th, OpMul, Int(2), l123())), "[1, 2, 3, 1, 2, 3]")
	ctrCheck(t, "mul 0", res(Binary(th, OpMul, l123(), Int(0))), "[]")
	ctrCheck(t, "add", res(Binary(th, OpAdd, l123(), ctrList(th, Int(4)))), "[1, 2, 3, 4]")
	ctrCheck(t, "lt", res(RichCompare(th, l123(), ctrList(th, ctrInts(1, 3)...), OpLt)), "True")
	ctrCheck(t, "eq", res(RichCompare(th, l123(), l123(), OpEq)), "True")
	ctrCheck(t, "gt prefix", res(RichCompare(th, l123(), ctrList(th, Int(1)), OpGt)), "True")
	ctrCheck(t, "lt mixed", res(RichCompare(th, ctrList(th, Int(1), ctrStr("a")), ctrList(th, Int(1), Int(2)), OpLt)), "!! TypeError: '<' not supported between instances of 'str' and 'int'")
	ctrCheck(t, "count", res(ctrM(th, ctrList(th, ctrInts(1, 2, 1, 1)...), "count", Int(1))), "3")
	ctrCheck(t, "__len__", res(ctrM(th, l123(), "__len__")), "3")
	ctrCheck(t, "__getitem__", res(ctrM(th, l123(), "__getitem__", Int(1))), "2")
	ctrCheck(t, "__contains__", res(ctrM(th, l123(), "__contains__", Int(4))), "False")

	l := l123()
	steps := []struct {
		name string
		args []Object
		want string
	}{
		{"append", []Object{Int(4)}, "[1, 2, 3, 4]"},
		{"insert", []Object{Int(0), ctrStr("x")}, "['x', 1, 2, 3, 4]"},
		{"insert", []Object{Int(-1), ctrStr("y")}, "['x', 1, 2, 3, 'y', 4]"},
		{"insert", []Object{Int(100), ctrStr("z")}, "['x', 1, 2, 3, 'y', 4, 'z']"},
		{"insert", []Object{Int(-100), ctrStr("w")}, "['w', 'x', 1, 2, 3, 'y', 4, 'z']"},
		{"pop", nil, "['w', 'x', 1, 2, 3, 'y', 4]"},
		{"pop", []Object{Int(0)}, "['x', 1, 2, 3, 'y', 4]"},
		{"pop", []Object{Int(-2)}, "['x', 1, 2, 3, 4]"},
		{"remove", []Object{Int(2)}, "['x', 1, 3, 4]"},
		{"extend", []Object{NewRange(5, 7, 1)}, "['x', 1, 3, 4, 5, 6]"},
		{"reverse", nil, "[6, 5, 4, 3, 1, 'x']"},
		{"remove", []Object{ctrStr("x")}, "[6, 5, 4, 3, 1]"},
		{"sort", nil, "[1, 3, 4, 5, 6]"},
		{"clear", nil, "[]"},
	}
	for _, s := range steps {
		_, err := ctrM(th, l, s.name, s.args...)
		ctrCheck(t, s.name, ctrRes(th, l, err), s.want)
	}
	// += and *=
	l = l123()
	r, err := InplaceBinary(th, OpAdd, l, ctrTuple(th, Int(4)))
	if r != Object(l) || err != nil {
		t.Errorf("+= returned %v %v", r, err)
	}
	r, err = InplaceBinary(th, OpMul, l, Int(2))
	if r != Object(l) || err != nil {
		t.Errorf("*= returned %v %v", r, err)
	}
	ctrCheck(t, "+= *=", ctrRepr(th, l), "[1, 2, 3, 4, 1, 2, 3, 4]")
	_, err = InplaceBinary(th, OpMul, l, ctrStr("a"))
	ctrCheck(t, "*= str", ctrRes(th, nil, err), "!! TypeError: can't multiply sequence by non-int of type 'str'")
	cp, _ := ctrM(th, l, "copy")
	if cp == Object(l) || ctrRepr(th, cp) != ctrRepr(th, l) {
		t.Errorf("copy")
	}
	// self-reference
	l = l123()
	l.Append(th, l)
	ctrCheck(t, "recursive repr", ctrRepr(th, l), "[1, 2, 3, [...]]")
	d := NewDict()
	d.SetItem(th, ctrStr("l"), l)
	l.Append(th, d)
	ctrCheck(t, "recursive repr", ctrRepr(th, d), "{'l': [1, 2, 3, [...], {...}]}")
}

// TestCtrListIterMutation checks that a list iterator tolerates the list
// shrinking and growing while it runs.
func TestCtrListIterMutation(t *testing.T) {
	th := ctrThread()
	l := ctrList(th, ctrInts(1, 2, 3, 4)...)
	it, _ := Iter(th, l)
	var got []string
	for {
		v, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if v == nil {
			break
		}
		got = append(got, ctrRepr(th, v))
		if len(got) == 2 {
			ctrM(th, l, "clear")
		}
	}
	ctrCheck(t, "iter after clear", fmt.Sprint(got), "[1 2]")
	l = ctrList(th, ctrInts(1, 2)...)
	it, _ = Iter(th, l)
	got = nil
	for {
		v, err := Next(th, it)
		if err != nil || v == nil {
			break
		}
		got = append(got, ctrRepr(th, v))
		if len(got) < 4 {
			l.Append(th, Int(int64(10+len(got))))
		}
	}
	ctrCheck(t, "iter while appending", fmt.Sprint(got), "[1 2 11 12 13]")
	// reversed iterator with shrinking list
	l = ctrList(th, ctrInts(1, 2, 3, 4)...)
	rit, _ := Call(th, ReversedType, []Object{l}, nil)
	ctrCheck(t, "reversed type", rit.Type().Name, "list_reverseiterator")
	v, _ := Next(th, rit)
	ctrCheck(t, "rev first", ctrRepr(th, v), "4")
	ctrM(th, l, "clear")
	v, _ = Next(th, rit)
	if v != nil {
		t.Errorf("reverse iterator after clear returned %v", v)
	}
}

type ctrKeyed struct {
	Header
	k, id int
}

var ctrKeyedType = NewBuiltinType("keyed", "test", nil, 0)

func (*ctrKeyed) Type() *Type { return ctrKeyedType }

func init() {
	ctrKeyedType.Compare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*ctrKeyed)
		y, ok2 := b.(*ctrKeyed)
		if !ok1 || !ok2 || op != OpLt {
			return NotImplemented, nil
		}
		return NewBool(x.k < y.k), nil
	}
}

func TestCtrSort(t *testing.T) {
	th := ctrThread()
	// stability with a generic comparison, many sizes (exercises runs and merges)
	for _, n := range []int{0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 257, 1000} {
		items := make([]Object, n)
		want := make([]*ctrKeyed, n)
		for i := range items {
			k := &ctrKeyed{k: (i * 7919) % 13, id: i}
			items[i] = k
			want[i] = k
		}
		sort.SliceStable(want, func(i, j int) bool { return want[i].k < want[j].k })
		if err := SortObjects(th, items, nil, false); err != nil {
			t.Fatal(err)
		}
		for i := range items {
			if items[i] != Object(want[i]) {
				t.Fatalf("n=%d: unstable or wrong at %d", n, i)
			}
		}
		// reverse=True keeps equal items in their original order
		sort.SliceStable(want, func(i, j int) bool { return want[i].id < want[j].id })
		items = items[:0]
		for _, w := range want {
			items = append(items, w)
		}
		sort.SliceStable(want, func(i, j int) bool { return want[i].k > want[j].k })
		if err := SortObjects(th, items, nil, true); err != nil {
			t.Fatal(err)
		}
		for i := range items {
			if items[i] != Object(want[i]) {
				t.Fatalf("n=%d reverse: unstable or wrong at %d", n, i)
			}
		}
	}
	// fast paths
	ints := ctrList(th, ctrInts(5, -1, 3, 3, 1<<40, 0)...)
	ctrM(th, ints, "sort")
	ctrCheck(t, "ints", ctrRepr(th, ints), "[-1, 0, 3, 3, 5, 1099511627776]")
	floats := ctrList(th, Float(2.5), Float(-1), Float(0.5))
	ctrMKw(th, floats, "sort", []Object{True}, []string{"reverse"})
	ctrCheck(t, "floats reverse", ctrRepr(th, floats), "[2.5, 0.5, -1.0]")
	strs := ctrList(th, ctrStr("b"), ctrStr("é"), ctrStr("a"), ctrStr("B"))
	ctrM(th, strs, "sort")
	ctrCheck(t, "strs", ctrRepr(th, strs), "['B', 'a', 'b', 'é']")
	a1, a2, b1 := NewStr("a"), NewStr("a"), NewStr("b")
	strs = ctrList(th, a1, b1, a2)
	ctrMKw(th, strs, "sort", []Object{True}, []string{"reverse"})
	if got := strs.Snapshot(th); got[0] != Object(b1) || got[1] != Object(a1) || got[2] != Object(a2) {
		t.Errorf("reverse sort of strs is not stable")
	}
	mixed := ctrList(th, Int(3), Float(1.5), True, Int(-2))
	ctrM(th, mixed, "sort")
	ctrCheck(t, "mixed numbers", ctrRepr(th, mixed), "[-2, True, 1.5, 3]")
	tuples := ctrList(th, ctrTuple(th, Int(1), ctrStr("b")), ctrTuple(th, Int(1), ctrStr("a")), ctrTuple(th, Int(0), ctrStr("z")))
	ctrM(th, tuples, "sort")
	ctrCheck(t, "tuples", ctrRepr(th, tuples), "[(0, 'z'), (1, 'a'), (1, 'b')]")
	// key function and its errors
	neg := NewBuiltin("neg", func(t *Thread, args []Object, kw []string) (Object, error) { return Neg(t, args[0]) })
	l := ctrList(th, ctrInts(1, 3, 2)...)
	_, err := ctrMKw(th, l, "sort", []Object{neg}, []string{"key"})
	ctrCheck(t, "key", ctrRes(th, l, err), "[3, 2, 1]")
	l = ctrList(th, Int(1), ctrStr("a"))
	_, err = ctrMKw(th, l, "sort", []Object{neg}, []string{"key"})
	ctrCheck(t, "key error", ctrRes(th, l, err), "!! TypeError: bad operand type for unary -: 'str'")
	ctrCheck(t, "unchanged after key error", ctrRepr(th, l), "[1, 'a']")
	l = ctrList(th, Int(3), ctrStr("a"), Int(1))
	_, err = ctrM(th, l, "sort")
	ctrCheck(t, "compare error", ctrRes(th, l, err), "!! TypeError: '<' not supported between instances of 'str' and 'int'")
	if l.Length(th) != 3 {
		t.Errorf("list lost items after failed sort: %s", ctrRepr(th, l))
	}
	_, err = ctrM(th, l, "sort", Int(1))
	ctrCheck(t, "positional", ctrRes(th, nil, err), "!! TypeError: sort() takes no positional arguments")
	_, err = ctrMKw(th, l, "sort", []Object{Int(1)}, []string{"x"})
	ctrCheck(t, "bad kw", ctrRes(th, nil, err), "!! TypeError: sort() got an unexpected keyword argument 'x'")
	// mutation during sort
	var target *List
	mut := NewBuiltin("mut", func(t *Thread, args []Object, kw []string) (Object, error) {
		target.Append(t, Int(0))
		return args[0], nil
	})
	target = ctrList(th, ctrInts(5, 3, 1)...)
	_, err = ctrMKw(th, target, "sort", []Object{mut}, []string{"key"})
	ctrCheck(t, "modified during sort", ctrRes(th, target, err), "!! ValueError: list modified during sort")
	ctrCheck(t, "after modified sort", ctrRepr(th, target), "[1, 3, 5]")
	clr := NewBuiltin("clr", func(t *Thread, args []Object, kw []string) (Object, error) {
		_, err := ctrM(t, target, "clear")
		return args[0], err
	})
	target = ctrList(th, ctrInts(5, 3, 1)...)
	_, err = ctrMKw(th, target, "sort", []Object{clr}, []string{"key"})
	ctrCheck(t, "cleared during sort", ctrRes(th, nil, err), "!! ValueError: list modified during sort")
}

// TestCtrListRace has 4 free-threaded goroutines append to and pop from one
// shared list and set at the same time (run it with -race).
func TestCtrListRace(t *testing.T) {
	interp := NewInterpreter(true)
	main := interp.NewThread()
	shared := ctrList(main)
	set := NewSet(main)
	dict := NewDict()
	// the shared objects are referenced by "variables", as in a program
	main.Incref(shared)
	main.Incref(set)
	main.Incref(dict)
	const workers, n = 4, 2000
	var wg sync.WaitGroup
	popped := make([][]int64, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		th := interp.NewThread()
		go func(w int, th *Thread) {
			defer wg.Done()
			defer interp.EndThread(th)
			appendM, _ := GetAttrString(th, shared, "append")
			popM, _ := GetAttrString(th, shared, "pop")
			for i := 0; i < n; i++ {
				v := Int(int64(w*n + i))
				if err := set.Add(th, v); err != nil {
					t.Error(err)
					return
				}
				if err := dict.SetItem(th, v, v); err != nil {
					t.Error(err)
					return
				}
				if _, err := Call(th, appendM, []Object{v}, nil); err != nil {
					t.Error(err)
					return
				}
				if i%2 == 1 {
					x, err := Call(th, popM, nil, nil)
					if err != nil {
						t.Error(err)
						return
					}
					popped[w] = append(popped[w], int64(x.(Int)))
					if _, err := set.Discard(th, x); err != nil {
						t.Error(err)
						return
					}
					if err := DelItem(th, dict, x); err != nil {
						t.Error(err)
						return
					}
				}
				// readers
				if i%50 == 0 {
					if _, err := Repr(th, shared); err != nil {
						t.Error(err)
					}
					it, _ := Iter(th, set)
					for {
						x, err := Next(th, it)
						if err != nil || x == nil {
							break // size changes during iteration are expected
						}
					}
					if _, err := Contains(th, shared, Int(-1)); err != nil {
						t.Error(err)
					}
				}
			}
			th.ProcessZeroCounts()
		}(w, th)
	}
	wg.Wait()
	// every value appended and not popped must be in the list, exactly once
	all := map[int64]int{}
	for i := int64(0); i < workers*n; i++ {
		all[i] = 1
	}
	for _, ps := range popped {
		for _, p := range ps {
			all[p]--
		}
	}
	items := shared.Snapshot(main)
	if len(items) != workers*n/2 {
		t.Fatalf("list has %d items, want %d", len(items), workers*n/2)
	}
	for _, it := range items {
		all[int64(it.(Int))]--
	}
	for k, c := range all {
		if c != 0 {
			t.Fatalf("value %d: count mismatch %d", k, c)
		}
	}
	if set.Len(main) != len(items) || dict.LenT(main) != len(items) {
		t.Fatalf("set has %d, dict %d items, want %d", set.Len(main), dict.LenT(main), len(items))
	}
	for _, it := range items {
		if in, _ := set.Contains(main, it); !in {
			t.Fatalf("set lacks %v", it)
		}
		if _, found, _ := dict.GetItem(main, it); !found {
			t.Fatalf("dict lacks %v", it)
		}
	}
}
