package vm

import (
	"fmt"

	"pyg/compiler"
	"pyg/runtime"
)

// Coroutines and async generators (issue 9).
//
// A coroutine is a *Generator of type "coroutine" (code flag CO_COROUTINE):
// `await x` is GET_AWAITABLE + YIELD_FROM, so an await chain is a chain of
// YIELD_FROM delegations down to a plain generator (asyncio.Future.__await__)
// that yields to the event loop. An async generator is a *Generator of type
// "async_generator"; its `yield v` is YIELD_VALUE 1, which sets agenYield so
// that the asend/athrow awaitables (asyncGenOp) can tell a value produced for
// the `async for` from one passed through from an inner await.

// AsyncGeneratorType is the Python type "async_generator".
var AsyncGeneratorType = runtime.NewBuiltinType("async_generator", "builtins", nil, 0)

// coroWrapperType is the type of coroutine.__await__().
var coroWrapperType = runtime.NewBuiltinType("coroutine_wrapper", "builtins", nil, 0)

var (
	asendType  = runtime.NewBuiltinType("async_generator_asend", "builtins", nil, 0)
	athrowType = runtime.NewBuiltinType("async_generator_athrow", "builtins", nil, 0)
)

var (
	strAwait  = runtime.Intern("__await__")
	strAiter  = runtime.Intern("__aiter__")
	strAnext  = runtime.Intern("__anext__")
	strAenter = runtime.Intern("__aenter__")
	strAexit  = runtime.Intern("__aexit__")
)

// coroWrapper is the iterator returned by coroutine.__await__().
type coroWrapper struct {
	runtime.Header
	coro *Generator // counted
}

func (w *coroWrapper) Type() *runtime.Type { return coroWrapperType }

// Async generator operations.
const (
	opAsend = iota
	opAthrow
	opAclose
)

// asyncGenOp is the awaitable of agen.__anext__(), asend(v), athrow(...) and
// aclose().
type asyncGenOp struct {
	runtime.Header
	gen   *Generator     // counted
	kind  int            // opAsend, opAthrow, opAclose
	val   runtime.Object // asend: the value to send; athrow: the exception (counted)
	state int            // 0 not started, 1 running, 2 finished
}

func (o *asyncGenOp) Type() *runtime.Type {
	if o.kind == opAsend {
		return asendType
	}
	return athrowType
}

func newAsyncGenOp(t *runtime.Thread, g *Generator, kind int, val runtime.Object) *asyncGenOp {
	t.Incref(g)
	t.Incref(val)
	return &asyncGenOp{gen: g, kind: kind, val: val}
}

// send advances the operation: it returns the value to pass through to the
// event loop, or an error (StopIteration(v) when the operation completed
// with v).
func (o *asyncGenOp) send(t *runtime.Thread, v runtime.Object) (runtime.Object, error) {
	if o.state == 2 {
		what := "__anext__()/asend()"
		if o.kind != opAsend {
			what = "athrow()/aclose()"
		}
		return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "cannot reuse already awaited %s", what)
	}
	g := o.gen
	g.agenYield = false
	var r runtime.Object
	var err error
	if o.state == 0 {
		o.state = 1
		switch o.kind {
		case opAsend:
			if v == nil || v == runtime.None {
				v = o.val
			}
			r, err = g.Send(t, v)
		default:
			if g.frame == nil || (o.kind == opAclose && g.frame.pc == 0) {
				g.finish(t)
				o.state = 2
				if o.kind == opAclose {
					return nil, stopIteration(t, runtime.None)
				}
				return nil, runtime.NewException(t, runtime.StopAsyncIterationType)
			}
			var exc *runtime.Exception
			if o.kind == opAclose {
				exc = runtime.NewException(t, runtime.GeneratorExitType)
			} else {
				exc = o.val.(*runtime.Exception)
			}
			r, err = g.Throw(t, exc)
		}
	} else {
		r, err = g.Send(t, v)
	}
	return o.result(t, r, err)
}

// throw raises exc inside the async generator at its suspension point.
func (o *asyncGenOp) throw(t *runtime.Thread, exc *runtime.Exception) (runtime.Object, error) {
	if o.state == 2 {
		return nil, exc
	}
	o.state = 1
	o.gen.agenYield = false
	r, err := o.gen.Throw(t, exc)
	return o.result(t, r, err)
}

