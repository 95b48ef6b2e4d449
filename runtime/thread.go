package runtime

import (
	"io"
	"math"
	"sync"
	"sync/atomic"
)

// Eval-breaker bits: reasons for the VM to leave its fast path at the next
// check (function entry and backward jumps).
const (
	BreakGILDrop   uint32 = 1 << iota // another thread asked for the GIL
	BreakSignal                       // a signal (Ctrl-C) is pending for the main thread
	BreakZeroCount                    // objects wait on the zero-count table
	BreakAsyncExc                     // an exception was scheduled for this thread
	BreakStepLimit                    // the step budget ran out
	BreakQuiescent                    // another thread waits for this one to pass a quiescent point (processDeferred)
)

// Interpreter is the state shared by all threads of one Python program.
type Interpreter struct {
	// FreeThreaded is true when bytecode runs in parallel without a GIL.
	FreeThreaded bool
	// Builtins is the builtins module's dict.
	Builtins *Dict
	// Modules is sys.modules.
	Modules *Dict
	// Argv is sys.argv.
	Argv []string
	// Stdin, Stdout, Stderr are the process streams.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int
	// SwitchInterval is sys.getswitchinterval() in seconds.
	SwitchInterval float64

	// NativeModules builds the Go-implemented modules by name (filled by the
	// stdlib package); SourceModules holds the embedded Python sources of
	// modules written in Python. The importer consults both before the file system.
	NativeModules map[string]func(t *Thread) (*Module, error)
	SourceModules map[string][]byte
	// Path is sys.path: directories searched for .py modules.
	Path []string

	// GIL serializes bytecode in GIL mode; nil when free-threaded.
	GIL GIL

	// threaded is set (under mu) when a free-threaded interpreter creates
	// its second thread: per-object locks are taken and reference
	// counts updated atomically from then on (see Thread.shared).
	threaded bool

	// Impl holds the VM's per-interpreter state (compiler cache, importer...).
	Impl any

	// Sim is the virtual-time scheduler of --sim-cores runs (nil otherwise);
	// Lab records timelines and GIL statistics (--trace, -X gilstats).
	Sim *Sim
	Lab *Lab

	mu      sync.Mutex
	threads map[int64]*Thread
	// Quiescent-state-based reclamation (processDeferred): the global
	// epoch, an immutable snapshot of the live threads (replaced under mu)
	// and the deferred batches of threads that ended before their grace
	// period did.
	qsEpoch     atomic.Uint64
	threadSnap  atomic.Pointer[[]*Thread]
	orphans     []deferredBatch
	orphanCount atomic.Int32
	nextID      atomic.Int64
	mainID      int64
	refTotal    atomic.Int64 // references of threads that have ended
	gc          gcRegistry   // instances tracked by the cycle collector (gc_cycles.go)
}

// NewInterpreter returns an interpreter with no threads yet.
func NewInterpreter(freeThreaded bool) *Interpreter {
	return &Interpreter{
		FreeThreaded:   freeThreaded,
		RecursionLimit: 1000,
		SwitchInterval: 0.005,
		threads:        map[int64]*Thread{},
		Modules:        NewDict(),
		NativeModules:  map[string]func(t *Thread) (*Module, error){},
		SourceModules:  map[string][]byte{},
	}
}

// Thread is the state of one Python thread: the running goroutine's frames,
// the exception being handled, the eval breaker. A Thread is used by exactly
// one goroutine.
type Thread struct {
	Interp *Interpreter
	ID     int64
	// EvalBreaker is non-zero when the VM must leave its fast path (see Break*).
	EvalBreaker atomic.Uint32
	// Depth is the current Python call depth (RecursionError past the limit).
	Depth int
	// ExcInfo is the exception currently being handled (sys.exc_info), or nil.
	ExcInfo Object
	// Frame is the VM's innermost frame on this thread (owned by the vm package).
	Frame any

	// Scaling lab: simulator state, free-threaded operation counts (charged
	// by the simulator) and GIL statistics (-X gilstats).
	Sim                                                 *SimThread
	RCOps, LockOps                                      int64
	GILAcquisitions, GILDropRequests, GILForcedSwitches atomic.Int64
	GILWaitNS                                           atomic.Int64
	labState                                            string
	labSince                                            float64

	atomicRC bool
	// shared is set in free-threaded mode once the interpreter has a second
	// thread (always under the simulator): objects are locked and reference
	// counts updated atomically from then on (before, the only thread needs
	// neither, as under a GIL).
	shared    bool
	refTotal  int64
	zct       []Object
	zctSpare  []Object // the table not in use, kept for reuse
	inDealloc bool
	// deferred are zero-count batches waiting for their grace period;
	// qsSeen is the epoch of this thread's last quiescent point
	// (math.MaxUint64 while blocked). See processDeferred.
	deferred []deferredBatch
	qsSeen   atomic.Uint64
}

