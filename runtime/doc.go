// Package runtime is pyg's object model: the Python types and their
// behaviour, the per-thread and per-interpreter state, and the generic
// protocols (calls, attributes, operators, iteration) that the VM and the
// standard library use.
//
// Input: values created by the VM (constants, results of operations) and by
// Go-implemented functions. Output: Python semantics — the results and
// exceptions of every operation on built-in types.
//
// # Objects
//
// Object is an interface. Immutable numbers (Int, *BigInt, Float, Complex,
// Bool) and the singletons (None, NotImplemented, Ellipsis) are plain values
// and are never reference counted. Every other object is a pointer to a struct
// that embeds Header first. Each Python type is a *Type whose slots (Repr,
// Hash, Compare, Number[op], GetItem, Iter, Next, Call, GetAttr, ...) hold Go
// functions; built-in types fill them in init functions, and classes created at
// run time get slots that call their dunder methods. Methods of built-in types
// live in Type.Dict as *MethodDescr (see Type.AddMethod).
//
// # Conventions for Go-implemented code
//
//   - Errors: a raised Python exception is returned as error, always a
//     *Exception (use Errorf(t, TypeErrorType, "...")). Messages follow CPython 3.13.
//   - Calls: func(t, args, kw) — args holds positional values followed by
//     keyword values, kw names the last len(kw) of them. Use UnpackArgs or
//     CheckArgs. Never keep the args slice after returning.
//   - Iteration: Next returns (nil, nil) when exhausted; StopIteration is only
//     materialized at the Python boundary.
//   - Binary slots and Compare return NotImplemented for operand types they
//     do not handle; the dispatchers (Binary, RichCompare) try the other operand.
//   - Ints: every int that fits in int64 is an Int; only larger values are *BigInt.
//
// # Reference counts (PEP 703-style, "floating" new objects)
//
// A new object starts with count 0. Counted references are those held by
// containers (list items, dict keys and values, tuple items, attributes in an
// instance dict, cells) and by the VM's stacks and local variables. A container
// calls t.Incref when it stores a reference and t.Decref when it drops one
// (NewTuple, NewList, Dict.SetItem etc. already do). Go code that merely looks
// at or passes along objects does not touch counts. Arguments are borrowed;
// results are returned without any extra count. When a count drops to zero the
// object is queued and deallocated at the thread's next safe point, where its
// type's Dealloc drops the references it holds (and runs __del__ for
// classes). Counts change only through Thread.Incref/Decref, which use plain
// arithmetic under the GIL and atomics when free-threaded; immortal objects
// (SetImmortal: types, interned strings, None...) are never counted. A new
// object that Go code drops without ever storing it keeps the references it
// holds forever: drop such objects (a swallowed exception, a bound method
// called and thrown away) with t.Discard, which frees them if uncounted.
//
// # Threads
//
// A Thread is one goroutine's state; Interpreter is shared. Mutable built-in
// objects (List, Dict, sets, bytearray, cells...) carry a sync.Mutex taken via
// t.Lock/t.Unlock, which only lock in free-threaded mode (the GIL already
// serializes otherwise). Never run Python code (a call, __eq__, __hash__...)
// while holding an object's lock: copy what you need, unlock, then call.
// Go functions that block (sleep, I/O, waits) run the blocking part inside
// t.Blocking so the GIL is released meanwhile.
package runtime
