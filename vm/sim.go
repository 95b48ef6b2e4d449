package vm

import (
	"fmt"
	"os"
	"time"

	"pyg/compiler"
	"pyg/runtime"
)

// LabConfig selects the scaling lab's instruments for a run.
type LabConfig struct {
	SimCores int    // > 0: run on the deterministic virtual-time scheduler with this many cores
	SimSeed  uint64 // --sched-seed: varies slice lengths (0: fixed slices)
	Trace    bool   // record a Chrome trace timeline
	GILStats bool   // keep per-thread GIL statistics
}

// Cost model of the simulator (picoseconds), calibrated on the development
// machine (2-core AMD EPYC VM) against real runs of
// /work/shared/bench/programs/cpu_threads.py (median of several runs, 1 and 2
// threads, both modes):
//
//   - SimBaseOp: an ordinary instruction (loads, stores, arithmetic on small
//     ints, jumps, comparisons);
//   - calls cost SimCallOp (frame set-up, argument binding, the return);
//   - instructions that allocate a container, a function or a string cost
//     SimAllocOp;
//   - free-threaded mode multiplies instruction costs by SimFTPercent/100
//     (the free-threaded interpreter is slower on one thread: no inline
//     caches for globals and attributes, atomic paths) and adds SimAtomicRC
//     per atomic reference-count update and SimObjLock per per-object lock
//     acquisition;
//   - SimGILHandoff is the latency of handing the GIL to a waiting thread
//     (a condition-variable wake-up), SimWake the latency of waking a thread
//     blocked on a lock or join, SimSpawn the cost of starting a thread,
//     SimIO the cost of one console or file write.
//
// Interference: what slows threads down when they run at the same time.
// Two effects of the real machine, both driven by what the program does:
//
//   - Go's garbage collector runs on the same cores as the threads. Each
//     instruction that allocates generates GC work (marking, sweeping, the
//     write-barrier and assist overhead of the cycles its allocation
//     triggers): SimBoxBytes for an instruction that produces a new number
//     (Go boxes ints outside the small-int table and every float),
//     SimAllocBytes for one that builds a container, function or string,
//     times SimGCPerByte. The simulator runs that work as a background
//     worker that takes a virtual core like a thread: on an idle core it
//     costs nothing (one thread on two cores), when every core is busy it
//     delays the threads. Results that the fused VM keeps without a box
//     (a binary operation or range FOR_ITER whose value chains into the
//     next int operation or goes into a local's owned box: intChain and
//     storeNum) generate none (SimThread.StepUnboxed). Calibration
//     (2026-12-06, real runs interleaved, medians of 15): one thread runs
//     cpu_threads.py in 0.44–0.61 s real (the machine's speed varies by a
//     third from hour to hour) in both modes; SimBaseOp, SimCallOp and
//     SimAllocOp were scaled together to give 0.470 s (GIL) and 0.479 s
//     (free-threaded). Its hot loop allocates almost nothing since owned
//     boxes: two free-threaded threads run 1.7–2.0x faster than one (1.83x
//     in the latest run), the simulator 1.82x; under the GIL 0.93x real,
//     1.00x simulated. SimGCPerByte is fitted to
//     testdata/scaling/alloc_bound.py (a list and floats per step) scaled
//     up to 150 000 steps: real 1.26x on two free-threaded threads with
//     total CPU time up 47%, simulated 1.35x. The per-instruction costs come
//     from cpu_threads.py's int arithmetic: allocating code runs about 2.5x
//     slower in reality than the model charges (alloc_bound: 1.15 s real,
//     0.43 s simulated on one thread), so compare speedups, not seconds.
//   - Cache-line contention (free-threaded only): every atomic reference
//     count update and every object lock writes a cache line. A write to a
//     line that another thread wrote within SimCoherenceWindow of virtual
//     time finds it in the other core's cache and costs a transfer,
//     SimCoherenceMiss (a core-to-core transfer of a modified line on
//     current x86 parts: 40–110 ns, 60 ns taken); two threads writing the
//     same line at the same time pay about twice the smaller number of
//     writes between them (runtime.SimThread.Shared). Function objects,
//     non-immortal constants, shared lists and dicts and their locks are
//     what threads share; per-thread objects cost nothing extra.
const (
	SimBaseOp     = 5_150
	SimFTPercent  = 102
	SimCallOp     = 34_000
	SimAllocOp    = 23_000
	SimAtomicRC   = 2_500
	SimObjLock    = 8_000
	SimGILHandoff = 5_000_000
	SimWake       = 5_000_000
	SimSpawn      = 30_000_000
	SimIO         = 2_000_000

	SimBoxBytes        = 8
	SimAllocBytes      = 64
	SimGCPerByte       = 1_200
	SimCoherenceMiss   = 60_000
	SimCoherenceWindow = 100_000_000
)