func (o *asyncGenOp) result(t *runtime.Thread, r runtime.Object, err error) (runtime.Object, error) {
	g := o.gen
	if err != nil {
		o.state = 2
		e := runtime.AsException(t, err)
		if e.Type().IsSubtype(runtime.StopIterationType) {
			// The generator returned.
			if o.kind == opAclose {
				return nil, stopIteration(t, runtime.None)
			}
			return nil, runtime.NewException(t, runtime.StopAsyncIterationType)
		}
		if o.kind == opAclose && (e.Type().IsSubtype(runtime.GeneratorExitType) || e.Type().IsSubtype(runtime.StopAsyncIterationType)) {
			return nil, stopIteration(t, runtime.None)
		}
		return nil, err
	}
	if g.agenYield {
		g.agenYield = false
		o.state = 2
		if o.kind == opAclose {
			return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return nil, stopIteration(t, r)
	}
	return r, nil
}

// agenClose finalizes a suspended async generator being deallocated: it
// throws GeneratorExit in once (an await during the cleanup cannot be driven
// without an event loop and abandons it).
func (g *Generator) agenClose(t *runtime.Thread) {
	if g.running.Load() {
		return
	}
	g.agenYield = false
	_, _ = g.Throw(t, runtime.NewException(t, runtime.GeneratorExitType))
}

// warnUnawaited emits CPython's "coroutine '...' was never awaited"
// RuntimeWarning through warnings._warn_unawaited_coroutine.
func warnUnawaited(t *runtime.Thread, g *Generator) {
	m, err := importModule(t, "warnings")
	if err == nil {
		var fn runtime.Object
		if fn, err = runtime.GetAttrString(t, m, "_warn_unawaited_coroutine"); err == nil {
			_, err = runtime.Call(t, fn, []runtime.Object{g}, nil)
		}
	}
	if err != nil {
		e := runtime.AsException(t, err)
		keepAlive(t, e)
	}
}

// getAwaitable implements GET_AWAITABLE: the iterator that `await o` drives.
func getAwaitable(t *runtime.Thread, o runtime.Object, ctx uint32) (runtime.Object, error) {
	switch v := o.(type) {
	case *Generator:
		if v.typ == CoroutineType || v.code.flags&compiler.FlagIterableCoro != 0 {
			return o, nil
		}
	case *asyncGenOp:
		return o, nil
	}
	typ := o.Type()
	if typ.Lookup(strAwait) == nil {
		switch ctx {
		case 1:
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", typ.Name)
		case 2:
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", typ.Name)
		}
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "object %s can't be used in 'await' expression", typ.Name)
	}
	it, err := runtime.CallMethod(t, o, "__await__")
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.typ == CoroutineType {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "__await__() returned non-iterator of type '%s'", runtime.TypeName(it))
	}
	return it, nil
}

// getAiter implements GET_AITER.
func getAiter(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	if g, ok := o.(*Generator); ok && g.typ == AsyncGeneratorType {
		return o, nil
	}
	typ := o.Type()
	if typ.Lookup(strAiter) == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typ.Name)
	}
	it, err := runtime.CallMethod(t, o, "__aiter__")
	if err != nil {
		return nil, err
	}
	if it.Type().Lookup(strAnext) == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", runtime.TypeName(it))
	}
	return it, nil
}

// getAnext implements GET_ANEXT: the awaitable iterator of aiter.__anext__().
func getAnext(t *runtime.Thread, aiter runtime.Object) (runtime.Object, error) {
	if g, ok := aiter.(*Generator); ok && g.typ == AsyncGeneratorType {
		return newAsyncGenOp(t, g, opAsend, runtime.None), nil
	}
	typ := aiter.Type()
	if typ.Lookup(strAnext) == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typ.Name)
	}
	aw, err := runtime.CallMethod(t, aiter, "__anext__")
	if err != nil {
		return nil, err
	}
	it, err := getAwaitable(t, aw, 0)
	if err != nil {
		if e := runtime.AsException(t, err); e.Type() == runtime.TypeErrorType {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "'async for' received an invalid object from __anext__: %s", runtime.TypeName(aw))
		}
		return nil, err
	}
	return it, nil
}

// asyncContextMethods looks up __aenter__ and __aexit__ for BEFORE_ASYNC_WITH.
func asyncContextMethods(t *runtime.Thread, mgr runtime.Object) (enter, exit runtime.Object, err error) {
	typ := mgr.Type()
	if typ.Lookup(strAenter) == nil {
		return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typ.Name)
	}
	if typ.Lookup(strAexit) == nil {
		return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.Name)
	}
	enter, err = runtime.GetAttr(t, mgr, strAenter)
	if err != nil {
		return nil, nil, err
	}
	exit, err = runtime.GetAttr(t, mgr, strAexit)
	if err != nil {
		return nil, nil, err
	}
	return enter, exit, nil
}

