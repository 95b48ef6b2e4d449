package vm

import (
	"sort"
	"strings"

	"pyg/compiler"
	"pyg/parser"
	"pyg/runtime"
)

// The builtins that need the VM: exec, eval, compile, globals, locals, vars,
// dir (without argument), __import__.

func addVMBuiltins(t *runtime.Thread, b *runtime.Dict) {
	add := func(name string, fn runtime.BuiltinFn) {
		bf := runtime.NewBuiltin(name, fn)
		bf.Module = "builtins"
		b.SetStr(t, runtime.Intern(name), bf)
	}
	add("exec", builtinExec)
	add("eval", builtinEval)
	add("compile", builtinCompile)
	add("globals", builtinGlobals)
	add("locals", builtinLocals)
	add("vars", builtinVars)
	add("__import__", builtinImport)
	prevNext, _ := b.GetStr(runtime.Intern("next"))
	add("next", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		// A generator's return value travels in the StopIteration that
		// next() raises (the Next slot only reports exhaustion).
		if len(args) == 1 && len(kw) == 0 {
			if g, ok := args[0].(*Generator); ok {
				return g.Send(t, runtime.None)
			}
		}
		if prevNext == nil {
			return nil, runtime.Errorf(t, runtime.SystemErrorType, "next() is missing")
		}
		return runtime.Call(t, prevNext, args, kw)
	})
	prevDir, _ := b.GetStr(runtime.Intern("dir"))
	add("dir", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "dir", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			if prevDir != nil {
				return runtime.Call(t, prevDir, args, nil)
			}
			names, err := runtime.DirObject(t, args[0])
			if err != nil {
				return nil, err
			}
			items := make([]runtime.Object, len(names))
			for i, n := range names {
				items[i] = runtime.NewStr(n)
			}
			return runtime.NewList(t, items), nil
		}
		d := frameLocals(t, CurrentFrame(t))
		var names []string
		for _, k := range d.Keys(t) {
			if s, ok := k.(*runtime.Str); ok {
				names = append(names, s.String())
			}
		}
		sort.Strings(names)
		items := make([]runtime.Object, len(names))
		for i, n := range names {
			items[i] = runtime.NewStr(n)
		}
		return runtime.NewList(t, items), nil
	})
}

// frameLocals returns the locals of frame f as a dict: the namespace of
// module and class bodies, a snapshot of the fast locals and cells otherwise.
func frameLocals(t *runtime.Thread, f *Frame) *runtime.Dict {
	if f == nil {
		return runtime.NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	f.own = 0 // the dict gets the locals' boxes (see storeNum)
	d := runtime.NewDict()
	code := f.code
	for i, name := range code.varNames {
		if v := f.slots[i]; v != nil {
			d.SetStr(t, name, v)
		}
	}
	for i, name := range code.cellNames {
		if c, ok := f.slots[code.nlocals+i].(*runtime.Cell); ok {
			if v := c.Get(t); v != nil {
				d.SetStr(t, name, v)
			}
		}
	}
	return d
}

func builtinGlobals(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "globals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	if f := CurrentFrame(t); f != nil {
		return f.globals, nil
	}
	return runtime.NewDict(), nil
}

func builtinLocals(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "locals", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return frameLocals(t, CurrentFrame(t)), nil
}

