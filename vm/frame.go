package vm

import (
	"unsafe"

	"pyg/runtime"
)

// Frame is the state of one running code object: its fast locals, cells and
// value stack (all in slots), the instruction pointer and the namespaces.
type Frame struct {
	code    *Code
	fn      *Function     // the function running (counted), or nil for module code and exec
	globals *runtime.Dict // borrowed from fn or from the caller of exec
	locals  *runtime.Dict // the locals namespace of module and class bodies (counted), or nil

	// slots holds the fast locals [0, nlocals), the cells and free variables
	// [nlocals, stackBase) and the value stack [stackBase, sp).
	slots []runtime.Object
	sp    int
	pc    int // next instruction (saved when the frame is not running)

	// initSelf is the new instance when the frame runs a class's __init__
	// called inline from a class call: it is the call's result (counted).
	initSelf runtime.Object

	// own marks the locals holding a number box no one else holds (bit k
	// for local k < 64), which fast paths may overwrite (fastpath.go).
	own uint64

	back  *Frame // the caller
	entry bool   // returning from this frame returns from eval to Go
	// suspended is set when the generator frame yielded (rather than returned).
	suspended bool
	gen       *Generator
}

// Code returns the frame's code.
func (f *Frame) Code() *Code { return f.code }

// Back returns the calling frame (nil for the outermost).
func (f *Frame) Back() *Frame { return f.back }

// Line returns the line the frame is executing.
func (f *Frame) Line() int {
	pc := f.pc - 1
	if pc < 0 {
		pc = 0
	}
	return f.code.C.LineAt(pc)
}

// Globals returns the frame's globals.
func (f *Frame) Globals() *runtime.Dict { return f.globals }

// threadState is the VM's per-thread state, kept in runtime.Thread.Frame.
type threadState struct {
	frame   *Frame // innermost running frame
	nesting int    // eval activations on the Go stack
	free    []*Frame
	// deferredZC is set when zero-count processing was postponed because Go
	// code between the outermost eval and the current one may hold uncounted
	// references.
	deferredZC bool
	// deferredQS: a quiescent-state report postponed for the same reason.
	deferredQS bool
	steps      int64  // remaining step budget (Config.MaxSteps), when limited
	ticks      uint32 // Go-loop items counted (limits.go)
	budgetN    uint32 // budget checks counted (limits.go)
	// initCache remembers which classes have a plain Python __init__ (GIL
	// mode; see initcache.go).
	initCache [initCacheSize]initCacheEntry
	// skipTraceback is the exception whose next traceback entry (the caller
	// of an inlined comprehension) is not recorded.
	skipTraceback *runtime.Exception
	numSlab       // float and int boxes of the eval loop's fast paths (fastpath.go)
	// unfused: the simulator charges every instruction, so the fast paths
	// run no instruction beyond their own (intChain).
	unfused bool
	// _ rounds the size up to a Go size class of whole cache lines, so that
	// two threads' states never share a line (numSlab is written on every
	// box).
	_ [threadStatePad]byte
}

const threadStatePad = 32

// maxGoNesting bounds eval activations nested through Go code (calls of
// Python code from Go functions) so that the Go stack can never overflow,
// whatever sys.setrecursionlimit says.
const maxGoNesting = 8000

// maxFrameDepth bounds the Python call depth whatever the recursion limit.
const maxFrameDepth = 2_000_000

func getThreadState(t *runtime.Thread) *threadState {
	if ts, ok := t.Frame.(*threadState); ok {
		return ts
	}
	ts := &threadState{unfused: t.Sim != nil}
	if v, ok := t.Interp.Impl.(*VM); ok && (v.cfg.MaxSteps > 0 || v.cfg.MaxMemory > 0) {
		ts.steps = v.cfg.MaxSteps
		t.EvalBreaker.Or(runtime.BreakStepLimit)
	}
	t.Frame = ts
	return ts
}

// CurrentFrame returns the innermost frame running on t, or nil.
func CurrentFrame(t *runtime.Thread) *Frame {
	if ts, ok := t.Frame.(*threadState); ok {
		return ts.frame
	}
	return nil
}

// makeSlots returns n cleared frame slots in whole cache lines. Go's size
// classes for multiples of 64 bytes are multiples of 64, so the slots start
// and end on line boundaries: the frames of threads running in parallel
// never share a line (false sharing made every push and pop of two threads
// running one loop stall on each other's writes).
func makeSlots(n int) []runtime.Object {
	const perLine = 64 / int(unsafe.Sizeof(runtime.Object(nil)))
	return make([]runtime.Object, n, (n+perLine-1)/perLine*perLine)[:n]
}

// newFrame returns a cleared frame sized for code.
func (ts *threadState) newFrame(code *Code) *Frame {
	var f *Frame
	if n := len(ts.free); n > 0 {
		f = ts.free[n-1]
		ts.free[n-1] = nil
		ts.free = ts.free[:n-1]
		if cap(f.slots) < code.nslots {
			f.slots = makeSlots(code.nslots)
		} else {
			f.slots = f.slots[:code.nslots]
		}
	} else {
		f = &Frame{slots: makeSlots(code.nslots)}
	}
	f.code = code
	f.own = 0
	f.sp = code.stackBase
	f.pc = 0
	return f
}

// clearFrame drops the references a frame holds (locals, cells, stack,
// function, locals dict).
func clearFrame(t *runtime.Thread, f *Frame) {
	slots := f.slots
	n := f.sp
	if n > len(slots) {
		n = len(slots)
	}
	for i := 0; i < n; i++ {
		if v := slots[i]; v != nil {
			slots[i] = nil
			decrefValue(t, v)
		}
	}
	if f.fn != nil {
		t.Decref(f.fn)
		f.fn = nil
	}
	if f.locals != nil {
		t.Decref(f.locals)
		f.locals = nil
	}
	if f.initSelf != nil {
		t.Decref(f.initSelf)
		f.initSelf = nil
	}
	f.globals = nil
}

// keepLocals moves f's references to its locals and cells into the
// exception err unwinding it (when f is not an entry frame): as CPython's
// traceback keeps the frame alive, they are released with the exception
// (or when it leaves eval for Go code, see releaseKeptLocals).
func keepLocals(t *runtime.Thread, f *Frame, err error) {
	exc, ok := err.(*runtime.Exception)
	if !ok || f.entry {
		return
	}
	n := f.code.stackBase
	if n > f.sp {
		n = f.sp
	}
	var objs []runtime.Object
	for i := 0; i < n; i++ {
		if v := f.slots[i]; v != nil {
			objs = append(objs, v)
			f.slots[i] = nil
		}
	}
	if len(objs) > 0 {
		exc.KeepLocals(t, objs)
	}
}

// releaseKeptLocals drops the frame locals an exception leaving eval for Go
// code kept (Go callers may drop the exception without releasing it).
func releaseKeptLocals(t *runtime.Thread, err error) {
	if exc, ok := err.(*runtime.Exception); ok {
		exc.ReleaseLocals(t)
	}
}

// releaseFrame clears f and returns it to the free list.
func (ts *threadState) releaseFrame(t *runtime.Thread, f *Frame) {
	clearFrame(t, f)
	ts.recycleFrame(f)
}

// recycleFrame returns a cleared frame to the free list.
func (ts *threadState) recycleFrame(f *Frame) {
	f.own = 0
	f.back = nil
	f.entry = false
	f.gen = nil
	f.code = nil
	if len(ts.free) < 64 && cap(f.slots) <= 256 {
		ts.free = append(ts.free, f)
	}
}
