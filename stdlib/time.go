package stdlib

import (
	"math"
	"time"

	"pyg/runtime"
)

// simEpoch is time.time() at the start of a simulated run (--sim-cores):
// virtual time starts at a fixed date so that runs are reproducible.
const simEpoch = 1_700_000_000.0

// newTime builds the time module.
func newTime(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "time")
	start := time.Now()
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		"time": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "time", args, kw, 0, 0); err != nil {
				return nil, err
			}
			if sim := t.Interp.Sim; sim != nil {
				return runtime.Float(simEpoch + sim.Now(t)), nil
			}
			return runtime.Float(float64(time.Now().UnixNano()) / 1e9), nil
		},
		"time_ns": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "time_ns", args, kw, 0, 0); err != nil {
				return nil, err
			}
			if sim := t.Interp.Sim; sim != nil {
				return runtime.Int(int64(simEpoch)*1e9 + sim.NowPS(t)/1000), nil
			}
			return runtime.Int(time.Now().UnixNano()), nil
		},
		"perf_counter": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "perf_counter", args, kw, 0, 0); err != nil {
				return nil, err
			}
			if sim := t.Interp.Sim; sim != nil {
				return runtime.Float(sim.Now(t)), nil
			}
			return runtime.Float(time.Since(start).Seconds()), nil
		},
		"perf_counter_ns": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "perf_counter_ns", args, kw, 0, 0); err != nil {
				return nil, err
			}
			if sim := t.Interp.Sim; sim != nil {
				return runtime.Int(sim.NowPS(t) / 1000), nil
			}
			return runtime.Int(time.Since(start).Nanoseconds()), nil
		},
		"monotonic": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "monotonic", args, kw, 0, 0); err != nil {
				return nil, err
			}
			if sim := t.Interp.Sim; sim != nil {
				return runtime.Float(sim.Now(t)), nil
			}
			return runtime.Float(time.Since(start).Seconds()), nil
		},
		"process_time": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "process_time", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return runtime.Float(processTime()), nil
		},
		"sleep": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "sleep", args, kw, 1, 1); err != nil {
				return nil, err
			}
			secs, err := runtime.ToFloat64(t, args[0])
			if err != nil {
				return nil, err
			}
			if secs < 0 {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "sleep length must be non-negative")
			}
			if math.IsNaN(secs) || math.IsInf(secs, 0) || secs > 1e9 {
				return nil, runtime.Errorf(t, runtime.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
			}
			if sim := t.Interp.Sim; sim != nil {
				sim.Sleep(t, secs)
				return runtime.None, nil
			}
			t.Blocking(func() { time.Sleep(time.Duration(secs * 1e9)) })
			return runtime.None, nil
		},
	})
	addTimeCalendar(t, m, start)
	return m, nil
}
