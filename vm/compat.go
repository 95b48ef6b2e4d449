package vm

import (
	"pyg/runtime"
)

// This file gathers the VM's uses of runtime types whose Go API is still
// settling (sets, format, iterator fast paths), so that the rest of the VM
// does not depend on their details.

var (
	strAdd       = runtime.Intern("add")
	strFormat    = runtime.Intern("__format__")
	strGetattrib = runtime.Intern("__getattribute__")
	strGetattr   = runtime.Intern("__getattr__")
)

// objectGetattribute is object.__getattribute__ as found in object's dict.
var objectGetattribute, _ = runtime.ObjectType.Dict.GetStr(strGetattrib)

func newBytes(s string) runtime.Object { return runtime.NewBytes([]byte(s)) }

func newSlice(t *runtime.Thread, start, stop, step runtime.Object) (runtime.Object, error) {
	return runtime.NewSlice(t, start, stop, step), nil
}

// newSet returns a set holding items.
func newSet(t *runtime.Thread, items []runtime.Object) (runtime.Object, error) {
	s := runtime.NewSet(t)
	for _, v := range items {
		if err := s.Add(t, v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setAdd is set.add(v).
func setAdd(t *runtime.Thread, set, v runtime.Object) error {
	if s, ok := set.(*runtime.Set); ok {
		return s.Add(t, v)
	}
	_, err := runtime.CallMethod(t, set, "add", v)
	return err
}

// format is format(v, spec).
func format(t *runtime.Thread, v runtime.Object, spec string) (runtime.Object, error) {
	r, err := runtime.CallMethod(t, v, "__format__", runtime.NewStr(spec))
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*runtime.Str); !ok {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "__format__ must return a str, not %s", runtime.TypeName(r))
	}
	return r, nil
}

// lookupInstanceMethod is lookupMethod for instances of classes: a Python
// function found on the class, not shadowed by the instance dict, with the
// default __getattribute__ and no __getattr__.
func lookupInstanceMethod(t *runtime.Thread, obj runtime.Object, typ *runtime.Type, name *runtime.Str) runtime.Object {
	inst, ok := obj.(*runtime.Instance)
	if !ok {
		return nil
	}
	fn, ok := typ.Lookup(name).(*Function)
	if !ok {
		return nil
	}
	if typ.Lookup(strGetattrib) != objectGetattribute || typ.Lookup(strGetattr) != nil {
		return nil
	}
	if inst.HasAttrStr(t, name) {
		return nil
	}
	return fn
}

// newBuiltinsModule creates the builtins module (the VM adds exec, eval,
// compile, globals, locals, vars, dir and __import__).
func newBuiltinsModule(t *runtime.Thread) *runtime.Module { return runtime.NewBuiltins(t) }
