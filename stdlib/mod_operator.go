package stdlib

import (
	"math"
	"strings"

	"pyg/runtime"
)

// The operator module.

func init() { native["operator"] = newOperator }

func identical(a, b runtime.Object) bool {
	switch x := a.(type) {
	case runtime.Float:
		y, ok := b.(runtime.Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	case runtime.Complex:
		y, ok := b.(runtime.Complex)
		return ok && x == y
	}
	return a == b
}

func opArgs(t *runtime.Thread, name string, args []runtime.Object, kw []string, n int) error {
	if err := noKw(t, name, kw); err != nil {
		return err
	}
	if len(args) != n {
		if n == 1 {
			return runtime.Errorf(t, runtime.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return runtime.Errorf(t, runtime.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func unaryOp(name string, f func(t *runtime.Thread, a runtime.Object) (runtime.Object, error)) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := opArgs(t, name, args, kw, 1); err != nil {
			return nil, err
		}
		return f(t, args[0])
	}
}

func binaryOp(name string, f func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error)) runtime.BuiltinFn {
	return func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := opArgs(t, name, args, kw, 2); err != nil {
			return nil, err
		}
		return f(t, args[0], args[1])
	}
}

func absObj(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	f := o.Type().Abs
	if f == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "bad operand type for abs(): '%s'", runtime.TypeName(o))
	}
	return f(t, o)
}

// getter objects: itemgetter, attrgetter, methodcaller.
type opGetter struct {
	runtime.Header
	typ   *runtime.Type
	items []runtime.Object // itemgetter keys / methodcaller args
	attrs [][]*runtime.Str // attrgetter dotted paths
	name  *runtime.Str     // methodcaller
	kw    []string
}

func (g *opGetter) Type() *runtime.Type { return g.typ }

var (
	itemgetterType   = newModType("itemgetter", "operator")
	attrgetterType   = newModType("attrgetter", "operator")
	methodcallerType = newModType("methodcaller", "operator")
)

func getterDealloc(t *runtime.Thread, o runtime.Object) {
	g := o.(*opGetter)
	items := g.items
	g.items = nil
	for _, x := range items {
		t.Decref(x)
	}
}

func getAttrPath(t *runtime.Thread, o runtime.Object, path []*runtime.Str) (runtime.Object, error) {
	var err error
	for _, p := range path {
		if o, err = runtime.GetAttr(t, o, p); err != nil {
			return nil, err
		}
	}
	return o, nil
}

