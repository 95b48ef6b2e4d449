// Package vm is pyg's bytecode interpreter: it runs the code objects the
// compiler produces on top of the object model in package runtime.
//
// Input: a *compiler.Code (a module, function or class body). Load turns it
// into a *Code once: constants become runtime objects (immortal), names become
// interned strings, keyword-name tuples become []string.
//
// Output: the behaviour of the program — its effects on the streams and the
// Python exceptions it raises (as *runtime.Exception errors carrying their
// traceback).
//
// # The loop
//
// eval runs frames in one function with one switch on the opcode, after
// google/starlark-go's starlark/interp.go (CallInternal) and CPython's
// Python/ceval.c. A call from Python code to a Python function does not
// recurse in Go: the new frame is linked to its caller and the loop carries on
// with it (as CPython 3.11+ does), so deep Python recursion never grows the Go
// stack. Calls that pass through Go code (a type's __init__, a key function
// called by sorted, a generator resumed by a for loop) do recurse; their Go
// nesting is capped separately (maxGoNesting).
//
// Calls of plain classes (object's __new__, a Python __init__) also run
// __init__ in the loop: the frame carries the new instance (Frame.initSelf),
// which becomes the call's result.
//
// In GIL mode LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD keep inline
// caches guarded by dict versions (code.go) and the keys epoch of watched
// class dicts (attrcache.go); instance attribute entries also remember where
// the name sat in the last instance dict. Free-threaded runs use the
// immutable entries of ftcache.go.
//
// # Invariants
//
//   - Stack discipline: a frame's fast locals, cells and value stack live in
//     one slice (Frame.slots); sp indexes the first free stack slot. Every
//     opcode leaves the stack as its picture in compiler/opcode.go says.
//   - Reference counting: the VM counts the references held by value stacks,
//     fast locals, cells and frames. A value pushed or stored is t.Incref'd, a
//     value popped, overwritten or discarded is t.Decref'd; results are pushed
//     (and counted) before the operands are released. A value moved from the
//     stack into a local (or back) keeps its count. Frame exit releases the
//     locals and whatever is left on the stack.
//   - Eval breaker: one atomic load of t.EvalBreaker at backward jumps, at
//     function entry and before calls of Go code; the slow path (breaker.go) processes the zero-count table
//     (only when no Go code between the outermost frame and here can hold
//     uncounted references), serves GIL drop requests, raises
//     KeyboardInterrupt for a pending SIGINT and enforces the step budget.
//   - Errors never panic across APIs: every failing operation sets err and
//     jumps to the exception handler, which consults the code's exception
//     table (innermost entry first) or unwinds the frame, appending one
//     traceback entry per frame.
package vm
