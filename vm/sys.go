package vm

import (
	"fmt"
	"io"
	"math"
	"os"
	goruntime "runtime"
	"time"

	"pyg/runtime"
)

// newSysModule builds the sys module from the interpreter's state (the VM
// registers it as the native module "sys").
func (vm *VM) newSysModule(t *runtime.Thread) (*runtime.Module, error) {
	in := vm.Interp
	m := runtime.NewModule(t, "sys")
	d := m.Dict
	set := func(name string, v runtime.Object) { d.SetStr(t, runtime.Intern(name), v) }
	fn := func(name string, f runtime.BuiltinFn) {
		b := runtime.NewBuiltin(name, f)
		b.Module = "sys"
		set(name, b)
	}
	strs := func(ss []string) *runtime.List {
		items := make([]runtime.Object, len(ss))
		for i, s := range ss {
			items[i] = runtime.NewStr(s)
		}
		return runtime.NewList(t, items)
	}
	argv := in.Argv
	if len(argv) == 0 {
		argv = []string{""}
	}
	set("argv", strs(argv))
	set("orig_argv", strs(os.Args))
	set("path", strs(in.Path))
	set("modules", in.Modules)
	set("version", runtime.NewStr("3.13.0 (pyg)"))
	addSysInfo(t, d) // version_info, float_info, int_info, hash_info, getsizeof
	set("hexversion", runtime.Int(0x030d00f0))
	set("api_version", runtime.Int(1013))
	platform := goruntime.GOOS
	if platform == "windows" {
		platform = "win32"
	}
	set("platform", runtime.NewStr(platform))
	set("maxsize", runtime.Int(math.MaxInt64))
	set("maxunicode", runtime.Int(0x10FFFF))
	set("byteorder", runtime.NewStr("little"))
	exe, _ := os.Executable()
	set("executable", runtime.NewStr(exe))
	set("prefix", runtime.NewStr(""))
	set("builtin_module_names", runtime.NewTuple(t, []runtime.Object{runtime.NewStr("builtins"), runtime.NewStr("sys")}))
	set("dont_write_bytecode", runtime.True)

	impl := runtime.NewModule(t, "implementation")
	impl.Dict.SetStr(t, runtime.Intern("name"), runtime.NewStr("pyg"))
	impl.Dict.SetStr(t, runtime.Intern("cache_tag"), runtime.None)
	impl.Dict.SetStr(t, runtime.Intern("version"), runtime.NewTuple(t, []runtime.Object{runtime.Int(3), runtime.Int(13), runtime.Int(0), runtime.NewStr("final"), runtime.Int(0)}))
	set("implementation", impl)
	flags := runtime.NewModule(t, "flags")
	for _, n := range []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
		"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
		"warn_default_encoding", "safe_path", "int_max_str_digits"} {
		flags.Dict.SetStr(t, runtime.Intern(n), runtime.Int(0))
	}
	set("flags", flags)

	fn("getrecursionlimit", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "getrecursionlimit", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return runtime.Int(t.Interp.RecursionLimit), nil
	})
	fn("setrecursionlimit", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if _, ok := args[0].(runtime.Float); ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if n <= t.Depth {
			return nil, runtime.Errorf(t, runtime.RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.Depth)
		}
		t.Interp.RecursionLimit = n
		return runtime.None, nil
	})
	fn("exc_info", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		e, ok := t.ExcInfo.(*runtime.Exception)
		if !ok {
			return runtime.NewTuple(t, []runtime.Object{runtime.None, runtime.None, runtime.None}), nil
		}
		return runtime.NewTuple(t, []runtime.Object{e.Type(), e, e.TracebackObject(t)}), nil
	})
	fn("exception", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if t.ExcInfo == nil {
			return runtime.None, nil
		}
		return t.ExcInfo, nil
	})
	fn("getrefcount", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "getrefcount", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return runtime.Int(runtime.RefCount(args[0])), nil
	})
	fn("intern", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(*runtime.Str)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "intern() argument must be str, not %s", runtime.TypeName(args[0]))
		}
		return runtime.Intern(s.String()), nil
	})
	fn("exit", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "exit", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return nil, runtime.NewException(t, runtime.SystemExitType, append([]runtime.Object(nil), args...)...)
	})
	fn("_is_gil_enabled", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewBool(!t.Interp.FreeThreaded), nil
	})
	fn("getswitchinterval", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.Float(t.Interp.SwitchInterval), nil
	})
	fn("setswitchinterval", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "setswitchinterval", args, kw, 1, 1); err != nil {
			return nil, err
		}
		f, err := runtime.ToFloat64(t, args[0])
		if err != nil {
			return nil, err
		}
		if f <= 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "switch interval must be strictly positive")
		}
		t.Interp.SwitchInterval = f
		switch g := t.Interp.GIL.(type) {
		case *runtime.ClassicGIL:
			g.SetInterval(time.Duration(f * float64(time.Second)))
		case *runtime.SimGIL:
			g.SetInterval(f)
		}
		return runtime.None, nil
	})
	fn("getdefaultencoding", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewStr("utf-8"), nil
	})
	fn("getfilesystemencoding", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewStr("utf-8"), nil
	})
	fn("_getframe", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		depth := 0
		if err := runtime.CheckArgs(t, "_getframe", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) > 0 {
			n, err := runtime.IndexInt(t, args[0])
			if err != nil {
				return nil, err
			}
			depth = n
		}
		f := visibleFrame(CurrentFrame(t))
		for ; depth > 0 && f != nil; depth-- {
			f = visibleFrame(f.back)
		}
		if f == nil {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "call stack is not deep enough")
		}
		return newFrameObject(t, f), nil
	})
	fn("displayhook", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "displayhook", args, kw, 1, 1); err != nil {
			return nil, err
		}
		v := args[0]
		if v == runtime.None {
			return runtime.None, nil
		}
		builtins := t.Interp.Builtins
		builtins.SetStr(t, runtime.Intern("_"), runtime.None)
		r, err := runtime.Repr(t, v)
		if err != nil {
			return nil, err
		}
		if _, err := io.WriteString(t.Interp.Stdout, r.String()+"\n"); err != nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "%s", err)
		}
		builtins.SetStr(t, runtime.Intern("_"), v)
		return runtime.None, nil
	})
	set("__displayhook__", mustGet(d, "displayhook"))
	set("stdin", newStream(t, "<stdin>", nil, in.Stdin, 0))
	set("stdout", newStream(t, "<stdout>", in.Stdout, nil, 1))
	set("stderr", newStream(t, "<stderr>", in.Stderr, nil, 2))
	set("__stdin__", mustGet(d, "stdin"))
	set("__stdout__", mustGet(d, "stdout"))
	set("__stderr__", mustGet(d, "stderr"))
	vm.addExceptHooks(t, d)
	return m, nil
}