// SimCostModel returns the simulator's cost table for a mode.
func SimCostModel(freeThreaded bool) runtime.SimCost {
	var c runtime.SimCost
	for i := range c.Op {
		c.Op[i] = SimBaseOp
	}
	for _, op := range []compiler.Opcode{compiler.CALL, compiler.CALL_KW, compiler.CALL_METHOD,
		compiler.CALL_METHOD_KW, compiler.CALL_FUNCTION_EX} {
		c.Op[op] = SimCallOp
	}
	for _, op := range []compiler.Opcode{compiler.BINARY_OP, compiler.UNARY_NEGATIVE, compiler.UNARY_INVERT,
		compiler.FOR_ITER} {
		c.GC[op] = SimBoxBytes * SimGCPerByte
	}
	for _, op := range []compiler.Opcode{compiler.BUILD_TUPLE, compiler.BUILD_LIST, compiler.BUILD_SET,
		compiler.BUILD_MAP, compiler.BUILD_STRING, compiler.BUILD_SLICE, compiler.MAKE_FUNCTION,
		compiler.LIST_APPEND, compiler.SET_ADD, compiler.MAP_ADD, compiler.FORMAT_VALUE} {
		c.Op[op] = SimAllocOp
		c.GC[op] = SimAllocBytes * SimGCPerByte
	}
	if freeThreaded {
		for i := range c.Op {
			c.Op[i] = c.Op[i] * SimFTPercent / 100
		}
		c.Coherence = SimCoherenceMiss
	}
	c.Window = SimCoherenceWindow
	c.Atomic = SimAtomicRC
	c.ObjLock = SimObjLock
	c.GILHandoff = SimGILHandoff
	c.Wake = SimWake
	c.Spawn = SimSpawn
	c.IO = SimIO
	return c
}

// setupLab attaches the simulator and the recorder to a new interpreter
// (before its main thread exists) and registers the _pygtest module.
func (vm *VM) setupLab(in *runtime.Interpreter) {
	in.NativeModules["_pygtest"] = newPygTestModule
	lc := vm.cfg.Lab
	if lc.SimCores > 0 {
		s := runtime.NewSim(lc.SimCores, in.FreeThreaded, lc.SimSeed, SimCostModel(in.FreeThreaded))
		s.GIL().SetInterval(in.SwitchInterval)
		s.OnDeadlock = func() {
			vm.stdout.Flush()
			fmt.Fprintln(vm.cfg.Stderr, "pyg: simulated deadlock: every thread is blocked forever")
			os.Exit(1)
		}
		in.Sim = s
	}
	if lc.SimCores > 0 || lc.Trace || lc.GILStats {
		runtime.NewLab(in, lc.Trace)
	}
}

// newPygTestModule builds _pygtest, native hooks for the scaling lab's tests.
func newPygTestModule(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "_pygtest")
	spin := runtime.NewBuiltin("spin", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "spin", args, kw, 1, 1); err != nil {
			return nil, err
		}
		secs, err := runtime.ToFloat64(t, args[0])
		if err != nil {
			return nil, err
		}
		if secs < 0 || secs > 1e6 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "spin: bad duration")
		}
		if s := t.Interp.Sim; s != nil {
			s.Compute(t, secs)
			return runtime.None, nil
		}
		// Burn CPU for secs with the GIL released, like a C extension's
		// Py_BEGIN_ALLOW_THREADS section.
		t.Blocking(func() {
			end := time.Now().Add(time.Duration(secs * 1e9))
			x := uint64(1)
			for time.Now().Before(end) {
				for i := 0; i < 1000; i++ {
					x = x*6364136223846793005 + 1442695040888963407
				}
			}
			spinSink = x
		})
		return runtime.None, nil
	})
	spin.Module = "_pygtest"
	spin.ReleasesGIL = true
	spin.Doc = "spin(seconds): burn CPU in Go for seconds with the GIL released."
	m.Dict.SetStr(t, runtime.Intern("spin"), spin)
	return m, nil
}

var spinSink uint64