func builtinVars(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	if err := runtime.CheckArgs(t, "vars", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return frameLocals(t, CurrentFrame(t)), nil
	}
	d, err := runtime.GetAttrString(t, args[0], "__dict__")
	if err != nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

func builtinImport(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	var name string
	var globals, locals, fromlist runtime.Object = runtime.None, runtime.None, runtime.None
	level := 0
	if err := runtime.UnpackArgs(t, "__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	g, _ := globals.(*runtime.Dict)
	if level < 0 {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "level must be >= 0")
	}
	return doImport(t, name, g, fromlist, level)
}

// sourceArg returns the text of a source argument of exec/eval/compile.
func sourceArg(t *runtime.Thread, fname string, o runtime.Object) (string, error) {
	if s, ok := o.(*runtime.Str); ok {
		return s.String(), nil
	}
	if b, ok := runtime.BytesData(t, o); ok {
		return string(b), nil
	}
	what := "string, bytes or code"
	if fname == "compile" {
		what = "string, bytes or AST"
	}
	return "", runtime.Errorf(t, runtime.TypeErrorType, "%s() arg 1 must be a %s object", fname, what)
}

// compileString compiles Python source in a mode, as compile() does.
func compileString(t *runtime.Thread, src, filename string, mode compiler.Mode) (*Code, error) {
	v, ok := t.Interp.Impl.(*VM)
	if !ok {
		return nil, runtime.Errorf(t, runtime.SystemErrorType, "no VM")
	}
	if mode == compiler.ModeEval {
		src = strings.TrimLeft(src, " \t")
	}
	code, err := v.compileSource([]byte(src), filename, mode)
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			return nil, v.syntaxErrorException(t, se)
		}
		return nil, err
	}
	return code, nil
}

// namespaces resolves the globals and locals arguments of exec and eval.
func namespaces(t *runtime.Thread, fname string, globals, locals runtime.Object) (*runtime.Dict, *runtime.Dict, error) {
	var g, l *runtime.Dict
	if globals != nil && globals != runtime.None {
		var ok bool
		if g, ok = globals.(*runtime.Dict); !ok {
			return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "%s() globals must be a dict, not %s", fname, runtime.TypeName(globals))
		}
	}
	if locals != nil && locals != runtime.None {
		var ok bool
		if l, ok = locals.(*runtime.Dict); !ok {
			return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "locals must be a mapping")
		}
	}
	if g == nil {
		f := CurrentFrame(t)
		if f == nil {
			return nil, nil, runtime.Errorf(t, runtime.SystemErrorType, "%s(): no current frame", fname)
		}
		g = f.globals
		if l == nil {
			l = frameLocals(t, f)
		}
	} else if l == nil {
		l = g
	}
	if _, ok := g.GetStrT(t, strBuiltins); !ok {
		if b, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("builtins")); ok {
			g.SetStr(t, strBuiltins, b)
		}
	}
	return g, l, nil
}

func runWith(t *runtime.Thread, fname string, args []runtime.Object, kw []string, mode compiler.Mode) (runtime.Object, error) {
	var src, globals, locals runtime.Object
	if err := runtime.UnpackArgs(t, fname, args, kw, "source", &src, "globals?", &globals, "locals?", &locals); err != nil {
		return nil, err
	}
	g, l, err := namespaces(t, fname, globals, locals)
	if err != nil {
		return nil, err
	}
	code, ok := src.(*Code)
	if !ok {
		text, err := sourceArg(t, fname, src)
		if err != nil {
			return nil, err
		}
		if code, err = compileString(t, text, "<string>", mode); err != nil {
			return nil, err
		}
	}
	// Keep the namespaces alive while the code runs.
	t.Incref(g)
	t.Incref(l)
	r, err := runCode(t, code, g, l)
	t.Decref(g)
	t.Decref(l)
	if err != nil {
		return nil, err
	}
	if mode == compiler.ModeExec {
		return runtime.None, nil
	}
	return r, nil
}

func builtinExec(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	return runWith(t, "exec", args, kw, compiler.ModeExec)
}

func builtinEval(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	return runWith(t, "eval", args, kw, compiler.ModeEval)
}

func builtinCompile(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	var src runtime.Object
	var filename, mode string
	var flags int
	var dontInherit bool
	optimize := -1
	if err := runtime.UnpackArgs(t, "compile", args, kw, "source", &src, "filename", &filename, "mode", &mode,
		"flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize); err != nil {
		return nil, err
	}
	var m compiler.Mode
	switch mode {
	case "exec":
		m = compiler.ModeExec
	case "eval":
		m = compiler.ModeEval
	case "single":
		m = compiler.ModeSingle
	default:
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if c, ok := src.(*Code); ok {
		return c, nil
	}
	text, err := sourceArg(t, "compile", src)
	if err != nil {
		return nil, err
	}
	return compileString(t, text, filename, m)
}