func mustGet(d *runtime.Dict, name string) runtime.Object {
	v, _ := d.GetStr(runtime.Intern(name))
	return v
}

// displayHook calls sys.displayhook(v) (PRINT_EXPR).
func displayHook(t *runtime.Thread, v runtime.Object) error {
	sys, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys"))
	if !ok {
		return runtime.Errorf(t, runtime.RuntimeErrorType, "lost sys.displayhook")
	}
	hook, err := runtime.GetAttr(t, sys, strDisplay)
	if err != nil {
		return runtime.Errorf(t, runtime.RuntimeErrorType, "lost sys.displayhook")
	}
	_, err = runtime.Call(t, hook, []runtime.Object{v}, nil)
	return err
}

// Stream is a minimal text stream for sys.stdin/stdout/stderr.
type Stream struct {
	runtime.Header
	name string
	w    io.Writer
	r    io.Reader
	fd   int
	rbuf []byte
}

// StreamType is the type of sys.stdout and friends.
var StreamType = runtime.NewBuiltinType("TextIOWrapper", "_io", nil, 0)

// Type returns TextIOWrapper.
func (*Stream) Type() *runtime.Type { return StreamType }

// Writer returns the stream's writer (nil for stdin).
func (s *Stream) Writer() io.Writer { return s.w }