// Shared reports whether objects are shared between threads running at the
// same time: free-threaded mode once the interpreter has a second thread
// (always under the simulator). Until then the only thread may use the
// VM's unsynchronized (GIL-mode) caches.
func (t *Thread) Shared() bool { return t.shared }

// NewThread registers a new thread state. The first thread created is the main thread.
func (in *Interpreter) NewThread() *Thread {
	t := &Thread{Interp: in, ID: in.nextID.Add(1), atomicRC: in.FreeThreaded}
	in.mu.Lock()
	if len(in.threads) == 0 && in.mainID == 0 {
		in.mainID = t.ID
	} else if in.FreeThreaded && !in.threaded {
		// From now on objects are locked and counted atomically. The other
		// thread is the one running this: it sets its own flag.
		in.threaded = true
		for _, o := range in.threads {
			o.shared = true
		}
	}
	t.shared = in.threaded || (in.FreeThreaded && in.Sim != nil)
	t.qsSeen.Store(in.qsEpoch.Load())
	in.threads[t.ID] = t
	in.snapThreads()
	in.mu.Unlock()
	if in.Sim != nil {
		in.Sim.attach(t)
	}
	if in.Lab != nil {
		in.Lab.threadNew(t)
	}
	return t
}

// EndThread unregisters t when its goroutine finishes.
func (in *Interpreter) EndThread(t *Thread) {
	t.ProcessZeroCounts()
	in.refTotal.Add(t.refTotal)
	t.refTotal = 0
	in.mu.Lock()
	delete(in.threads, t.ID)
	in.snapThreads()
	if len(t.deferred) > 0 {
		// Another thread frees them once their grace period is over.
		in.orphans = append(in.orphans, t.deferred...)
		in.orphanCount.Store(int32(len(in.orphans)))
		t.deferred = nil
	}
	in.mu.Unlock()
	if in.Lab != nil {
		in.Lab.threadEnd(t)
	}
}

// snapThreads publishes the live threads for processDeferred (call under mu).
func (in *Interpreter) snapThreads() {
	ts := make([]*Thread, 0, len(in.threads))
	for _, o := range in.threads {
		ts = append(ts, o)
	}
	in.threadSnap.Store(&ts)
}

// IsMain reports whether t is the main thread.
func (t *Thread) IsMain() bool { return t.ID == t.Interp.mainID }

// RefTotal returns the net number of references counted by all threads
// (-X showrefcount). Call it when no other thread runs.
func (in *Interpreter) RefTotal() int64 {
	n := in.refTotal.Load()
	in.mu.Lock()
	for _, t := range in.threads {
		n += t.refTotal
	}
	in.mu.Unlock()
	return n
}

// Threads returns the live thread states.
func (in *Interpreter) Threads() []*Thread {
	in.mu.Lock()
	defer in.mu.Unlock()
	ts := make([]*Thread, 0, len(in.threads))
	for _, t := range in.threads {
		ts = append(ts, t)
	}
	return ts
}

// GIL is the global interpreter lock as the runtime sees it (the vm package
// implements it after CPython's Python/ceval_gil.c).
type GIL interface {
	Acquire(t *Thread)
	Release(t *Thread)
}

// Blocking runs fn with the GIL released, for Go code that waits or does I/O
// (time.sleep, lock waits, file and console I/O). fn must not touch Python
// objects' mutable state or reference counts.
func (t *Thread) Blocking(fn func()) {
	if s := t.Interp.Sim; s != nil {
		s.Blocking(t, fn)
		return
	}
	g := t.Interp.GIL
	if g == nil {
		if t.Interp.Lab != nil {
			t.LabState("blocked")
			defer t.LabState("running")
		}
		if t.shared {
			// Quiescent while blocked (processDeferred).
			t.qsSeen.Store(math.MaxUint64)
			fn()
			t.Quiescent()
			return
		}
		fn()
		return
	}
	g.Release(t)
	defer g.Acquire(t)
	t.LabState("blocked")
	fn()
}

// BodyRunner is implemented by Python functions (vm.Function): it runs a class
// body's code with the given dict as its local namespace (used by __build_class__).
type BodyRunner interface {
	RunWithLocals(t *Thread, locals *Dict) (Object, error)
}
