package vm

import (
	"io"

	"pyg/runtime"
)

// addExceptHooks adds sys.excepthook, sys.__excepthook__ and
// sys._pyg_format_exception (the traceback module's formatter) to the sys
// module's dict d.
func (vm *VM) addExceptHooks(t *runtime.Thread, d *runtime.Dict) {
	hook := runtime.NewBuiltin("excepthook", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if len(kw) > 0 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "excepthook() takes no keyword arguments")
		}
		if len(args) != 3 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "excepthook expected 3 arguments, got %d", len(args))
		}
		return runtime.None, vm.writeSysStderr(t, vm.displayText(t, args[1], args[2]))
	})
	hook.Module = "sys"
	vm.defaultExceptHook = hook
	d.SetStr(t, runtime.Intern("excepthook"), hook)
	d.SetStr(t, runtime.Intern("__excepthook__"), hook)
	format := runtime.NewBuiltin("_pyg_format_exception", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "_pyg_format_exception", args, kw, 1, 2); err != nil {
			return nil, err
		}
		e, ok := args[0].(*runtime.Exception)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "_pyg_format_exception() argument must be an exception, not %s", runtime.TypeName(args[0]))
		}
		chain := true
		if len(args) > 1 {
			b, err := runtime.Truth(t, args[1])
			if err != nil {
				return nil, err
			}
			chain = b
		}
		parts := vm.FormatExceptionParts(t, e, chain)
		items := make([]runtime.Object, len(parts))
		for i, p := range parts {
			items[i] = runtime.NewStr(p)
		}
		return runtime.NewList(t, items), nil
	})
	format.Module = "sys"
	d.SetStr(t, runtime.Intern("_pyg_format_exception"), format)
}

// displayText is what the default sys.excepthook prints for value (with
// traceback tb when value has none), as CPython's PyErr_Display.
func (vm *VM) displayText(t *runtime.Thread, value, tb runtime.Object) string {
	e, ok := value.(*runtime.Exception)
	if !ok {
		if value == runtime.None {
			return "NoneType: None\n"
		}
		return "TypeError: print_exception(): Exception expected for value, " + runtime.TypeName(value) + " found\n"
	}
	if _, isTB := tb.(*runtime.TracebackObject); isTB && len(e.Traceback) == 0 {
		e.SetTracebackObject(t, tb)
	}
	return vm.FormatException(t, e)
}

// writeSysStderr writes s to sys.stderr (after flushing stdout).
func (vm *VM) writeSysStderr(t *runtime.Thread, s string) error {
	vm.stdout.Flush()
	var stream runtime.Object
	if sys, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys")); ok {
		stream, _ = runtime.GetAttrString(t, sys, "stderr")
	}
	switch w := stream.(type) {
	case nil, runtime.NoneType:
		return nil
	case *Stream:
		if w.w != nil {
			io.WriteString(w.w, s)
			return nil
		}
	}
	_, err := runtime.CallMethod(t, stream, "write", runtime.NewStr(s))
	return err
}

// printUncaught reports an exception that ended the program through
// sys.excepthook, as CPython's PyErr_Print.
func (vm *VM) printUncaught(t *runtime.Thread, e *runtime.Exception) {
	var hook runtime.Object
	if sys, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys")); ok {
		hook, _ = runtime.GetAttrString(t, sys, "excepthook")
	}
	switch {
	case hook == nil || hook == runtime.None:
		vm.writeSysStderr(t, "sys.excepthook is missing\n")
		vm.writeSysStderr(t, vm.FormatException(t, e))
		return
	case hook == vm.defaultExceptHook:
		vm.writeSysStderr(t, vm.FormatException(t, e))
		return
	}
	_, err := runtime.Call(t, hook, []runtime.Object{e.Type(), e, e.TracebackObject(t)}, nil)
	if err != nil {
		e2 := runtime.AsException(t, err)
		keepAlive(t, e2)
		vm.writeSysStderr(t, "Error in sys.excepthook:\n")
		vm.writeSysStderr(t, vm.FormatException(t, e2))
		vm.writeSysStderr(t, "\nOriginal exception was:\n")
		vm.writeSysStderr(t, vm.FormatException(t, e))
	}
	vm.stdout.Flush()
}
