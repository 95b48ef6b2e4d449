package vm

import (
	"sort"
	"strings"

	"pyg/runtime"
)

// "Did you mean" suggestions for NameError and AttributeError, as CPython
// 3.13 computes them when it prints a traceback (Lib/traceback.py,
// _compute_suggestion_error, and Python/suggestions.c). pyg computes them
// where the error is raised, from the innermost frame, and the traceback
// printer appends them.

// newNameError returns NameError("name 'x' is not defined") with its name attribute.
func newNameError(t *runtime.Thread, name string) *runtime.Exception {
	e := runtime.Errorf(t, runtime.NameErrorType, "name '%s' is not defined", name)
	e.SetExtra(t, "name", runtime.NewStr(name))
	return e
}

// suggest fills exc.Suggestion for a NameError or AttributeError raised in frame f.
func suggest(t *runtime.Thread, f *Frame, exc *runtime.Exception) {
	typ := exc.Type()
	isName := typ.IsSubtype(runtime.NameErrorType)
	isAttr := typ.IsSubtype(runtime.AttributeErrorType)
	if !isName && !isAttr {
		return
	}
	nameObj, ok := exc.Extra(t, "name").(*runtime.Str)
	if !ok {
		return
	}
	wrong := nameObj.String()
	var candidates []string
	if isAttr {
		obj := exc.Extra(t, "obj")
		if obj == nil || obj == runtime.None {
			return
		}
		d, err := runtime.DirObject(t, obj)
		if err != nil {
			return
		}
		sort.Strings(d)
		hide := !strings.HasPrefix(wrong, "_")
		if hide {
			if self := frameLocal(f, "self"); self != nil && runtime.Is(self, obj) {
				hide = false
			}
		}
		for _, x := range d {
			if !hide || !strings.HasPrefix(x, "_") {
				candidates = append(candidates, x)
			}
		}
	} else {
		c := f.code.C
		candidates = append(candidates, c.VarNames...)
		candidates = append(candidates, c.CellVars...)
		candidates = append(candidates, c.FreeVars...)
		for _, d := range []*runtime.Dict{f.locals, f.globals, t.Interp.Builtins} {
			if d == nil {
				continue
			}
			for _, k := range d.Keys(t) {
				if s, ok := k.(*runtime.Str); ok {
					candidates = append(candidates, s.String())
				}
			}
		}
		if self := frameLocal(f, "self"); self != nil {
			if _, err := runtime.GetAttr(t, self, runtime.NewStr(wrong)); err == nil {
				exc.Suggestion = "self." + wrong
				return
			}
		}
	}
	exc.Suggestion = closestName(candidates, wrong)
}

// frameLocal returns the value of local variable name in f, or nil.
func frameLocal(f *Frame, name string) runtime.Object {
	for i, n := range f.code.C.VarNames {
		if n == name && i < len(f.slots) {
			f.own = 0 // the caller gets the local's box (see storeNum)
			return f.slots[i]
		}
	}
	if f.locals != nil {
		if v, ok := f.locals.GetStr(runtime.Intern(name)); ok {
			return v
		}
	}
	return nil
}

// closestName is CPython's suggestion search over candidates.
func closestName(candidates []string, wrong string) string {
	return runtime.ClosestName(candidates, wrong)
}
