package stdlib

import "pyg/runtime"

// _collections._tuplegetter: the field descriptors of namedtuple classes.
// Reading returns the tuple's item; assigning or deleting fails with
// CPython's messages ("can't set attribute").

type tupleGetter struct {
	runtime.Header
	index int
	doc   runtime.Object
}

var tupleGetterType = newModType("_tuplegetter", "_collections")

func (*tupleGetter) Type() *runtime.Type { return tupleGetterType }

func init() {
	tg := tupleGetterType
	tg.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := noKw(t, "_tuplegetter", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "_tuplegetter expected 2 arguments, got %d", len(args))
		}
		i, ok := args[0].(runtime.Int)
		if !ok || i < 0 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "_tuplegetter index must be a non-negative int")
		}
		t.Incref(args[1])
		return &tupleGetter{index: int(i), doc: args[1]}, nil
	}
	tg.Dealloc = func(t *runtime.Thread, o runtime.Object) {
		g := o.(*tupleGetter)
		d := g.doc
		g.doc = nil
		t.Decref(d)
	}
	tg.DescrGet = func(t *runtime.Thread, descr, obj runtime.Object, typ *runtime.Type) (runtime.Object, error) {
		g := descr.(*tupleGetter)
		if obj == nil || obj == runtime.None {
			return g, nil
		}
		tu, ok := obj.(*runtime.Tuple)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, runtime.TypeName(obj))
		}
		if g.index >= len(tu.Items) {
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "tuple index out of range")
		}
		return tu.Items[g.index], nil
	}
	tg.DescrSet = func(t *runtime.Thread, descr, obj, v runtime.Object) error {
		if v == nil {
			return runtime.Errorf(t, runtime.AttributeErrorType, "can't delete attribute")
		}
		return runtime.Errorf(t, runtime.AttributeErrorType, "can't set attribute")
	}
	tg.AddGetSet("__doc__", func(t *runtime.Thread, self runtime.Object) (runtime.Object, error) {
		if d := self.(*tupleGetter).doc; d != nil {
			return d, nil
		}
		return runtime.None, nil
	}, nil)
}
