package stdlib

import (
	"sync/atomic"

	"pyg/runtime"
)

// The gc module. pyg frees memory by reference counting and Go's collector;
// collect() also runs the cycle collector (runtime/gc_cycles.go), which
// finalizes unreachable cycles of instances with __del__.

func init() { native["gc"] = newGC }

type gcState struct {
	enabled    atomic.Bool
	thresholds atomic.Pointer[[3]int64]
}

func newGC(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "gc")
	st := &gcState{}
	st.enabled.Store(true)
	st.thresholds.Store(&[3]int64{2000, 10, 10})
	none := func(name string, f func()) runtime.BuiltinFn {
		return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			f()
			return runtime.None, nil
		}
	}
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		"collect": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			var gen runtime.Object = runtime.Int(2)
			if err := runtime.UnpackArgs(t, "collect", args, kw, "generation?", &gen); err != nil {
				return nil, err
			}
			g, err := runtime.IndexInt(t, gen)
			if err != nil {
				return nil, err
			}
			if g < 0 || g > 2 {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "invalid generation")
			}
			return runtime.Int(t.CollectCycles()), nil
		},
		"enable":   none("enable", func() { st.enabled.Store(true) }),
		"disable":  none("disable", func() { st.enabled.Store(false) }),
		"freeze":   none("freeze", func() {}),
		"unfreeze": none("unfreeze", func() {}),
		"isenabled": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "isenabled", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return runtime.NewBool(st.enabled.Load()), nil
		},
		"get_count": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "get_count", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return runtime.NewTuple(t, []runtime.Object{runtime.Int(0), runtime.Int(0), runtime.Int(0)}), nil
		},
		"get_freeze_count": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.Int(0), nil
		},
		"get_threshold": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "get_threshold", args, kw, 0, 0); err != nil {
				return nil, err
			}
			th := st.thresholds.Load()
			return runtime.NewTuple(t, []runtime.Object{runtime.Int(th[0]), runtime.Int(th[1]), runtime.Int(th[2])}), nil
		},
		"set_threshold": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "set_threshold", args, kw, 1, 3); err != nil {
				return nil, err
			}
			th := *st.thresholds.Load()
			for i, a := range args {
				n, err := runtime.IndexInt(t, a)
				if err != nil {
					return nil, err
				}
				th[i] = int64(n)
			}
			st.thresholds.Store(&th)
			return runtime.None, nil
		},
		"is_tracked": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "is_tracked", args, kw, 1, 1); err != nil {
				return nil, err
			}
			switch args[0].(type) {
			case runtime.Int, *runtime.BigInt, runtime.Float, runtime.Bool, runtime.NoneType, runtime.Complex, *runtime.Str, *runtime.Bytes:
				return runtime.False, nil
			}
			return runtime.True, nil
		},
		"is_finalized": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.False, nil
		},
		"get_objects": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.NewList(t, nil), nil
		},
		"get_referrers": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.NewList(t, nil), nil
		},
		"get_referents": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.NewList(t, nil), nil
		},
	})
	m.Dict.SetStr(t, runtime.Intern("garbage"), runtime.NewList(t, nil))
	m.Dict.SetStr(t, runtime.Intern("callbacks"), runtime.NewList(t, nil))
	return m, nil
}
