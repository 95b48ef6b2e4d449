package vm

import (
	"fmt"
	"sync/atomic"

	"pyg/compiler"
	"pyg/runtime"
)

// Generator is a generator object (also used, minimally, for coroutines): a
// suspended frame resumed by next(), send() and throw().
type Generator struct {
	runtime.Header
	frame   *Frame // nil once finished
	code    *Code
	running atomic.Bool
	exc     runtime.Object // the exception being handled inside the generator while suspended
	typ     *runtime.Type
	// agenYield is set by YIELD_VALUE 1: the async generator's last
	// suspension was a `yield` (not an await passing a value through).
	agenYield bool
	warned    bool // the "never awaited" warning was given
}

// GeneratorType is the Python type "generator".
var GeneratorType = runtime.NewBuiltinType("generator", "builtins", nil, 0)

// CoroutineType is the Python type "coroutine".
var CoroutineType = runtime.NewBuiltinType("coroutine", "builtins", nil, 0)

// Type returns generator (or coroutine).
func (g *Generator) Type() *runtime.Type { return g.typ }

func newGenerator(t *runtime.Thread, f *Frame) *Generator {
	g := &Generator{frame: f, code: f.code, typ: GeneratorType}
	if f.code.flags&compiler.FlagCoroutine != 0 {
		g.typ = CoroutineType
	} else if f.code.flags&compiler.FlagAsyncGenerator != 0 {
		g.typ = AsyncGeneratorType
	}
	f.gen = g
	f.entry = true
	return g
}

// suspendedAtYieldFrom reports whether the generator is delegating (paused
// on a YIELD_FROM) and returns the delegate.
func (g *Generator) delegate() runtime.Object {
	f := g.frame
	if f == nil || f.pc == 0 || f.pc >= len(f.code.instrs) {
		return nil
	}
	if compiler.Opcode(f.code.instrs[f.pc]&0xff) != compiler.YIELD_FROM {
		return nil
	}
	return f.slots[f.sp-1]
}

// resume runs the generator until it yields (done false) or returns (done
// true, v the return value). sent is pushed as the value of the paused yield;
// throw, when set, is raised at the paused yield instead.
func (g *Generator) resume(t *runtime.Thread, sent runtime.Object, throw error) (v runtime.Object, done bool, err error) {
	if !g.running.CompareAndSwap(false, true) {
		return nil, false, runtime.Errorf(t, runtime.ValueErrorType, "generator already executing")
	}
	v, done, err = g.resumeRunning(t, sent, throw)
	g.running.Store(false)
	return v, done, err
}

