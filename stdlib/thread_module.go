package stdlib

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"

	"pyg/runtime"
)

// timeoutMax is _thread.TIMEOUT_MAX (CPython's value on 64-bit Linux).
const timeoutMax = 9223372036.854776

// threadState is the per-interpreter state of one _thread module object:
// the number of threads it started and the sentinel locks that are released
// when a thread ends (threading.Thread.join waits on them).
type threadState struct {
	count     atomic.Int64
	mu        sync.Mutex
	sentinels map[int64][]*Lock
}

// endThread releases the sentinels of thread id.
func (st *threadState) endThread(in *runtime.Interpreter, id int64) {
	st.mu.Lock()
	ls := st.sentinels[id]
	delete(st.sentinels, id)
	st.mu.Unlock()
	for _, l := range ls {
		select {
		case <-l.ch:
		default:
		}
		if in.Sim != nil {
			in.Sim.Notify(l)
		}
	}
}

// writeStderr writes s to sys.stderr, or to the interpreter's stderr when
// sys.stderr is unavailable.
func writeStderr(t *runtime.Thread, s string) {
	if sys, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys")); ok {
		if f, err := runtime.GetAttrString(t, sys, "stderr"); err == nil && f != runtime.None {
			if _, err := runtime.CallMethod(t, f, "write", runtime.NewStr(s)); err == nil {
				runtime.CallMethod(t, f, "flush")
				return
			}
		}
	}
	if w := t.Interp.Stderr; w != nil {
		fmt.Fprint(w, s)
	}
}

// reportThreadException prints an exception that escaped a thread started by
// _thread.start_new_thread, as CPython's PyErr_FormatUnraisable does.
func reportThreadException(t *runtime.Thread, fn runtime.Object, err error) {
	exc := runtime.AsException(t, err)
	if exc.Type().IsSubtype(runtime.SystemExitType) {
		return
	}
	what := "<function>"
	if r, rerr := runtime.Repr(t, fn); rerr == nil {
		what = r.String()
	}
	writeStderr(t, "Exception ignored in thread started by: "+what+"\n")
	if sys, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys")); ok {
		if hook, herr := runtime.GetAttrString(t, sys, "excepthook"); herr == nil {
			if _, herr = runtime.Call(t, hook, []runtime.Object{exc.Type(), exc, exc.TracebackObject(t)}, nil); herr == nil {
				return
			}
		}
	}
	writeStderr(t, runtime.FormatException(exc))
}

