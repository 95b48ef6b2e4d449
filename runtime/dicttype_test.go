package runtime_test

import (
	"testing"

	. "pyg/runtime"
)

func ctrDict(t *testing.T, th *Thread, kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.SetItem(th, kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestCtrDict(t *testing.T) {
	th := ctrThread()
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	d12 := func() *Dict { return ctrDict(t, th, Int(1), Int(2)) }
	ctrCheck(t, "repr", ctrRepr(th, ctrDict(t, th, ctrStr("a"), Int(1), ctrStr("b"), ctrList(th, Int(1), Int(2)))), "{'a': 1, 'b': [1, 2]}")
	ctrCheck(t, "repr empty", ctrRepr(th, NewDict()), "{}")
	ctrCheck(t, "missing str", res(GetItem(th, NewDict(), ctrStr("a"))), "!! KeyError: 'a'")
	ctrCheck(t, "missing tuple", res(GetItem(th, NewDict(), ctrTuple(th, Int(1), Int(2)))), "!! KeyError: (1, 2)")
	ctrCheck(t, "unhashable key", res(GetItem(th, NewDict(), ctrList(th))), "!! TypeError: unhashable type: 'list'")
	ctrCheck(t, "del missing", res(nil, DelItem(th, NewDict(), ctrStr("x"))), "!! KeyError: 'x'")
	ctrCheck(t, "dict(1)", res(Call(th, DictType, []Object{Int(1)}, nil)), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "dict([1])", res(Call(th, DictType, []Object{ctrList(th, Int(1))}, nil)), "!! TypeError: cannot convert dictionary update sequence element #0 to a sequence")
	ctrCheck(t, "dict([(1,2,3)])", res(Call(th, DictType, []Object{ctrList(th, ctrTuple(th, ctrInts(1, 2, 3)...))}, nil)), "!! ValueError: dictionary update sequence element #0 has length 3; 2 is required")
	ctrCheck(t, "dict('ab')", res(Call(th, DictType, []Object{ctrStr("ab")}, nil)), "!! ValueError: dictionary update sequence element #0 has length 1; 2 is required")
	ctrCheck(t, "dict(['ab'])", res(Call(th, DictType, []Object{ctrList(th, ctrStr("ab"))}, nil)), "{'a': 'b'}")
	ctrCheck(t, "dict([[1,2]], x=3)", res(Call(th, DictType, []Object{ctrList(th, ctrList(th, Int(1), Int(2))), Int(3)}, []string{"x"})), "{1: 2, 'x': 3}")
	ctrCheck(t, "dict(d, d)", res(Call(th, DictType, []Object{d12(), d12()}, nil)), "!! TypeError: dict expected at most 1 argument, got 2")
	ctrCheck(t, "dict(a=1)", res(Call(th, DictType, []Object{Int(1)}, []string{"a"})), "{'a': 1}")
	ctrCheck(t, "dict(d)", res(Call(th, DictType, []Object{d12()}, nil)), "{1: 2}")
	ctrCheck(t, "pop missing", res(ctrM(th, NewDict(), "pop", Int(1))), "!! KeyError: 1")
	ctrCheck(t, "pop no args", res(ctrM(th, NewDict(), "pop")), "!! TypeError: pop expected at least 1 argument, got 0")
	ctrCheck(t, "pop 3 args", res(ctrM(th, NewDict(), "pop", Int(1), Int(2), Int(3))), "!! TypeError: pop expected at most 2 arguments, got 3")
	ctrCheck(t, "pop default", res(ctrM(th, NewDict(), "pop", Int(1), Int(2))), "2")
	ctrCheck(t, "popitem empty", res(ctrM(th, NewDict(), "popitem")), "!! KeyError: 'popitem(): dictionary is empty'")
	ctrCheck(t, "get no args", res(ctrM(th, d12(), "get")), "!! TypeError: get expected at least 1 argument, got 0")
	ctrCheck(t, "get", res(ctrM(th, d12(), "get", Int(1))), "2")
	ctrCheck(t, "get missing", res(ctrM(th, d12(), "get", Int(3))), "None")
	ctrCheck(t, "get default", res(ctrM(th, d12(), "get", Int(3), Int(4))), "4")
	ctrCheck(t, "setdefault no args", res(ctrM(th, d12(), "setdefault")), "!! TypeError: setdefault expected at least 1 argument, got 0")
	ctrCheck(t, "update int", res(ctrM(th, d12(), "update", Int(1))), "!! TypeError: 'int' object is not iterable")
	ctrCheck(t, "update 2 args", res(ctrM(th, d12(), "update", NewDict(), NewDict())), "!! TypeError: update expected at most 1 argument, got 2")
	ctrCheck(t, "copy arg", res(ctrM(th, d12(), "copy", Int(1))), "!! TypeError: dict.copy() takes no arguments (1 given)")
	ctrCheck(t, "fromkeys", res(ctrM(th, DictType, "fromkeys", ctrStr("ab"), Int(0))), "{'a': 0, 'b': 0}")
	ctrCheck(t, "fromkeys none", res(ctrM(th, DictType, "fromkeys", ctrList(th, ctrInts(1, 2)...))), "{1: None, 2: None}")
	ctrCheck(t, "fromkeys no args", res(ctrM(th, DictType, "fromkeys")), "!! TypeError: fromkeys expected at least 1 argument, got 0")
	ctrCheck(t, "| list", res(Binary(th, OpOr, d12(), ctrList(th))), "!! TypeError: unsupported operand type(s) for |: 'dict' and 'list'")
	ctrCheck(t, "|", res(Binary(th, OpOr, d12(), ctrDict(t, th, Int(3), Int(4), Int(1), Int(5)))), "{1: 5, 3: 4}")
	ctrCheck(t, "==", res(RichCompare(th, d12(), ctrDict(t, th, Int(1), Float(2)), OpEq)), "True")
	ctrCheck(t, "!=", res(RichCompare(th, d12(), ctrDict(t, th, Int(1), Int(3)), OpNe)), "True")
	ctrCheck(t, "== keys differ", res(RichCompare(th, d12(), ctrDict(t, th, Int(2), Int(2)), OpEq)), "False")
	ctrCheck(t, "<", res(RichCompare(th, d12(), d12(), OpLt)), "!! TypeError: '<' not supported between instances of 'dict' and 'dict'")
	ctrCheck(t, "__getitem__", res(ctrM(th, d12(), "__getitem__", Int(1))), "2")

	d := d12()
	steps := []struct {
		name string
		args []Object
		kw   []string
		want string
		ret  string
	}{
		{"setdefault", []Object{Int(1), Int(5)}, nil, "{1: 2}", "2"},
		{"setdefault", []Object{Int(2), Int(6)}, nil, "{1: 2, 2: 6}", "6"},
		{"setdefault", []Object{Int(3)}, nil, "{1: 2, 2: 6, 3: None}", "None"},
		{"update", []Object{ctrList(th, ctrTuple(th, Int(7), Int(8))), Int(1)}, []string{"z"}, "{1: 2, 2: 6, 3: None, 7: 8, 'z': 1}", "None"},
		{"pop", []Object{Int(3)}, nil, "{1: 2, 2: 6, 7: 8, 'z': 1}", "None"},
		{"popitem", nil, nil, "{1: 2, 2: 6, 7: 8}", "('z', 1)"},
		{"popitem", nil, nil, "{1: 2, 2: 6}", "(7, 8)"},
		{"update", []Object{ctrDict(t, th, Int(1), Int(0), Int(9), Int(9))}, nil, "{1: 0, 2: 6, 9: 9}", "None"},
		{"copy", nil, nil, "{1: 0, 2: 6, 9: 9}", "{1: 0, 2: 6, 9: 9}"},
		{"keys", nil, nil, "{1: 0, 2: 6, 9: 9}", "dict_keys([1, 2, 9])"},
		{"values", nil, nil, "{1: 0, 2: 6, 9: 9}", "dict_values([0, 6, 9])"},
		{"items", nil, nil, "{1: 0, 2: 6, 9: 9}", "dict_items([(1, 0), (2, 6), (9, 9)])"},
		{"clear", nil, nil, "{}", "None"},
	}
	for _, s := range steps {
		r, err := ctrMKw(th, d, s.name, s.args, s.kw)
		ctrCheck(t, s.name+" result", ctrRes(th, r, err), s.ret)
		ctrCheck(t, s.name, ctrRepr(th, d), s.want)
	}
	r, err := InplaceBinary(th, OpOr, d, ctrList(th, ctrTuple(th, Int(1), Int(2))))
	if r != Object(d) || err != nil {
		t.Fatalf("|= %v %v", r, err)
	}
	ctrCheck(t, "|=", ctrRepr(th, d), "{1: 2}")
	d.SetItem(th, ctrStr("self"), d)
	ctrCheck(t, "recursive", ctrRepr(th, d), "{1: 2, 'self': {...}}")
	items, _ := ctrM(th, d, "items")
	ctrCheck(t, "recursive items", ctrRepr(th, items), "dict_items([(1, 2), ('self', {1: 2, 'self': {...}})])")

	// many insertions and deletions (exercises deleted entries and resizing)
	d = NewDict()
	for i := int64(0); i < 5000; i++ {
		if err := SetItem(th, d, Int(i), Int(i)); err != nil {
			t.Fatal(err)
		}
		if err := DelItem(th, d, Int(i)); err != nil {
			t.Fatal(err)
		}
		if _, err := GetItem(th, d, Int(-1)); err == nil {
			t.Fatal("found -1")
		}
	}
	for i := int64(0); i < 100; i++ {
		SetItem(th, d, Int(i), Int(i))
	}
	for i := 0; i < 100; i++ {
		if _, err := ctrM(th, d, "popitem"); err != nil {
			t.Fatal(err)
		}
		SetItem(th, d, Int(1000), Int(0))
		DelItem(th, d, Int(1000))
	}
	ctrCheck(t, "emptied", ctrRepr(th, d), "{}")
}

func TestCtrDictIterViews(t *testing.T) {
	th := ctrThread()
	res := func(o Object, err error) string { return ctrRes(th, o, err) }
	d := ctrDict(t, th, Int(1), Int(2), Int(3), Int(4))
	keys, _ := ctrM(th, d, "keys")
	vals, _ := ctrM(th, d, "values")
	items, _ := ctrM(th, d, "items")
	ctrCheck(t, "keys type", keys.Type().Name, "dict_keys")
	ctrCheck(t, "list(items)", res(Call(th, ListType, []Object{items}, nil)), "[(1, 2), (3, 4)]")
	ctrCheck(t, "reversed(d)", res(Call(th, ListType, []Object{ctrMust(t)(Call(th, ReversedType, []Object{d}, nil))}, nil)), "[3, 1]")
	ctrCheck(t, "reversed(items)", res(Call(th, ListType, []Object{ctrMust(t)(Call(th, ReversedType, []Object{items}, nil))}, nil)), "[(3, 4), (1, 2)]")
	ctrCheck(t, "reversed(values)", res(Call(th, ListType, []Object{ctrMust(t)(Call(th, ReversedType, []Object{vals}, nil))}, nil)), "[4, 2]")
	ctrCheck(t, "keys & list", res(Binary(th, OpAnd, keys, ctrList(th, ctrInts(1, 5)...))), "{1}")
	ctrCheck(t, "list & keys", res(Binary(th, OpAnd, ctrList(th, ctrInts(3, 5)...), keys)), "{3}")
	ctrCheck(t, "keys | list", res(Binary(th, OpOr, keys, ctrList(th, Int(5)))), "{1, 3, 5}")
	ctrCheck(t, "keys - list", res(Binary(th, OpSub, keys, ctrList(th, Int(1)))), "{3}")
	ctrCheck(t, "keys ^ list", res(Binary(th, OpXor, keys, ctrList(th, ctrInts(1, 5)...))), "{3, 5}")
	ctrCheck(t, "items & set", res(Binary(th, OpAnd, items, ctrList(th, ctrTuple(th, Int(1), Int(2))))), "{(1, 2)}")
	ctrCheck(t, "values | list", res(Binary(th, OpOr, vals, ctrList(th))), "!! TypeError: unsupported operand type(s) for |: 'dict_values' and 'list'")
	ctrCheck(t, "keys == set", res(RichCompare(th, keys, ctrIntSet(t, th, []int64{1, 3}), OpEq)), "True")
	ctrCheck(t, "keys < set", res(RichCompare(th, keys, ctrIntSet(t, th, []int64{1, 3, 5}), OpLt)), "True")
	ctrCheck(t, "values == values", res(RichCompare(th, vals, vals, OpEq)), "True")
	ctrCheck(t, "(1,2) in items", res(ctrContains2(th, items, ctrTuple(th, Int(1), Int(2)))), "True")
	ctrCheck(t, "(1,3) in items", res(ctrContains2(th, items, ctrTuple(th, Int(1), Int(3)))), "False")
	ctrCheck(t, "[1,2] in items", res(ctrContains2(th, items, ctrList(th, Int(1), Int(2)))), "False")
	ctrCheck(t, "4 in values", res(ctrContains2(th, vals, Int(4))), "True")
	ctrCheck(t, "isdisjoint", res(ctrM(th, keys, "isdisjoint", ctrList(th, Int(2)))), "True")
	n, _ := Len(th, items)
	ctrCheck(t, "len(items)", ctrRepr(th, Int(n)), "2")
	// views are live
	d.SetItem(th, Int(5), Int(6))
	ctrCheck(t, "live keys", ctrRepr(th, keys), "dict_keys([1, 3, 5])")
	// size change during iteration
	it, _ := Iter(th, d)
	Next(th, it)
	d.SetItem(th, Int(7), Int(8))
	_, err := Next(th, it)
	ctrCheck(t, "changed size", ctrRes(th, nil, err), "!! RuntimeError: dictionary changed size during iteration")
	// keys changed (same size) during iteration
	d = ctrDict(t, th, Int(1), Int(2), Int(3), Int(4))
	it, _ = Iter(th, d)
	Next(th, it)
	DelItem(th, d, Int(1))
	d.SetItem(th, Int(9), Int(9))
	var got []Object
	for {
		v, err := Next(th, it)
		if err != nil {
			got = append(got, NewStr(ctrErr(th, err)))
			break
		}
		if v == nil {
			break
		}
		got = append(got, v)
	}
	ctrCheck(t, "keys changed", ctrRepr(th, ctrList(th, got...)), "[3, 'RuntimeError: dictionary keys changed during iteration']")
}

func ctrMust(t *testing.T) func(Object, error) Object {
	return func(o Object, err error) Object {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
}

// ctrContains2 wraps Contains as (Object, error).
func ctrContains2(t *Thread, c, v Object) (Object, error) {
	b, err := Contains(t, c, v)
	return NewBool(b), err
}

// LacksStr may say "maybe" for a key that is absent, never "absent" for one
// that is present, through growth, deletion, copying and clearing.
func TestDictLacksStr(t *testing.T) {
	th := ctrThread()
	d := NewDict()
	var names []*Str
	for i := 0; i < 40; i++ {
		names = append(names, NewStr(string(rune('a'+i%26))+string(rune('A'+i/26))))
	}
	lacking := 0
	for i, n := range names {
		for _, m := range names[:i] {
			if d.LacksStr(m) {
				t.Fatalf("LacksStr(%q) with the key present", m.String())
			}
		}
		if d.LacksStr(n) {
			lacking++
		}
		d.SetStr(th, n, Int(i))
	}
	if lacking == 0 {
		t.Fatal("LacksStr never said a key was absent")
	}
	c := d.Copy(th)
	for _, n := range names {
		if c.LacksStr(n) {
			t.Fatalf("copy: LacksStr(%q) with the key present", n.String())
		}
	}
	d.DelStr(th, names[0])
	if d.LacksStr(names[1]) {
		t.Fatal("LacksStr after a deletion")
	}
	d.Clear(th)
	for _, n := range names {
		if !d.LacksStr(n) {
			t.Fatalf("cleared dict: LacksStr(%q) false", n.String())
		}
	}
}
