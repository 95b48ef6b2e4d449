package vm

import (
	"strings"

	"pyg/runtime"
)

// GCTraverse lets the cycle collector follow the references a function
// counts in its defaults, keyword defaults, closure and __dict__ (not its
// globals: a module's namespace is never garbage).
func (fn *Function) GCTraverse(visit func(runtime.Object)) {
	if fn.defaults != nil {
		visit(fn.defaults)
	}
	if fn.kwdefaults != nil {
		visit(fn.kwdefaults)
	}
	if fn.closure != nil {
		visit(fn.closure)
	}
	if fn.dict != nil {
		visit(fn.dict)
	}
}

// releaseAtExit drops what an immortal (top-level) function may hold that
// keeps user objects alive — its __dict__ and annotations — when
// finalizeMain clears the global naming it: a counted function would have
// been freed there, running their __del__. (Its defaults are immortal
// values: holdsNothingMortal.)
func (fn *Function) releaseAtExit(t *runtime.Thread) {
	decref(t, fn.dict)
	fn.dict = nil
	if fn.annots != nil {
		t.Decref(fn.annots)
		fn.annots, fn.annotsFlat = nil, false
	}
}

// finalizeMain clears the __main__ module's namespace when the program
// ends, as CPython's finalization does (_PyModule_ClearDict: names starting
// with one underscore first, then the others, in the dict's order, each set
// to None), so the __del__ of objects still referenced by globals run; then
// collects the cycles left. It does nothing while other threads still run.
func finalizeMain(t *runtime.Thread) {
	if len(t.Interp.Threads()) > 1 {
		return
	}
	m, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("__main__"))
	if !ok {
		return
	}
	mod, ok := m.(*runtime.Module)
	if !ok {
		return
	}
	d := mod.Dict
	keys, _ := d.Items(t)
	for pass := 0; pass < 2; pass++ {
		for _, k := range keys {
			s, ok := k.(*runtime.Str)
			if !ok {
				continue
			}
			name := s.String()
			if name == "__builtins__" {
				continue
			}
			if pass == 0 && !(strings.HasPrefix(name, "_") && !strings.HasPrefix(name, "__")) {
				continue
			}
			if v, ok := d.GetStrT(t, s); ok && v != runtime.None {
				d.SetStr(t, s, runtime.None)
				if fn, ok := v.(*Function); ok && fn.immortal {
					fn.releaseAtExit(t)
				}
				t.ProcessZeroCounts()
			}
		}
	}
	t.CollectCycles()
}
