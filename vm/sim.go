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
// machine against real runs of /work/shared/bench/programs/cpu_threads.py
// (median of several runs, 1 and 2 threads, both modes):
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
const (
	SimBaseOp     = 9_050
	SimFTPercent  = 102
	SimCallOp     = 60_000
	SimAllocOp    = 40_000
	SimAtomicRC   = 2_500
	SimObjLock    = 8_000
	SimGILHandoff = 5_000_000
	SimWake       = 5_000_000
	SimSpawn      = 30_000_000
	SimIO         = 2_000_000
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
	for _, op := range []compiler.Opcode{compiler.BUILD_TUPLE, compiler.BUILD_LIST, compiler.BUILD_SET,
		compiler.BUILD_MAP, compiler.BUILD_STRING, compiler.BUILD_SLICE, compiler.MAKE_FUNCTION,
		compiler.LIST_APPEND, compiler.SET_ADD, compiler.MAP_ADD, compiler.FORMAT_VALUE} {
		c.Op[op] = SimAllocOp
	}
	if freeThreaded {
		for i := range c.Op {
			c.Op[i] = c.Op[i] * SimFTPercent / 100
		}
	}
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
		s.Interval = int64(in.SwitchInterval * 1e12)
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