func init() {
	itemgetterType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := noKw(t, "itemgetter", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		g := &opGetter{typ: itemgetterType, items: append([]runtime.Object(nil), args...)}
		for _, x := range args {
			t.Incref(x)
		}
		return g, nil
	}
	itemgetterType.Call = func(t *runtime.Thread, fn runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		g := fn.(*opGetter)
		if err := opArgs(t, "itemgetter", args, kw, 1); err != nil {
			return nil, err
		}
		if len(g.items) == 1 {
			return runtime.GetItem(t, args[0], g.items[0])
		}
		out := make([]runtime.Object, len(g.items))
		for i, k := range g.items {
			v, err := runtime.GetItem(t, args[0], k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return runtime.NewTuple(t, out), nil
	}
	itemgetterType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		g := o.(*opGetter)
		parts := make([]string, len(g.items))
		for i, x := range g.items {
			s, err := reprOf(t, x)
			if err != nil {
				return nil, err
			}
			parts[i] = s
		}
		return runtime.NewStr("operator.itemgetter(" + strings.Join(parts, ", ") + ")"), nil
	}
	itemgetterType.Dealloc = getterDealloc

	attrgetterType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := noKw(t, "attrgetter", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &opGetter{typ: attrgetterType}
		for _, a := range args {
			s, ok := strOf(a)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "attribute name must be a string")
			}
			var path []*runtime.Str
			for _, p := range strings.Split(s, ".") {
				path = append(path, runtime.Intern(p))
			}
			g.attrs = append(g.attrs, path)
		}
		return g, nil
	}
	attrgetterType.Call = func(t *runtime.Thread, fn runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		g := fn.(*opGetter)
		if err := opArgs(t, "attrgetter", args, kw, 1); err != nil {
			return nil, err
		}
		if len(g.attrs) == 1 {
			return getAttrPath(t, args[0], g.attrs[0])
		}
		out := make([]runtime.Object, len(g.attrs))
		for i, p := range g.attrs {
			v, err := getAttrPath(t, args[0], p)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return runtime.NewTuple(t, out), nil
	}
	attrgetterType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		g := o.(*opGetter)
		parts := make([]string, len(g.attrs))
		for i, p := range g.attrs {
			var names []string
			for _, s := range p {
				names = append(names, s.String())
			}
			parts[i] = runtime.QuoteStr(strings.Join(names, "."))
		}
		return runtime.NewStr("operator.attrgetter(" + strings.Join(parts, ", ") + ")"), nil
	}

	methodcallerType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		name, ok := args[0].(*runtime.Str)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "method name must be a string")
		}
		g := &opGetter{typ: methodcallerType, name: name, items: append([]runtime.Object(nil), args[1:]...), kw: append([]string(nil), kw...)}
		for _, x := range g.items {
			t.Incref(x)
		}
		return g, nil
	}
	methodcallerType.Call = func(t *runtime.Thread, fn runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		g := fn.(*opGetter)
		if err := opArgs(t, "methodcaller", args, kw, 1); err != nil {
			return nil, err
		}
		m, err := runtime.GetAttr(t, args[0], g.name)
		if err != nil {
			return nil, err
		}
		return runtime.Call(t, m, append([]runtime.Object(nil), g.items...), g.kw)
	}
	methodcallerType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		g := o.(*opGetter)
		parts := []string{runtime.QuoteStr(g.name.String())}
		npos := len(g.items) - len(g.kw)
		for i, x := range g.items {
			s, err := reprOf(t, x)
			if err != nil {
				return nil, err
			}
			if i >= npos {
				s = g.kw[i-npos] + "=" + s
			}
			parts = append(parts, s)
		}
		return runtime.NewStr("operator.methodcaller(" + strings.Join(parts, ", ") + ")"), nil
	}
	methodcallerType.Dealloc = getterDealloc
}