// resumeRunning is resume once the generator is marked running.
func (g *Generator) resumeRunning(t *runtime.Thread, sent runtime.Object, throw error) (v runtime.Object, done bool, err error) {
	f := g.frame
	if f == nil {
		if throw != nil {
			return nil, false, throw
		}
		if g.typ == CoroutineType {
			return nil, false, runtime.Errorf(t, runtime.RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return runtime.None, true, nil
	}
	if throw == nil {
		if f.pc == 0 {
			if sent != nil && sent != runtime.None {
				return nil, false, runtime.Errorf(t, runtime.TypeErrorType, "can't send non-None value to a just-started %s", g.typ.Name)
			}
		} else {
			if sent == nil {
				sent = runtime.None
			}
			t.Incref(sent)
			f.slots[f.sp] = sent
			f.sp++
		}
	} else if g.delegate() != nil {
		f.pc++ // the exception is raised at the YIELD_FROM
	}
	outer := t.ExcInfo
	if g.exc != nil {
		t.ExcInfo = g.exc
		g.exc = nil
	}
	ts := getThreadState(t)
	f.suspended = false
	v, err = eval(t, ts, f, throw)
	if cur := t.ExcInfo; cur != outer {
		if err == nil && f.suspended {
			g.exc = cur // the generator's handled exception stays with it
		} else {
			t.Decref(cur)
		}
		t.ExcInfo = outer
	}
	if err == nil && f.suspended {
		return v, false, nil
	}
	g.finish(t)
	if err != nil {
		if e, ok := err.(*runtime.Exception); ok && (e.Type().IsSubtype(runtime.StopIterationType) || e.Type().IsSubtype(runtime.StopAsyncIterationType)) {
			msg := g.typ.Name + " raised StopIteration"
			if e.Type().IsSubtype(runtime.StopAsyncIterationType) {
				if g.typ != AsyncGeneratorType {
					return nil, false, err
				}
				msg = "async generator raised StopAsyncIteration"
			} else if g.typ == AsyncGeneratorType {
				msg = "async generator raised StopIteration"
			}
			re := runtime.Errorf(t, runtime.RuntimeErrorType, "%s", msg)
			t.Incref(e)
			re.Cause = e
			t.Incref(e)
			re.Context = e
			re.SuppressContext = true
			return nil, false, re
		}
		return nil, false, err
	}
	return v, true, nil
}

// finish drops the generator's frame.
func (g *Generator) finish(t *runtime.Thread) {
	f := g.frame
	if f == nil {
		return
	}
	g.frame = nil
	clearFrame(t, f)
	if g.exc != nil {
		t.Decref(g.exc)
		g.exc = nil
	}
	getThreadState(t).recycleFrame(f)
}

// Send is generator.send(v): the next yielded value, or StopIteration.
func (g *Generator) Send(t *runtime.Thread, v runtime.Object) (runtime.Object, error) {
	r, done, err := g.resume(t, v, nil)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(t, r)
	}
	return r, nil
}

// stopIteration returns StopIteration(value) (no argument for None).
func stopIteration(t *runtime.Thread, value runtime.Object) error {
	if value == nil || value == runtime.None {
		return runtime.NewException(t, runtime.StopIterationType)
	}
	return runtime.NewException(t, runtime.StopIterationType, value)
}

// stopIterationValue returns the value carried by a StopIteration.
func stopIterationValue(e *runtime.Exception) runtime.Object {
	if e.Args != nil && len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return runtime.None
}

// Throw is generator.throw(exc): raises exc at the paused yield.
func (g *Generator) Throw(t *runtime.Thread, exc *runtime.Exception) (runtime.Object, error) {
	if yf := g.delegate(); yf != nil {
		var r runtime.Object
		var err error
		done := false
		if exc.Type().IsSubtype(runtime.GeneratorExitType) {
			if !g.running.CompareAndSwap(false, true) {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "generator already executing")
			}
			err = closeIter(t, yf)
			g.running.Store(false)
			if err == nil {
				err = exc
			}
			return g.throwHere(t, err)
		}
		if !g.running.CompareAndSwap(false, true) {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "generator already executing")
		}
		if sub, ok := yf.(*Generator); ok {
			// Recursively: the exception reaches the innermost delegate
			// of an await/yield-from chain first.
			r, err = sub.Throw(t, exc)
		} else {
			meth, e := runtime.GetAttrString(t, yf, "throw")
			if e != nil {
				g.running.Store(false)
				return g.throwHere(t, exc)
			}
			r, err = runtime.Call(t, meth, []runtime.Object{exc}, nil)
		}
		g.running.Store(false)
		if err == nil && !done {
			return r, nil
		}
		if err != nil {
			e := runtime.AsException(t, err)
			if !e.Type().IsSubtype(runtime.StopIterationType) {
				return g.throwHere(t, e)
			}
			r = stopIterationValue(e)
		}
		// The delegate finished: pop it, skip the YIELD_FROM and send r.
		f := g.frame
		f.sp--
		t.Decref(f.slots[f.sp])
		f.slots[f.sp] = nil
		f.pc++
		return g.Send(t, r)
	}
	return g.throwHere(t, exc)
}

func (g *Generator) throwHere(t *runtime.Thread, err error) (runtime.Object, error) {
	r, done, err := g.resume(t, nil, err)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(t, r)
	}
	return r, nil
}

// closeIter calls the close method of a delegate iterator, if any.
func closeIter(t *runtime.Thread, it runtime.Object) error {
	if g, ok := it.(*Generator); ok {
		_, err := g.Close(t)
		return err
	}
	meth, err := runtime.GetAttrString(t, it, "close")
	if err != nil {
		return nil
	}
	_, err = runtime.Call(t, meth, nil, nil)
	return err
}

// Close is generator.close(): raises GeneratorExit at the paused yield.
func (g *Generator) Close(t *runtime.Thread) (runtime.Object, error) {
	f := g.frame
	if f == nil {
		return runtime.None, nil
	}
	if f.pc == 0 {
		g.finish(t)
		return runtime.None, nil
	}
	_, err := g.Throw(t, runtime.NewException(t, runtime.GeneratorExitType))
	if err == nil {
		return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "%s ignored GeneratorExit", g.typ.Name)
	}
	e := runtime.AsException(t, err)
	if e.Type().IsSubtype(runtime.GeneratorExitType) || e.Type().IsSubtype(runtime.StopIterationType) {
		// The exception is swallowed: release what it holds (its args)
		// at the next safe point, once the caller has stored the value.
		defer t.Discard(e)
		if e.Type().IsSubtype(runtime.StopIterationType) {
			return stopIterationValue(e), nil
		}
		return runtime.None, nil
	}
	return nil, err
}

