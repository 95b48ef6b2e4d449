package runtime_test

import (
	"math/rand"
	"strings"
	"testing"

	. "pyg/runtime"
)

// TestStrCases runs the Python expressions of str_cases_test.go (recorded
// from CPython 3.13) through the runtime and compares the results.
func TestStrCases(t *testing.T) {
	for _, free := range []bool{false, true} {
		th := NewInterpreter(free).NewThread()
		for _, c := range strtestCases {
			got := strtestRun(th, c[0])
			if got != c[1] {
				t.Errorf("free=%v %s\n got: %s\nwant: %s", free, c[0], got, c[1])
			}
		}
	}
}

// TestStrCodePointIndexing checks that positions in non-ASCII strings are
// counted in code points (not UTF-8 bytes) by indexing, slicing and the
// searching methods.
func TestStrCodePointIndexing(t *testing.T) {
	th := NewInterpreter(false).NewThread()
	s := NewStr("h\u00e9\u20ac\U0001F600x\u00e9x")
	call := func(name string, args ...Object) Object {
		t.Helper()
		m, err := GetAttrString(th, s, name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Call(th, m, args, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	checks := []struct {
		got  Object
		want Object
	}{
		{call("find", NewStr("x")), Int(4)},
		{call("rfind", NewStr("x")), Int(6)},
		{call("index", NewStr("\U0001F600")), Int(3)},
		{call("find", NewStr("\u00e9"), Int(2)), Int(5)},
		{call("find", NewStr("x"), Int(-2)), Int(6)},
		{call("count", NewStr("")), Int(8)},
		{call("startswith", NewStr("\U0001F600"), Int(3)), True},
		{call("endswith", NewStr("\u20ac"), Int(0), Int(3)), True},
		{call("partition", NewStr("\U0001F600")).(*Tuple).Items[0], NewStr("h\u00e9\u20ac")},
	}
	for i, c := range checks {
		if eq, err := Equal(th, c.got, c.want); err != nil || !eq {
			t.Errorf("check %d: got %v, want %v", i, strtestRepr(th, c.got), strtestRepr(th, c.want))
		}
	}
	if n, _ := Len(th, s); n != 7 {
		t.Errorf("len = %d, want 7", n)
	}
	for i, want := range []string{"h", "\u00e9", "\u20ac", "\U0001F600", "x", "\u00e9", "x"} {
		got, err := GetItem(th, s, Int(i))
		if err != nil || got.(*Str).String() != want {
			t.Errorf("s[%d] = %v, want %q", i, got, want)
		}
	}
	sl, err := GetItem(th, s, NewSlice(th, Int(1), Int(4), None))
	if err != nil || sl.(*Str).String() != "\u00e9\u20ac\U0001F600" {
		t.Errorf("s[1:4] = %v (%v)", sl, err)
	}
}

// TestByteArrayConcurrent mutates one bytearray from several goroutines in
// free-threaded mode (run with -race).
func TestByteArrayConcurrent(t *testing.T) {
	interp := NewInterpreter(true)
	main := interp.NewThread()
	ba := NewByteArray(nil)
	done := make(chan struct{})
	const workers, n = 4, 500
	for w := 0; w < workers; w++ {
		go func() {
			th := interp.NewThread()
			defer func() { interp.EndThread(th); done <- struct{}{} }()
			appendM, _ := GetAttrString(th, ba, "append")
			for i := 0; i < n; i++ {
				if _, err := Call(th, appendM, []Object{Int(i % 256)}, nil); err != nil {
					t.Error(err)
					return
				}
				if _, err := Repr(th, ba); err != nil {
					t.Error(err)
					return
				}
				if _, err := GetItem(th, ba, NewSlice(th, None, Int(3), None)); err != nil {
					t.Error(err)
					return
				}
				if _, err := Contains(th, ba, Int(7)); err != nil {
					t.Error(err)
					return
				}
				if i%50 == 0 {
					if _, err := CallMethod(th, ba, "split"); err != nil {
						t.Error(err)
						return
					}
				}
			}
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	if n2, _ := Len(main, ba); n2 != workers*n {
		t.Errorf("len = %d, want %d", n2, workers*n)
	}
}

// TestStrNoPanic feeds random format strings and arguments to the
// formatting functions and the str/bytes methods: every outcome must be a
// result or a Python exception, never a Go panic.
func TestStrNoPanic(t *testing.T) {
	th := NewInterpreter(false).NewThread()
	rng := rand.New(rand.NewSource(1))
	const alphabet = "%{}()[]!:.*#-+ 0123456789sdrxaicfgeXbz\u00e9\U0001F600'\"\\\t\n"
	ra := []rune(alphabet)
	randStr := func() string {
		n := rng.Intn(12)
		b := make([]rune, n)
		for i := range b {
			b[i] = ra[rng.Intn(len(ra))]
		}
		return string(b)
	}
	vals := func() []Object {
		return []Object{Int(rng.Intn(300) - 20), NewStr(randStr()), NewBytes([]byte(randStr())), None, True,
			Float(rng.Float64() * 100), NewTuple(th, []Object{Int(1), NewStr("x")}), NewByteArray([]byte(randStr())),
			NewList(th, []Object{NewStr("a"), Int(2)})}
	}
	var methods []string
	for _, typ := range []*Type{StrType, BytesType, ByteArrayType} {
		keys := typ.Dict.Keys(th)
		for _, k := range keys {
			methods = append(methods, typ.Name+"."+k.(*Str).String())
		}
	}
	for i := 0; i < 20000; i++ {
		f := randStr()
		vs := vals()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic on %q: %v", f, r)
				}
			}()
			_, _ = PercentFormat(th, f, vs[rng.Intn(len(vs))])
			_, _ = PercentFormat(th, f, NewTuple(th, vs[:rng.Intn(len(vs))]))
			_, _ = StrFormat(th, f, vs[:rng.Intn(len(vs))], nil)
			_, _ = Binary(th, OpMod, NewBytes([]byte(f)), vs[rng.Intn(len(vs))])
			self := vs[1+rng.Intn(2)]
			if rng.Intn(4) == 0 {
				self = vs[7]
			}
			for _, m := range []string{methods[rng.Intn(len(methods))], methods[rng.Intn(len(methods))]} {
				attr, err := GetAttrString(th, self, m[strings.IndexByte(m, '.')+1:])
				if err != nil {
					continue
				}
				args := make([]Object, rng.Intn(4))
				for k := range args {
					args[k] = vs[rng.Intn(len(vs))]
				}
				_, _ = Call(th, attr, args, nil)
			}
		}()
	}
}