// newThreadModule builds the _thread module.
func newThreadModule(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "_thread")
	st := &threadState{sentinels: map[int64][]*Lock{}}
	noArgs := func(name string, f func(t *runtime.Thread) runtime.Object) runtime.BuiltinFn {
		return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			return f(t), nil
		}
	}
	startNewThread := func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "start_new_thread", args, kw, 2, 3); err != nil {
			return nil, err
		}
		fn := args[0]
		if fn.Type().Call == nil {
			switch fn.(type) {
			case *runtime.Builtin, *runtime.MethodDescr:
			default:
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "first arg must be callable")
			}
		}
		targs, ok := args[1].(*runtime.Tuple)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "2nd arg must be a tuple")
		}
		var kwd *runtime.Dict
		if len(args) == 3 {
			d, ok := args[2].(*runtime.Dict)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "optional 3rd arg must be a dictionary")
			}
			kwd = d
		}
		callArgs := append([]runtime.Object(nil), targs.Items...)
		var callKw []string
		if kwd != nil {
			keys, vals := kwd.Items(t)
			for i, k := range keys {
				s, ok := k.(*runtime.Str)
				if !ok {
					return nil, runtime.Errorf(t, runtime.TypeErrorType, "keywords must be strings")
				}
				callKw = append(callKw, s.String())
				callArgs = append(callArgs, vals[i])
			}
		}
		// The new thread owns counted references to everything it will use.
		for _, o := range callArgs {
			t.Incref(o)
		}
		t.Incref(fn)
		in := t.Interp
		nt := in.NewThread()
		st.count.Add(1)
		go func() {
			if in.Sim != nil {
				in.Sim.Start(nt) // wait for the simulator's token (--sim-cores)
			}
			if in.GIL != nil {
				in.GIL.Acquire(nt)
			}
			_, err := runtime.Call(nt, fn, callArgs, callKw)
			if err != nil {
				reportThreadException(nt, fn, err)
			}
			for _, o := range callArgs {
				nt.Decref(o)
			}
			nt.Decref(fn)
			nt.ProcessZeroCounts()
			in.EndThread(nt)
			st.count.Add(-1)
			st.endThread(in, nt.ID)
			if in.GIL != nil {
				in.GIL.Release(nt)
			}
			if in.Sim != nil {
				in.Sim.Exit(nt)
			}
		}()
		return runtime.Int(nt.ID), nil
	}
	allocate := noArgs("allocate_lock", func(t *runtime.Thread) runtime.Object { return newLock() })
	getIdent := noArgs("get_ident", func(t *runtime.Thread) runtime.Object { return runtime.Int(t.ID) })
	getNativeID := noArgs("get_native_id", func(t *runtime.Thread) runtime.Object { return runtime.Int(t.ID) })
	exit := func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "exit", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return nil, runtime.NewException(t, runtime.SystemExitType)
	}
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		"start_new_thread": startNewThread,
		"start_new":        startNewThread,
		"allocate_lock":    allocate,
		"allocate":         allocate,
		"get_ident":        getIdent,
		"get_native_id":    getNativeID,
		"exit":             exit,
		"exit_thread":      exit,
		"_count": noArgs("_count", func(t *runtime.Thread) runtime.Object {
			return runtime.Int(st.count.Load())
		}),
		// _live_idents lists the idents of the running threads
		// (threading.local drops the attributes of threads that ended).
		"_live_idents": noArgs("_live_idents", func(t *runtime.Thread) runtime.Object {
			var ids []runtime.Object
			for _, th := range t.Interp.Threads() {
				ids = append(ids, runtime.Int(th.ID))
			}
			return runtime.NewList(t, ids)
		}),
		"daemon_threads_allowed": noArgs("daemon_threads_allowed", func(t *runtime.Thread) runtime.Object {
			return runtime.True
		}),
		"stack_size": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "stack_size", args, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 1 {
				n, err := runtime.IndexInt(t, args[0])
				if err != nil {
					return nil, err
				}
				if n != 0 && n < 32768 {
					return nil, runtime.Errorf(t, runtime.ValueErrorType, "size not valid: %d bytes", n)
				}
			}
			return runtime.Int(0), nil
		},
		// _set_sentinel returns a held lock that is released when the
		// calling thread ends (threading.Thread.join waits on it).
		"_set_sentinel": noArgs("_set_sentinel", func(t *runtime.Thread) runtime.Object {
			l := newLock()
			l.ch <- struct{}{}
			st.mu.Lock()
			st.sentinels[t.ID] = append(st.sentinels[t.ID], l)
			st.mu.Unlock()
			return l
		}),
		"interrupt_main": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "interrupt_main", args, kw, 0, 1); err != nil {
				return nil, err
			}
			for _, th := range t.Interp.Threads() {
				if th.IsMain() {
					th.EvalBreaker.Or(runtime.BreakSignal)
				}
			}
			return runtime.None, nil
		},
	})
	for name, v := range map[string]runtime.Object{
		"LockType":    LockType,
		"lock":        LockType,
		"RLock":       RLockType,
		"_local":      LocalType,
		"error":       runtime.RuntimeErrorType,
		"TIMEOUT_MAX": runtime.Float(timeoutMax),
	} {
		m.Dict.SetStr(t, runtime.Intern(name), v)
	}
	return m, nil
}

// checkTimeout validates a lock timeout as CPython does.
func checkTimeout(t *runtime.Thread, timeout float64) error {
	if math.IsNaN(timeout) || timeout > timeoutMax {
		return runtime.Errorf(t, runtime.OverflowErrorType, "timeout value is too large")
	}
	return nil
}
