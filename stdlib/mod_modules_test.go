package stdlib

import (
	"strings"
	"testing"

	"pyg/runtime"
)

func build(t *testing.T, th *runtime.Thread, f func(*runtime.Thread) (*runtime.Module, error)) *runtime.Module {
	t.Helper()
	m, err := f(th)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func S(s string) runtime.Object { return runtime.NewStr(s) }

// Expected strings recorded with CPython 3.13.
func TestJSON(t *testing.T) {
	th := newTestThread()
	m := build(t, th, newJSON)
	loads := modFunc(t, m, "loads")
	dumps := modFunc(t, m, "dumps")
	v := call(t, th, loads, S(`{"a": [1, 2.5e3, null, true, false, "x\u00e9\ud83d\ude00"], "n": -0, "big": 123456789012345678901234567890}`))
	if got, want := reprS(t, th, v), `{'a': [1, 2500.0, None, True, False, 'xé😀'], 'n': 0, 'big': 123456789012345678901234567890}`; got != want {
		t.Errorf("loads: %s", got)
	}
	if got := call(t, th, dumps, v).(*runtime.Str).String(); got != `{"a": [1, 2500.0, null, true, false, "x\u00e9\ud83d\ude00"], "n": 0, "big": 123456789012345678901234567890}` {
		t.Errorf("dumps: %s", got)
	}
	got := callKw(t, th, dumps, []runtime.Object{call(t, th, loads, S(`[1, {"x": [], "y": {}}]`)), runtime.Int(2), runtime.True}, []string{"indent", "sort_keys"}).(*runtime.Str).String()
	if got != "[\n  1,\n  {\n    \"x\": [],\n    \"y\": {}\n  }\n]" {
		t.Errorf("indent: %q", got)
	}
	for src, want := range map[string]string{
		"":               "Expecting value: line 1 column 1 (char 0)",
		"[1,]":           "Illegal trailing comma before end of array: line 1 column 3 (char 2)",
		`{"a" 1}`:        "Expecting ':' delimiter: line 1 column 6 (char 5)",
		"[1 2]":          "Expecting ',' delimiter: line 1 column 4 (char 3)",
		`"abc`:           "Unterminated string starting at: line 1 column 1 (char 0)",
		"{1:2}":          "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
		"[1] x":          "Extra data: line 1 column 5 (char 4)",
		"{\"a\":\n tru}": "Expecting value: line 2 column 2 (char 7)",
	} {
		_, err := runtime.Call(th, loads, []runtime.Object{S(src)}, nil)
		e, ok := err.(*runtime.Exception)
		if !ok || e.Message() != want || e.Type().Name != "JSONDecodeError" || !e.Type().IsSubtype(runtime.ValueErrorType) {
			t.Errorf("loads(%q): %v", src, err)
		}
	}
	l := runtime.NewList(th, nil)
	l.Append(th, l)
	if _, err := runtime.Call(th, dumps, []runtime.Object{l}, nil); err == nil || err.(*runtime.Exception).Message() != "Circular reference detected" {
		t.Errorf("circular: %v", err)
	}
}

func TestStruct(t *testing.T) {
	th := newTestThread()
	m := build(t, th, newStruct)
	pack, unpack, calcsize := modFunc(t, m, "pack"), modFunc(t, m, "unpack"), modFunc(t, m, "calcsize")
	check := func(got runtime.Object, want string) {
		t.Helper()
		if s := reprS(t, th, got); s != want {
			t.Errorf("got %s, want %s", s, want)
		}
	}
	check(call(t, th, calcsize, S("@bhiqd")), "24")
	check(call(t, th, calcsize, S("=bhiqd")), "23")
	check(call(t, th, calcsize, S("@be")), "4")
	check(call(t, th, pack, S(">5p"), runtime.NewBytes([]byte("ab"))), `b'\x02ab\x00\x00'`)
	check(call(t, th, pack, S("?xe3s"), runtime.Int(7), runtime.Float(1.5), runtime.NewBytes([]byte("abcdef"))), `b'\x01\x00\x00>abc'`)
	check(call(t, th, unpack, S("<hHq?"), runtime.NewBytes(append([]byte{0xff, 0xff, 1, 0}, append(make([]byte, 8), 2)...))), "(-1, 1, 0, True)")
	for _, c := range []struct {
		f    string
		v    runtime.Object
		want string
	}{
		{"b", runtime.Int(200), "'b' format requires -128 <= number <= 127"},
		{"<L", runtime.Int(-1), "'L' format requires 0 <= number <= 4294967295"},
		{"i", S("x"), "required argument is not an integer"},
	} {
		_, err := runtime.Call(th, pack, []runtime.Object{S(c.f), c.v}, nil)
		if e, ok := err.(*runtime.Exception); !ok || e.Message() != c.want || e.Type().Name != "error" {
			t.Errorf("pack(%s): %v", c.f, err)
		}
	}
	_, err := runtime.Call(th, unpack, []runtime.Object{S("i"), runtime.NewBytes([]byte("abc"))}, nil)
	if err == nil || err.(*runtime.Exception).Message() != "unpack requires a buffer of 4 bytes" {
		t.Errorf("unpack: %v", err)
	}
}

func TestItertoolsAndOperator(t *testing.T) {
	th := newTestThread()
	it := build(t, th, newItertools)
	list := func(o runtime.Object) string {
		items, err := runtime.IterateAll(th, o)
		if err != nil {
			t.Fatal(err)
		}
		return reprS(t, th, runtime.NewList(th, items))
	}
	cases := []struct{ got, want string }{
		{list(call(t, th, modFunc(t, it, "permutations"), ints(th, 3), runtime.Int(2))), "[(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]"},
		{list(call(t, th, modFunc(t, it, "combinations_with_replacement"), ints(th, 3), runtime.Int(2))), "[(0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (2, 2)]"},
		{list(call(t, th, modFunc(t, it, "islice"), call(t, th, modFunc(t, it, "count"), runtime.Int(5), runtime.Int(2)), runtime.Int(4))), "[5, 7, 9, 11]"},
		{list(call(t, th, modFunc(t, it, "batched"), ints(th, 7), runtime.Int(3))), "[(0, 1, 2), (3, 4, 5), (6,)]"},
		{reprS(t, th, call(t, th, modFunc(t, it, "repeat"), S("x"), runtime.Int(2))), "repeat('x', 2)"},
		{list(call(t, th, modFunc(t, it, "pairwise"), ints(th, 4))), "[(0, 1), (1, 2), (2, 3)]"},
	}
	op := build(t, th, newOperator)
	cases = append(cases, struct{ got, want string }{reprS(t, th, call(t, th, modFunc(t, op, "itemgetter"), runtime.Int(1), runtime.Int(0))), "operator.itemgetter(1, 0)"})
	cases = append(cases, struct{ got, want string }{reprS(t, th, call(t, th, call(t, th, modFunc(t, op, "itemgetter"), runtime.Int(1), runtime.Int(0)), S("ab"))), "('b', 'a')"})
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
}

func TestDequeIOArray(t *testing.T) {
	th := newTestThread()
	d := callKw(t, th, DequeType, []runtime.Object{ints(th, 3), runtime.Int(4)}, []string{"maxlen"})
	for _, v := range []int{3, 4} {
		m, _ := runtime.GetAttrString(th, d, "append")
		call(t, th, m, runtime.Int(v))
	}
	if got := reprS(t, th, d); got != "deque([1, 2, 3, 4], maxlen=4)" {
		t.Errorf("deque: %s", got)
	}
	sio := call(t, th, StringIOType, S("a\nb\n"))
	w, _ := runtime.GetAttrString(th, sio, "readline")
	if got := reprS(t, th, call(t, th, w)); got != "'a\\n'" {
		t.Errorf("readline: %s", got)
	}
	arr := call(t, th, ArrayType, S("i"), ints(th, 3))
	if got := reprS(t, th, arr); got != "array('i', [0, 1, 2])" {
		t.Errorf("array: %s", got)
	}
	tb, _ := runtime.GetAttrString(th, arr, "tobytes")
	if got := reprS(t, th, call(t, th, tb)); got != `b'\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00'` {
		t.Errorf("tobytes: %s", got)
	}
	_, err := runtime.Call(th, ArrayType, []runtime.Object{S("b"), runtime.NewList(th, []runtime.Object{runtime.Int(200)})}, nil)
	if err == nil || !strings.Contains(err.Error(), "signed char is greater than maximum") {
		t.Errorf("array overflow: %v", err)
	}
}

func TestOSErrnoGC(t *testing.T) {
	th := newTestThread()
	m := build(t, th, newOS)
	_, err := runtime.Call(th, modFunc(t, m, "rmdir"), []runtime.Object{S("/nonexistent_pyg_dir")}, nil)
	e, ok := err.(*runtime.Exception)
	if !ok || e.Type() != runtime.FileNotFoundErrorType {
		t.Fatalf("rmdir: %v", err)
	}
	path, _ := m.Dict.GetStr(runtime.Intern("path"))
	pm := path.(*runtime.Module)
	for _, c := range []struct {
		fn   string
		args []runtime.Object
		want string
	}{
		{"join", []runtime.Object{S("a"), S("b/"), S("c")}, "'a/b/c'"},
		{"normpath", []runtime.Object{S("/a/./b/../c//d")}, "'/a/c/d'"},
		{"splitext", []runtime.Object{S("x/.bashrc")}, "('x/.bashrc', '')"},
		{"splitext", []runtime.Object{S("x/a.tar.gz")}, "('x/a.tar', '.gz')"},
		{"split", []runtime.Object{S("/a/b/")}, "('/a/b', '')"},
		{"dirname", []runtime.Object{S("//x")}, "'//'"},
		{"relpath", []runtime.Object{S("/a/b/c"), S("/a/d")}, "'../b/c'"},
	} {
		if got := reprS(t, th, call(t, th, modFunc(t, pm, c.fn), c.args...)); got != c.want {
			t.Errorf("%s: got %s want %s", c.fn, got, c.want)
		}
	}
	em := build(t, th, newErrno)
	codes, _ := em.Dict.GetStr(runtime.Intern("errorcode"))
	v, _, _ := codes.(*runtime.Dict).GetItem(th, runtime.Int(11))
	if reprS(t, th, v) != "'EAGAIN'" {
		t.Errorf("errorcode[11] = %s", reprS(t, th, v))
	}
	gm := build(t, th, newGC)
	if got := reprS(t, th, call(t, th, modFunc(t, gm, "get_threshold"))); got != "(2000, 10, 10)" {
		t.Errorf("gc threshold %s", got)
	}
	call(t, th, modFunc(t, gm, "disable"))
	if call(t, th, modFunc(t, gm, "isenabled")) != runtime.False {
		t.Errorf("gc.disable")
	}
}
