package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"pyg/vm"
)

// labOptions are the scaling lab's command-line options of a run.
type labOptions struct {
	simCores  int
	schedSeed uint64
	trace     string // --trace FILE
	gilStats  bool   // -X gilstats
	simStats  bool   // -X simstats
	simReport string // --sim-report FILE: write the virtual run time (used by pyg scale)
}

var labFlags = []string{"--sim-cores", "--sched-seed", "--trace", "--sim-report"}

func isLabFlag(a string) bool {
	for _, f := range labFlags {
		if a == f || strings.HasPrefix(a, f+"=") {
			return true
		}
	}
	return false
}

// parse reads the lab flag at args[i]; it returns how many extra arguments it used.
func (l *labOptions) parse(args []string, i int, stderr io.Writer) (int, int, bool) {
	name, val, hasVal := strings.Cut(args[i], "=")
	used := 0
	if !hasVal {
		if i+1 >= len(args) {
			fmt.Fprintf(stderr, "Argument expected for the %s option\n%sTry `pyg -h' for more information.\n", name, usage)
			return 0, 2, true
		}
		val = args[i+1]
		used = 1
	}
	switch name {
	case "--sim-cores":
		n, err := strconv.Atoi(val)
		if err != nil || n < 1 || n > 4096 {
			fmt.Fprintf(stderr, "pyg: --sim-cores: invalid core count %q\n", val)
			return 0, 2, true
		}
		l.simCores = n
	case "--sched-seed":
		n, err := strconv.ParseUint(val, 10, 64)
		if err != nil {
			fmt.Fprintf(stderr, "pyg: --sched-seed: invalid seed %q\n", val)
			return 0, 2, true
		}
		l.schedSeed = n
	case "--trace":
		l.trace = val
	case "--sim-report":
		l.simReport = val
	}
	return used, 0, false
}

func (l *labOptions) config() vm.LabConfig {
	return vm.LabConfig{
		SimCores: l.simCores,
		SimSeed:  l.schedSeed,
		Trace:    l.trace != "",
		GILStats: l.gilStats || l.simStats,
	}
}

// finishLab writes the trace, GIL statistics and simulation report of a
// finished run.
func finishLab(l *labOptions, machine *vm.VM, stderr io.Writer) int {
	in := machine.Interp
	lab := in.Lab
	if lab == nil {
		return 0
	}
	lab.Finish()
	status := 0
	if l.trace != "" {
		f, err := os.Create(l.trace)
		if err == nil {
			err = lab.WriteTrace(f)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "pyg: --trace: %v\n", err)
			status = 1
		}
	}
	if l.gilStats {
		lab.WriteGILStats(stderr, in)
	}
	if s := in.Sim; s != nil {
		end := s.Now(machine.Main)
		if l.simStats {
			var instrs, rc, locks int64
			for _, t := range lab.Threads() {
				if t.Sim != nil {
					instrs += t.Sim.Instrs
				}
				rc += t.RCOps
				locks += t.LockOps
			}
			fmt.Fprintf(stderr, "simstats: %d cores, virtual time %.6f s, %d instructions, %d atomic refcount ops, %d object locks, %d coherence misses, GC %.6f s\n",
				s.Cores, end, instrs, rc, locks, s.Misses, float64(s.GCTime)/1e12)
		}
		if l.simReport != "" {
			if err := os.WriteFile(l.simReport, []byte(strconv.FormatFloat(end, 'f', 9, 64)+"\n"), 0o644); err != nil {
				fmt.Fprintf(stderr, "pyg: --sim-report: %v\n", err)
				status = 1
			}
		}
	}
	return status
}