func method(typ *runtime.Type, name string, min, max int, fn func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error)) {
	typ.AddMethod(name, runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, name, args, kw, min, max); err != nil {
			return nil, err
		}
		return fn(t, self, args)
	})
}

// throwArgs builds the exception of throw(typ[, val[, tb]]).
func throwArgs(t *runtime.Thread, args []runtime.Object) (*runtime.Exception, error) {
	var val runtime.Object
	if len(args) > 1 {
		val = args[1]
	}
	return throwArg(t, args[0], val)
}

func initCoroutines() {
	identityHash := func(t *runtime.Thread, o runtime.Object) (int64, error) {
		return int64(addr(o) >> 4), nil
	}
	for _, typ := range []*runtime.Type{GeneratorType, CoroutineType, AsyncGeneratorType, coroWrapperType, asendType, athrowType} {
		typ.Hash = identityHash
	}
	CoroutineType.AddMethod("__await__", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "__await__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		g := self.(*Generator)
		t.Incref(g)
		return &coroWrapper{coro: g}, nil
	})
	CoroutineType.AddGetSet("cr_await", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		if d := o.(*Generator).delegate(); d != nil {
			return d, nil
		}
		return runtime.None, nil
	}, nil)

	// coroutine_wrapper: an iterator over the coroutine.
	w := coroWrapperType
	w.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) { return o, nil }
	w.Next = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		v, done, err := o.(*coroWrapper).coro.resume(t, runtime.None, nil)
		if err != nil {
			return nil, err
		}
		if done {
			if v != runtime.None {
				return nil, stopIteration(t, v) // next() shows the return value
			}
			return nil, nil
		}
		return v, nil
	}
	w.Dealloc = func(t *runtime.Thread, o runtime.Object) { t.Decref(o.(*coroWrapper).coro) }
	method(w, "__iter__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return self, nil
	})
	method(w, "__next__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return self.(*coroWrapper).coro.Send(t, runtime.None)
	})
	method(w, "send", 1, 1, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return self.(*coroWrapper).coro.Send(t, args[0])
	})
	method(w, "throw", 1, 3, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		exc, err := throwArgs(t, args)
		if err != nil {
			return nil, err
		}
		return self.(*coroWrapper).coro.Throw(t, exc)
	})
	method(w, "close", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return self.(*coroWrapper).coro.Close(t)
	})

	// async_generator.
	ag := AsyncGeneratorType
	method(ag, "__aiter__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return self, nil
	})
	method(ag, "__anext__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return newAsyncGenOp(t, self.(*Generator), opAsend, runtime.None), nil
	})
	method(ag, "asend", 1, 1, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return newAsyncGenOp(t, self.(*Generator), opAsend, args[0]), nil
	})
	method(ag, "athrow", 1, 3, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		exc, err := throwArgs(t, args)
		if err != nil {
			return nil, err
		}
		return newAsyncGenOp(t, self.(*Generator), opAthrow, exc), nil
	})
	method(ag, "aclose", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
		return newAsyncGenOp(t, self.(*Generator), opAclose, runtime.None), nil
	})
	ag.AddGetSet("ag_await", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		if d := o.(*Generator).delegate(); d != nil {
			return d, nil
		}
		return runtime.None, nil
	}, nil)

	// The asend/athrow awaitables.
	for _, typ := range []*runtime.Type{asendType, athrowType} {
		typ.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) { return o, nil }
		typ.Next = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return o.(*asyncGenOp).send(t, runtime.None)
		}
		typ.Dealloc = func(t *runtime.Thread, o runtime.Object) {
			op := o.(*asyncGenOp)
			t.Decref(op.gen)
			t.Decref(op.val)
		}
		typ.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return runtime.NewStr(fmt.Sprintf("<%s object at %#x>", o.Type().Name, addr(o))), nil
		}
		method(typ, "__await__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
			return self, nil
		})
		method(typ, "__iter__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
			return self, nil
		})
		method(typ, "__next__", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
			return self.(*asyncGenOp).send(t, runtime.None)
		})
		method(typ, "send", 1, 1, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
			return self.(*asyncGenOp).send(t, args[0])
		})
		method(typ, "throw", 1, 3, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
			exc, err := throwArgs(t, args)
			if err != nil {
				return nil, err
			}
			return self.(*asyncGenOp).throw(t, exc)
		})
		method(typ, "close", 0, 0, func(t *runtime.Thread, self runtime.Object, args []runtime.Object) (runtime.Object, error) {
			self.(*asyncGenOp).state = 2
			return runtime.None, nil
		})
	}
}