// sendTo is YIELD_FROM's step: send v into the delegate recv. done reports
// that recv finished, y being its return value.
func sendTo(t *runtime.Thread, recv, v runtime.Object) (y runtime.Object, done bool, err error) {
	if g, ok := recv.(*Generator); ok {
		return g.resume(t, v, nil)
	}
	if op, ok := recv.(*asyncGenOp); ok {
		r, err := op.send(t, v)
		if err != nil {
			if e, ok := err.(*runtime.Exception); ok && e.Type().IsSubtype(runtime.StopIterationType) {
				return stopIterationValue(e), true, nil
			}
			return nil, false, err
		}
		return r, false, nil
	}
	if v == runtime.None {
		next := recv.Type().Next
		if next == nil {
			return nil, false, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object is not an iterator", runtime.TypeName(recv))
		}
		r, err := next(t, recv)
		if err != nil {
			if e, ok := err.(*runtime.Exception); ok && e.Type().IsSubtype(runtime.StopIterationType) {
				return stopIterationValue(e), true, nil
			}
			return nil, false, err
		}
		if r == nil {
			return runtime.None, true, nil
		}
		return r, false, nil
	}
	r, err := runtime.CallMethod(t, recv, "send", v)
	if err != nil {
		if e, ok := err.(*runtime.Exception); ok && e.Type().IsSubtype(runtime.StopIterationType) {
			return stopIterationValue(e), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

func init() {
	GeneratorType.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) { return o, nil }
	GeneratorType.Next = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		v, done, err := o.(*Generator).resume(t, runtime.None, nil)
		if err != nil || done {
			return nil, err
		}
		return v, nil
	}
	GeneratorType.AddMethod("__next__", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "__next__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return self.(*Generator).Send(t, runtime.None)
	})
	GeneratorType.AddMethod("__iter__", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return self, nil
	})
	for _, typ := range []*runtime.Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		typ := typ
		pfx := map[*runtime.Type]string{GeneratorType: "gi_", CoroutineType: "cr_", AsyncGeneratorType: "ag_"}[typ]
		typ.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			g := o.(*Generator)
			return runtime.NewStr(fmt.Sprintf("<%s object %s at %#x>", g.typ.Name, g.code.QualName, addr(g))), nil
		}
		typ.Dealloc = func(t *runtime.Thread, o runtime.Object) {
			g := o.(*Generator)
			if g.typ == CoroutineType && g.frame != nil && g.frame.pc == 0 && !g.warned {
				warnUnawaited(t, g)
			}
			if g.frame != nil && g.frame.pc > 0 && !g.running.Load() {
				if g.typ == AsyncGeneratorType {
					g.agenClose(t)
				} else {
					_, _ = g.Close(t)
				}
			}
			g.finish(t)
		}
		typ.AddGetSet("__name__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(o.(*Generator).code.Name), nil
		}, nil)
		typ.AddGetSet("__qualname__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(o.(*Generator).code.QualName), nil
		}, nil)
		typ.AddGetSet(pfx+"running", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return runtime.NewBool(o.(*Generator).running.Load()), nil
		}, nil)
		typ.AddGetSet(pfx+"code", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return o.(*Generator).code, nil
		}, nil)
		typ.AddGetSet(pfx+"frame", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			if o.(*Generator).frame == nil {
				return runtime.None, nil
			}
			return runtime.True, nil // TODO(issue 2): frame objects
		}, nil)
		typ.AddGetSet(pfx+"suspended", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			g := o.(*Generator)
			return runtime.NewBool(g.frame != nil && g.frame.pc > 0 && !g.running.Load()), nil
		}, nil)
		if typ == AsyncGeneratorType {
			continue
		}
		typ.AddMethod("send", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "send", args, kw, 1, 1); err != nil {
				return nil, err
			}
			return self.(*Generator).Send(t, args[0])
		})
		typ.AddMethod("throw", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "throw", args, kw, 1, 3); err != nil {
				return nil, err
			}
			var val runtime.Object
			if len(args) > 1 {
				val = args[1]
			}
			exc, err := throwArg(t, args[0], val)
			if err != nil {
				return nil, err
			}
			return self.(*Generator).Throw(t, exc)
		})
		typ.AddMethod("close", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "close", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return self.(*Generator).Close(t)
		})
	}
	initCoroutines()
}

// throwArg builds the exception of generator.throw(typ[, val]).
func throwArg(t *runtime.Thread, typ, val runtime.Object) (*runtime.Exception, error) {
	switch v := typ.(type) {
	case *runtime.Exception:
		if val != nil && val != runtime.None {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "instance exception may not have a separate value")
		}
		return v, nil
	case *runtime.Type:
		if v.IsSubtype(runtime.BaseExceptionType) {
			if e, ok := val.(*runtime.Exception); ok && e.Type().IsSubtype(v) {
				return e, nil
			}
			var args []runtime.Object
			if tu, ok := val.(*runtime.Tuple); ok {
				args = tu.Items
			} else if val != nil && val != runtime.None {
				args = []runtime.Object{val}
			}
			r, err := runtime.Call(t, v, args, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*runtime.Exception); ok {
				return e, nil
			}
		}
	}
	return nil, runtime.Errorf(t, runtime.TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", runtime.TypeName(typ))
}
