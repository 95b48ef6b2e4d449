package stdlib

// Helpers shared by the mod_*.go standard-library modules.

import (
	"math/big"
	"sync"

	"pyg/runtime"
)

type (
	obj = runtime.Object
	thr = runtime.Thread
)

// selfIter is the Iter slot of iterator types (iter(it) is it).
func selfIter(t *runtime.Thread, o runtime.Object) (runtime.Object, error) { return o, nil }

// bigOf returns an int object (Int, Bool or *BigInt) as a new *big.Int.
func bigOf(o runtime.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case runtime.Int:
		return big.NewInt(int64(v)), true
	case runtime.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *runtime.BigInt:
		return new(big.Int).Set(v.V), true
	}
	return nil, false
}

// indexObj converts o to an int object through __index__.
func indexObj(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	switch v := o.(type) {
	case runtime.Int, *runtime.BigInt:
		return v, nil
	case runtime.Bool:
		if v {
			return runtime.Int(1), nil
		}
		return runtime.Int(0), nil
	}
	if f := o.Type().Index; f != nil {
		r, err := f(t, o)
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case runtime.Int, *runtime.BigInt, runtime.Bool:
			return indexObj(t, r)
		}
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "__index__ returned non-int (type %s)", runtime.TypeName(r))
	}
	return nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object cannot be interpreted as an integer", runtime.TypeName(o))
}

// kwArg finds keyword name among the call's keywords.
func kwArg(args []runtime.Object, kw []string, name string) (runtime.Object, bool) {
	base := len(args) - len(kw)
	for i, k := range kw {
		if k == name {
			return args[base+i], true
		}
	}
	return nil, false
}

// posArgs returns the positional part of args.
func posArgs(args []runtime.Object, kw []string) []runtime.Object { return args[:len(args)-len(kw)] }

// checkKw rejects keywords not in allowed.
func checkKw(t *runtime.Thread, fname string, kw []string, allowed ...string) error {
	for _, k := range kw {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			return runtime.Errorf(t, runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return nil
}

// newModType returns a non-subclassable built-in type of a module.
func newModType(name, module string) *runtime.Type {
	return runtime.NewBuiltinType(name, module, nil, 0)
}

// strOf returns the Go string of a str object.
func strOf(o runtime.Object) (string, bool) {
	s, ok := o.(*runtime.Str)
	if !ok {
		return "", false
	}
	return s.String(), true
}

// isInt reports whether o is an int (including bool).
func isInt(o runtime.Object) bool {
	switch o.(type) {
	case runtime.Int, *runtime.BigInt, runtime.Bool:
		return true
	}
	return false
}

// noneOr returns None for a nil object.
func noneOr(o runtime.Object) runtime.Object {
	if o == nil {
		return runtime.None
	}
	return o
}

type muT = sync.Mutex
