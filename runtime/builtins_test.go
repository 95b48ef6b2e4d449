package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// otBuiltin calls builtins.name with positional args and keywords (kw names
// the last len(kw) args).
func otBuiltin(th *Thread, m *Module, name string, args []Object, kw ...string) (Object, error) {
	fn, ok := m.Dict.GetStr(NewStr(name))
	if !ok {
		return nil, Errorf(th, NameErrorType, "name '%s' is not defined", name)
	}
	return Call(th, fn, args, kw)
}

func TestBuiltinFunctions(t *testing.T) {
	th := otThread()
	b := NewBuiltins(th)
	s := func(v string) Object { return NewStr(v) }
	l := func(items ...Object) Object { return NewList(th, items) }
	tu := func(items ...Object) Object { return NewTuple(th, items) }
	neg := otfn("neg", func(th *Thread, args []Object, kw []string) (Object, error) { return Neg(th, args[0]) })
	cases := []struct {
		name string
		args []Object
		kw   []string
		want string
	}{
		{"len", []Object{l(Int(1), Int(2))}, nil, "2"},
		{"len", nil, nil, "TypeError: len() takes exactly one argument (0 given)"},
		{"len", []Object{Int(1)}, nil, "TypeError: object of type 'int' has no len()"},
		{"abs", []Object{Int(-3)}, nil, "3"},
		{"abs", []Object{Float(-2.5)}, nil, "2.5"},
		{"abs", []Object{s("a")}, nil, "TypeError: bad operand type for abs(): 'str'"},
		{"all", []Object{l()}, nil, "True"},
		{"all", []Object{l(Int(1), Int(0))}, nil, "False"},
		{"any", []Object{l(Int(0), None)}, nil, "False"},
		{"any", []Object{l(Int(0), Int(2))}, nil, "True"},
		{"ascii", []Object{s("héllo\n✓")}, nil, `"'h\\xe9llo\\n\\u2713'"`},
		{"bin", []Object{Int(-5)}, nil, "'-0b101'"},
		{"hex", []Object{Int(255)}, nil, "'0xff'"},
		{"oct", []Object{Int(8)}, nil, "'0o10'"},
		{"hex", []Object{Float(1.5)}, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{"callable", []Object{IntType}, nil, "True"},
		{"callable", []Object{Int(1)}, nil, "False"},
		{"chr", []Object{Int(65)}, nil, "'A'"},
		{"chr", []Object{Int(0x2713)}, nil, "'✓'"},
		{"chr", []Object{Int(-1)}, nil, "ValueError: chr() arg not in range(0x110000)"},
		{"chr", []Object{s("a")}, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"ord", []Object{s("✓")}, nil, "10003"},
		{"ord", []Object{s("ab")}, nil, "TypeError: ord() expected a character, but string of length 2 found"},
		{"ord", []Object{s("")}, nil, "TypeError: ord() expected a character, but string of length 0 found"},
		{"ord", []Object{Int(1)}, nil, "TypeError: ord() expected string of length 1, but int found"},
		{"divmod", []Object{Int(7), Int(-2)}, nil, "(-4, -1)"},
		{"divmod", []Object{Float(7.5), Int(2)}, nil, "(3.0, 1.5)"},
		{"divmod", []Object{Int(1), Int(0)}, nil, "ZeroDivisionError: integer division or modulo by zero"},
		{"divmod", []Object{Float(1), Int(0)}, nil, "ZeroDivisionError: float divmod()"},
		{"divmod", []Object{s("a"), Int(1)}, nil, "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'"},
		{"pow", []Object{Int(2), Int(10)}, nil, "1024"},
		{"pow", []Object{Int(2), Int(3), Int(5)}, nil, "3"},
		{"pow", []Object{Int(2), Int(-1), Int(5)}, nil, "3"},
		{"pow", []Object{Float(2), Int(3), Int(5)}, nil, "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
		{"round", []Object{Float(2.5)}, nil, "2"},
		{"round", []Object{Float(2.675), Int(2)}, nil, "2.67"},
		{"round", []Object{Int(5), Int(-1)}, nil, "0"},
		{"round", []Object{s("a")}, nil, "TypeError: type str doesn't define __round__ method"},
		{"sum", []Object{l(Int(1), Int(2)), Int(10)}, []string{"start"}, "13"},
		{"sum", []Object{l(Float(0.1), Float(0.1), Float(0.1), Float(0.1), Float(0.1), Float(0.1), Float(0.1), Float(0.1), Float(0.1), Float(0.1))}, nil, "1.0"},
		{"sum", []Object{l(Int(1), Float(2.5), Int(3))}, nil, "6.5"},
		{"sum", []Object{l(), Float(1.5)}, nil, "1.5"},
		{"sum", []Object{l(Int(1<<62), Int(1<<62), Int(1<<62))}, nil, "13835058055282163712"},
		{"sum", []Object{l(s("a")), s("")}, nil, "TypeError: sum() can't sum strings [use ''.join(seq) instead]"},
		{"sum", []Object{Int(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"max", []Object{l()}, nil, "ValueError: max() iterable argument is empty"},
		{"min", []Object{l()}, nil, "ValueError: min() iterable argument is empty"},
		{"max", nil, nil, "TypeError: max expected at least 1 argument, got 0"},
		{"max", []Object{Int(1), Int(2), Int(3)}, []string{"default"}, "TypeError: Cannot specify a default for max() with multiple positional arguments"},
		{"max", []Object{Int(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"max", []Object{Int(1), Int(2), Int(3)}, []string{"foo"}, "TypeError: max() got an unexpected keyword argument 'foo'"},
		{"max", []Object{s("abc")}, nil, "'c'"},
		{"min", []Object{l(Int(3), Int(1), Int(2)), Int(0)}, []string{"default"}, "1"},
		{"max", []Object{l(), None}, []string{"default"}, "None"},
		{"min", []Object{Int(3), Int(1), Int(2), neg}, []string{"key"}, "3"},
		{"max", []Object{l(Int(1), Int(2)), None}, []string{"key"}, "2"},
		{"sorted", []Object{l(Int(3), Int(1), Int(2)), True}, []string{"reverse"}, "[3, 2, 1]"},
		{"sorted", []Object{l(Int(3), Int(1), Int(2)), neg}, []string{"key"}, "[3, 2, 1]"},
		{"sorted", nil, nil, "TypeError: sorted expected 1 argument, got 0"},
		{"isinstance", []Object{Int(1), tu(StrType, tu(IntType))}, nil, "True"},
		{"isinstance", []Object{True, IntType}, nil, "True"},
		{"isinstance", []Object{Int(1), Int(1)}, nil, "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union"},
		{"issubclass", []Object{BoolType, tu(StrType, IntType)}, nil, "True"},
		{"issubclass", []Object{Int(1), IntType}, nil, "TypeError: issubclass() arg 1 must be a class"},
		{"issubclass", []Object{IntType, Int(1)}, nil, "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union"},
		{"getattr", []Object{Int(1), Int(2)}, nil, "TypeError: attribute name must be string, not 'int'"},
		{"getattr", []Object{Int(1), s("zz"), Int(5)}, nil, "5"},
		{"getattr", []Object{Int(1), s("zz")}, nil, "AttributeError: 'int' object has no attribute 'zz'"},
		{"getattr", []Object{Int(1)}, nil, "TypeError: getattr expected at least 2 arguments, got 1"},
		{"hasattr", []Object{Int(1), s("zz")}, nil, "False"},
		{"hasattr", []Object{Int(1)}, nil, "TypeError: hasattr expected 2 arguments, got 1"},
		{"setattr", []Object{Int(1), s("x"), Int(2)}, nil, "AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes"},
		{"hash", []Object{l()}, nil, "TypeError: unhashable type: 'list'"},
		{"hash", []Object{Int(5)}, nil, "5"},
		{"repr", []Object{s("a")}, nil, `"'a'"`},
		{"format", []Object{Int(1), Int(2)}, nil, "TypeError: format() argument 2 must be str, not int"},
		{"format", []Object{Float(1.5), s("08.3f")}, nil, "'0001.500'"},
		{"next", []Object{Int(1)}, nil, "TypeError: 'int' object is not an iterator"},
		{"iter", []Object{Int(1)}, nil, "TypeError: 'int' object is not iterable"},
		{"vars", []Object{Int(1)}, nil, "TypeError: vars() argument must have __dict__ attribute"},
		{"exit", []Object{Int(3)}, nil, "SystemExit: 3"},
		{"print", []Object{Int(1), Int(1)}, []string{"sep"}, "TypeError: sep must be None or a string, not int"},
		{"print", []Object{Int(5)}, []string{"end"}, "TypeError: end must be None or a string, not int"},
		{"print", []Object{Int(1), Int(2)}, []string{"foo"}, "TypeError: print() got an unexpected keyword argument 'foo'"},
		{"open", []Object{s("/nonexistent/x")}, nil, "FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x'"},
		{"open", []Object{s("/tmp")}, nil, "IsADirectoryError: [Errno 21] Is a directory: '/tmp'"},
		{"open", []Object{s("x"), s("rw")}, nil, "ValueError: must have exactly one of create/read/write/append mode"},
		{"open", []Object{s("x"), s("rz")}, nil, "ValueError: invalid mode: 'rz'"},
	}
	for _, c := range cases {
		v, err := otBuiltin(th, b, c.name, c.args, c.kw...)
		got := otShow(th, v, err)
		if got != c.want {
			t.Errorf("%s%v kw=%v = %s, want %s", c.name, c.args, c.kw, got, c.want)
		}
	}
	ex, _ := b.Dict.GetStr(NewStr("exit"))
	otCheck(t, th, "repr(exit)", ex, nil, "Use exit() or Ctrl-D (i.e. EOF) to exit")
	id1, _ := otBuiltin(th, b, "id", []Object{Int(1)})
	id2, _ := otBuiltin(th, b, "id", []Object{Int(1)})
	if id1 != id2 {
		t.Errorf("id(1) != id(1)")
	}
	// iter(callable, sentinel)
	n := 0
	counter := otfn("counter", func(th *Thread, args []Object, kw []string) (Object, error) {
		n++
		return Int(n), nil
	})
	it, err := otBuiltin(th, b, "iter", []Object{counter, Int(4)})
	if err != nil {
		t.Fatal(err)
	}
	items, err := IterateAll(th, it)
	otCheck(t, th, "list(iter(counter, 4))", NewList(th, items), err, "[1, 2, 3]")
	it, _ = otBuiltin(th, b, "iter", []Object{l()})
	v, err := otBuiltin(th, b, "next", []Object{it})
	otCheck(t, th, "next(iter([]))", v, err, "StopIteration: ")
	v, err = otBuiltin(th, b, "next", []Object{it, Int(5)})
	otCheck(t, th, "next(iter([]), 5)", v, err, "5")
	// dir and vars on an instance
	c := otClass(th, "C", nil, "m", Int(1))
	obj, _ := otCall(th, c)
	SetAttr(th, obj, NewStr("a"), Int(1))
	v, err = otBuiltin(th, b, "vars", []Object{obj})
	otCheck(t, th, "vars(C())", v, err, "{'a': 1}")
	v, err = otBuiltin(th, b, "dir", []Object{obj})
	if err != nil || !strings.Contains(otShow(th, v, nil), "'__class__', '__delattr__', '__dict__', '__dir__', '__doc__'") ||
		!strings.Contains(otShow(th, v, nil), "'a', 'm']") {
		t.Errorf("dir(C()) = %s", otShow(th, v, err))
	}
	// isinstance with a user class hierarchy
	d := otClass(th, "D", []*Type{c})
	dobj, _ := otCall(th, d)
	v, err = otBuiltin(th, b, "isinstance", []Object{dobj, c})
	otCheck(t, th, "isinstance(D(), C)", v, err, "True")
	v, err = otBuiltin(th, b, "issubclass", []Object{c, d})
	otCheck(t, th, "issubclass(C, D)", v, err, "False")
	u, err := Binary(th, OpOr, IntType, None)
	otCheck(t, th, "int | None", u, err, "int | None")
	v, err = otBuiltin(th, b, "isinstance", []Object{None, u})
	otCheck(t, th, "isinstance(None, int | None)", v, err, "True")
	ga, err := GetItem(th, ListType, IntType)
	otCheck(t, th, "list[int]", ga, err, "list[int]")
}

func TestPrintAndInput(t *testing.T) {
	th := otThread()
	var out bytes.Buffer
	th.Interp.Stdout = &out
	th.Interp.Stdin = strings.NewReader("hello\nworld")
	b := NewBuiltins(th)
	otBuiltin(th, b, "print", []Object{Int(1), NewStr("a"), None})
	otBuiltin(th, b, "print", []Object{Int(1), Int(2), NewStr("-"), NewStr("!\n")}, "sep", "end")
	otBuiltin(th, b, "print", nil)
	v, err := otBuiltin(th, b, "input", []Object{NewStr("> ")})
	otCheck(t, th, "input()", v, err, "'hello'")
	v, err = otBuiltin(th, b, "input", nil)
	otCheck(t, th, "input()", v, err, "'world'")
	_, err = otBuiltin(th, b, "input", nil)
	otCheck(t, th, "input() at EOF", nil, err, "EOFError: EOF when reading a line")
	if got := out.String(); got != "1 a None\n1-2!\n\n> " {
		t.Errorf("printed %q", got)
	}

	// through sys.stdout / sys.stdin streams
	var out2 bytes.Buffer
	sys := NewModule(th, "sys")
	stdout := NewTextStream("<stdout>", nil, &out2)
	sys.Dict.SetStr(th, NewStr("stdout"), stdout)
	sys.Dict.SetStr(th, NewStr("stdin"), NewTextStream("<stdin>", strings.NewReader("line1\nline2\n"), nil))
	th.Interp.Modules.SetStr(th, NewStr("sys"), sys)
	otBuiltin(th, b, "print", []Object{NewStr("x"), True}, "flush")
	v, err = otBuiltin(th, b, "input", nil)
	otCheck(t, th, "input() from sys.stdin", v, err, "'line1'")
	n, err := CallMethod(th, stdout, "write", NewStr("héllo"))
	otCheck(t, th, "sys.stdout.write('héllo')", n, err, "5")
	otCheck(t, th, "repr(sys.stdout)", stdout, nil, "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
	if got := out2.String(); got != "x\nhéllo" {
		t.Errorf("sys.stdout got %q", got)
	}
	// print(file=f) calls f.write
	var buf []string
	w := otClass(th, "W", nil, "write", otfn("write", func(th *Thread, args []Object, kw []string) (Object, error) {
		buf = append(buf, args[1].(*Str).s)
		return None, nil
	}))
	wo, _ := otCall(th, w)
	otBuiltin(th, b, "print", []Object{Int(1), Int(2), wo}, "file")
	if strings.Join(buf, "|") != "1 2\n" {
		t.Errorf("print(file=W()) wrote %q", buf)
	}
}

func TestFileObject(t *testing.T) {
	th := otThread()
	b := NewBuiltins(th)
	dir := t.TempDir()
	path := NewStr(filepath.Join(dir, "f.txt"))
	f, err := otBuiltin(th, b, "open", []Object{path, NewStr("w")})
	if err != nil {
		t.Fatal(err)
	}
	otCheck(t, th, "repr(f)", f, nil, "<_io.TextIOWrapper name='"+path.s+"' mode='w' encoding='UTF-8'>")
	n, err := CallMethod(th, f, "write", NewStr("héllo\nworld\n"))
	otCheck(t, th, "f.write", n, err, "12")
	_, err = CallMethod(th, f, "write", NewBytes([]byte("x")))
	otCheck(t, th, "f.write(b'x')", nil, err, "TypeError: write() argument must be str, not bytes")
	CallMethod(th, f, "writelines", NewList(th, []Object{NewStr("a\n"), NewStr("b")}))
	CallMethod(th, f, "__exit__", None, None, None)
	v, err := otAttr(th, f, "closed")
	otCheck(t, th, "f.closed", v, err, "True")
	_, err = CallMethod(th, f, "write", NewStr("x"))
	otCheck(t, th, "write after close", nil, err, "ValueError: I/O operation on closed file.")
	data, _ := os.ReadFile(path.s)
	if string(data) != "héllo\nworld\na\nb" {
		t.Errorf("file holds %q", data)
	}

	f, _ = otBuiltin(th, b, "open", []Object{path})
	v, err = CallMethod(th, f, "readline")
	otCheck(t, th, "readline", v, err, `'héllo\n'`)
	v, err = CallMethod(th, f, "read", Int(3))
	otCheck(t, th, "read(3)", v, err, "'wor'")
	v, err = CallMethod(th, f, "tell")
	otCheck(t, th, "tell", v, err, "10")
	v, err = CallMethod(th, f, "read")
	otCheck(t, th, "read()", v, err, `'ld\na\nb'`)
	v, err = CallMethod(th, f, "read")
	otCheck(t, th, "read() at EOF", v, err, "''")
	CallMethod(th, f, "seek", Int(0))
	items, err := IterateAll(th, f)
	otCheck(t, th, "list(f)", NewList(th, items), err, `['héllo\n', 'world\n', 'a\n', 'b']`)
	_, err = CallMethod(th, f, "write", NewStr("x"))
	otCheck(t, th, "write on 'r'", nil, err, "UnsupportedOperation: not writable")
	CallMethod(th, f, "close")

	fb, err := otBuiltin(th, b, "open", []Object{path, NewStr("rb")})
	if err != nil {
		t.Fatal(err)
	}
	otCheck(t, th, "repr(fb)", fb, nil, "<_io.BufferedReader name='"+path.s+"'>")
	v, err = CallMethod(th, fb, "read", Int(2))
	otCheck(t, th, "fb.read(2)", v, err, `b'h\xc3'`)
	CallMethod(th, fb, "close")

	fa, _ := otBuiltin(th, b, "open", []Object{path, NewStr("a")})
	CallMethod(th, fa, "write", NewStr("!"))
	CallMethod(th, fa, "close")
	data, _ = os.ReadFile(path.s)
	if !strings.HasSuffix(string(data), "b!") {
		t.Errorf("append: %q", data)
	}
	_, err = otBuiltin(th, b, "open", []Object{path, NewStr("x")})
	otCheck(t, th, "open(existing, 'x')", nil, err, "FileExistsError: [Errno 17] File exists: '"+path.s+"'")
}