func newOperator(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "operator")
	bin := func(op runtime.BinaryOp) func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
			return runtime.Binary(t, op, a, b)
		}
	}
	ibin := func(op runtime.BinaryOp) func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
			return runtime.InplaceBinary(t, op, a, b)
		}
	}
	cmp := func(op runtime.CompareOp) func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
			return runtime.RichCompare(t, a, b, op)
		}
	}
	fns := map[string]runtime.BuiltinFn{}
	both := func(name string, f runtime.BuiltinFn) {
		fns[name] = f
		fns["__"+strings.TrimSuffix(name, "_")+"__"] = f
	}
	binNames := map[string]runtime.BinaryOp{
		"add": runtime.OpAdd, "sub": runtime.OpSub, "mul": runtime.OpMul, "matmul": runtime.OpMatMul,
		"truediv": runtime.OpTrueDiv, "floordiv": runtime.OpFloorDiv, "mod": runtime.OpMod, "pow": runtime.OpPow,
		"lshift": runtime.OpLShift, "rshift": runtime.OpRShift, "and_": runtime.OpAnd, "or_": runtime.OpOr, "xor": runtime.OpXor,
	}
	for name, op := range binNames {
		both(name, binaryOp(name, bin(op)))
		iname := "i" + strings.TrimSuffix(name, "_")
		both(iname, binaryOp(iname, ibin(op)))
	}
	cmpNames := map[string]runtime.CompareOp{"eq": runtime.OpEq, "ne": runtime.OpNe, "lt": runtime.OpLt, "le": runtime.OpLe, "gt": runtime.OpGt, "ge": runtime.OpGe}
	for name, op := range cmpNames {
		both(name, binaryOp(name, cmp(op)))
	}
	both("neg", unaryOp("neg", runtime.Neg))
	both("pos", unaryOp("pos", runtime.Pos))
	both("invert", unaryOp("invert", runtime.Invert))
	fns["inv"] = fns["invert"]
	fns["__inv__"] = fns["invert"]
	both("abs", unaryOp("abs", absObj))
	both("not_", unaryOp("not_", func(t *runtime.Thread, a runtime.Object) (runtime.Object, error) {
		b, err := runtime.Truth(t, a)
		return runtime.NewBool(!b), err
	}))
	fns["truth"] = unaryOp("truth", func(t *runtime.Thread, a runtime.Object) (runtime.Object, error) {
		b, err := runtime.Truth(t, a)
		return runtime.NewBool(b), err
	})
	both("index", unaryOp("index", indexObj))
	fns["is_"] = binaryOp("is_", func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return runtime.NewBool(identical(a, b)), nil
	})
	fns["is_not"] = binaryOp("is_not", func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return runtime.NewBool(!identical(a, b)), nil
	})
	concat := func(inplace bool) func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
			if a.Type().GetItem == nil {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object can't be concatenated", runtime.TypeName(a))
			}
			if inplace {
				return runtime.InplaceBinary(t, runtime.OpAdd, a, b)
			}
			return runtime.Binary(t, runtime.OpAdd, a, b)
		}
	}
	both("concat", binaryOp("concat", concat(false)))
	both("iconcat", binaryOp("iconcat", concat(true)))
	both("contains", binaryOp("contains", func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		r, err := runtime.Contains(t, a, b)
		return runtime.NewBool(r), err
	}))
	fns["countOf"] = binaryOp("countOf", func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		items, err := runtime.IterateAll(t, a)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, x := range items {
			eq := identical(x, b)
			if !eq {
				if eq, err = runtime.Equal(t, x, b); err != nil {
					return nil, err
				}
			}
			if eq {
				n++
			}
		}
		return runtime.Int(n), nil
	})
	fns["indexOf"] = binaryOp("indexOf", func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		items, err := runtime.IterateAll(t, a)
		if err != nil {
			return nil, err
		}
		for i, x := range items {
			eq := identical(x, b)
			if !eq {
				if eq, err = runtime.Equal(t, x, b); err != nil {
					return nil, err
				}
			}
			if eq {
				return runtime.Int(i), nil
			}
		}
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "sequence.index(x): x not in sequence")
	})
	both("getitem", binaryOp("getitem", runtime.GetItem))
	both("delitem", binaryOp("delitem", func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		return runtime.None, runtime.DelItem(t, a, b)
	}))
	both("setitem", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := opArgs(t, "setitem", args, kw, 3); err != nil {
			return nil, err
		}
		return runtime.None, runtime.SetItem(t, args[0], args[1], args[2])
	})
	fns["length_hint"] = func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "length_hint", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var def runtime.Object = runtime.Int(0)
		if len(args) == 2 {
			if !isInt(args[1]) {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object cannot be interpreted as an integer", runtime.TypeName(args[1]))
			}
			def = args[1]
		}
		o := args[0]
		if o.Type().Len != nil {
			n, err := runtime.Len(t, o)
			if err == nil {
				return runtime.Int(n), nil
			}
			if e, ok := err.(*runtime.Exception); !ok || !e.Type().IsSubtype(runtime.TypeErrorType) {
				return nil, err
			}
		}
		h := o.Type().Lookup(runtime.Intern("__length_hint__"))
		if h == nil {
			return def, nil
		}
		r, err := runtime.CallMethod(t, o, "__length_hint__")
		if err != nil {
			return nil, err
		}
		if r == runtime.NotImplemented {
			return def, nil
		}
		if !isInt(r) {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "__length_hint__ must be an integer, not %s", runtime.TypeName(r))
		}
		if intSign(r) < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "__length_hint__() should return >= 0")
		}
		return r, nil
	}
	fns["call"] = func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "call() missing 1 required positional argument: 'obj'")
		}
		return runtime.Call(t, args[0], args[1:], kw)
	}
	fns["__call__"] = fns["call"]
	addFuncs(t, m, fns)
	m.Dict.SetStr(t, runtime.Intern("itemgetter"), itemgetterType)
	m.Dict.SetStr(t, runtime.Intern("attrgetter"), attrgetterType)
	m.Dict.SetStr(t, runtime.Intern("methodcaller"), methodcallerType)
	return m, nil
}