func newStream(t *runtime.Thread, name string, w io.Writer, r io.Reader, fd int) *Stream {
	return &Stream{name: name, w: w, r: r, fd: fd}
}

// readLine reads up to and including a newline (or EOF).
func (s *Stream) readLine(t *runtime.Thread) (string, error) {
	var out []byte
	for {
		if i := indexByte(s.rbuf, '\n'); i >= 0 {
			out = append(out, s.rbuf[:i+1]...)
			s.rbuf = s.rbuf[i+1:]
			return string(out), nil
		}
		out = append(out, s.rbuf...)
		s.rbuf = s.rbuf[:0]
		buf := make([]byte, 4096)
		var n int
		var err error
		t.Blocking(func() { n, err = s.r.Read(buf) })
		s.rbuf = append(s.rbuf, buf[:n]...)
		if n == 0 && err != nil {
			return string(out), nil
		}
	}
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func init() {
	StreamType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		s := o.(*Stream)
		mode := "w"
		if s.r != nil {
			mode = "r"
		}
		return runtime.NewStr(fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s.name, mode)), nil
	}
	StreamType.AddMethod("write", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "write", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s := self.(*Stream)
		str, ok := args[0].(*runtime.Str)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "write() argument must be str, not %s", runtime.TypeName(args[0]))
		}
		if s.w == nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "not writable")
		}
		if _, err := io.WriteString(s.w, str.String()); err != nil {
			return nil, runtime.OSErrorFromGo(t, err, "")
		}
		return runtime.Int(str.Len()), nil
	})
	StreamType.AddMethod("writelines", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "writelines", args, kw, 1, 1); err != nil {
			return nil, err
		}
		lines, err := runtime.IterateAll(t, args[0])
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			if _, err := runtime.CallMethod(t, self, "write", l); err != nil {
				return nil, err
			}
		}
		return runtime.None, nil
	})
	StreamType.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		if o.(*Stream).r == nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "not readable")
		}
		return o, nil
	}
	StreamType.Next = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		s := o.(*Stream)
		if s.r == nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "not readable")
		}
		line, err := s.readLine(t)
		if err != nil || line == "" {
			return nil, err
		}
		return runtime.NewStr(line), nil
	}
	StreamType.AddMethod("readlines", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		s := self.(*Stream)
		if s.r == nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "not readable")
		}
		var lines []runtime.Object
		for {
			line, err := s.readLine(t)
			if err != nil {
				return nil, err
			}
			if line == "" {
				break
			}
			lines = append(lines, runtime.NewStr(line))
		}
		return runtime.NewList(t, lines), nil
	})
	StreamType.AddMethod("flush", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if f, ok := self.(*Stream).w.(interface{ Flush() error }); ok {
			if err := f.Flush(); err != nil {
				return nil, runtime.OSErrorFromGo(t, err, "")
			}
		}
		return runtime.None, nil
	})
	StreamType.AddMethod("readline", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		s := self.(*Stream)
		if s.r == nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "not readable")
		}
		line, err := s.readLine(t)
		if err != nil {
			return nil, err
		}
		return runtime.NewStr(line), nil
	})
	StreamType.AddMethod("read", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		s := self.(*Stream)
		if s.r == nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "not readable")
		}
		var data []byte
		var err error
		t.Blocking(func() { data, err = io.ReadAll(s.r) })
		if err != nil {
			return nil, runtime.Errorf(t, runtime.OSErrorType, "%s", err)
		}
		out := append(s.rbuf, data...)
		s.rbuf = nil
		return runtime.NewStr(string(out)), nil
	})
	StreamType.AddMethod("isatty", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.False, nil
	})
	StreamType.AddMethod("fileno", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.Int(self.(*Stream).fd), nil
	})
	StreamType.AddMethod("writable", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewBool(self.(*Stream).w != nil), nil
	})
	StreamType.AddMethod("readable", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewBool(self.(*Stream).r != nil), nil
	})
	StreamType.AddGetSet("name", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr(o.(*Stream).name), nil
	}, nil)
	StreamType.AddGetSet("encoding", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr("utf-8"), nil
	}, nil)
}
