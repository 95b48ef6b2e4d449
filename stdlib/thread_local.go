package stdlib

import (
	"sync"

	"pyg/runtime"
)

// Local is _thread._local (threading.local): an object whose attributes are
// per thread. Each thread that touches it gets its own attribute dict; a
// subclass's __init__ runs again, with the constructor's arguments, the first
// time a new thread uses the object (as in CPython).
type Local struct {
	runtime.Header
	typ     *runtime.Type
	args    []runtime.Object // constructor arguments (positional then keyword values)
	kw      []string
	creator int64

	mu    sync.Mutex
	dicts map[int64]*runtime.Dict
}

// LocalType is _thread._local.
var LocalType = runtime.NewBuiltinType("_local", "_thread", nil, runtime.FlagBaseType)

// Type returns _thread._local or the subclass it was created as.
func (l *Local) Type() *runtime.Type { return l.typ }

// hasCustomInit reports whether typ defines an __init__ other than object's.
func hasCustomInit(typ *runtime.Type) bool {
	name := runtime.Intern("__init__")
	init := typ.Lookup(name)
	return init != nil && init != runtime.ObjectType.Lookup(name)
}

// dictFor returns t's attribute dict, creating it (and running the
// subclass's __init__ for a thread other than the creator) on first use.
func (l *Local) dictFor(t *runtime.Thread) (*runtime.Dict, error) {
	l.mu.Lock()
	d, ok := l.dicts[t.ID]
	if ok {
		l.mu.Unlock()
		return d, nil
	}
	d = runtime.NewDict()
	t.Incref(d)
	// Drop the dicts of threads that have ended.
	var stale []*runtime.Dict
	if len(l.dicts) > 0 {
		live := map[int64]bool{}
		for _, th := range t.Interp.Threads() {
			live[th.ID] = true
		}
		for id, od := range l.dicts {
			if !live[id] {
				stale = append(stale, od)
				delete(l.dicts, id)
			}
		}
	}
	l.dicts[t.ID] = d
	l.mu.Unlock()
	for _, od := range stale {
		t.Decref(od)
	}
	if t.ID != l.creator && l.typ != LocalType && hasCustomInit(l.typ) {
		initFn := l.typ.Lookup(runtime.Intern("__init__"))
		args := append([]runtime.Object{l}, l.args...)
		if _, err := runtime.Call(t, initFn, args, l.kw); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func init() {
	LocalType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if len(args) > 0 && (typ == LocalType || !hasCustomInit(typ)) {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "Initialization arguments are not supported")
		}
		l := &Local{typ: typ, creator: t.ID, dicts: map[int64]*runtime.Dict{}, kw: append([]string(nil), kw...)}
		l.args = append([]runtime.Object(nil), args...)
		for _, a := range l.args {
			t.Incref(a)
		}
		d := runtime.NewDict()
		t.Incref(d)
		l.dicts[t.ID] = d
		return l, nil
	}
	LocalType.GetAttr = func(t *runtime.Thread, o runtime.Object, name *runtime.Str) (runtime.Object, error) {
		l := o.(*Local)
		d, err := l.dictFor(t)
		if err != nil {
			return nil, err
		}
		if name.String() == "__dict__" {
			return d, nil
		}
		return runtime.GenericGetAttr(t, o, name, d)
	}
	LocalType.SetAttr = func(t *runtime.Thread, o runtime.Object, name *runtime.Str, v runtime.Object) error {
		l := o.(*Local)
		if name.String() == "__dict__" {
			return runtime.Errorf(t, runtime.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", l.typ.Name)
		}
		d, err := l.dictFor(t)
		if err != nil {
			return err
		}
		return runtime.GenericSetAttr(t, o, name, v, d)
	}
	LocalType.Dealloc = func(t *runtime.Thread, o runtime.Object) {
		l := o.(*Local)
		l.mu.Lock()
		dicts := l.dicts
		l.dicts = map[int64]*runtime.Dict{}
		args := l.args
		l.args = nil
		l.mu.Unlock()
		for _, d := range dicts {
			t.Decref(d)
		}
		for _, a := range args {
			t.Decref(a)
		}
	}
}
