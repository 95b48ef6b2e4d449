package vm

import (
	"strings"

	"pyg/compiler"
	"pyg/runtime"
)

// lookupMethod is LOAD_METHOD's fast path: for an object whose type uses the
// generic attribute lookup without an instance dict, a method descriptor or
// Python function found on the type is returned unbound (the caller passes
// obj as self). It returns nil when the generic lookup must run.
func lookupMethod(t *runtime.Thread, obj runtime.Object, name *runtime.Str) runtime.Object {
	typ := obj.Type()
	if typ.GetAttr != nil {
		return lookupInstanceMethod(t, obj, typ, name)
	}
	attr := typ.Lookup(name)
	switch m := attr.(type) {
	case *runtime.MethodDescr:
		if m.Kind == runtime.InstanceMethod {
			return m
		}
	case *Function:
		return m
	}
	return nil
}

// joinStrings concatenates the strs of BUILD_STRING.
func joinStrings(t *runtime.Thread, parts []runtime.Object) (runtime.Object, error) {
	var b strings.Builder
	for _, p := range parts {
		s, ok := p.(*runtime.Str)
		if !ok {
			return nil, runtime.Errorf(t, runtime.SystemErrorType, "BUILD_STRING: not a str")
		}
		b.WriteString(s.String())
	}
	return runtime.NewStr(b.String()), nil
}

// appendItems appends items to list l, taking references.
func appendItems(t *runtime.Thread, l *runtime.List, items []runtime.Object) {
	for _, v := range items {
		t.Incref(v)
	}
	t.Lock(&l.Mu)
	l.Items = append(l.Items, items...)
	t.Unlock(&l.Mu)
}

// listExtend is LIST_EXTEND: list.extend(it).
func listExtend(t *runtime.Thread, lo, it runtime.Object) error {
	l, ok := lo.(*runtime.List)
	if !ok {
		return runtime.Errorf(t, runtime.SystemErrorType, "LIST_EXTEND: not a list")
	}
	switch s := it.(type) {
	case *runtime.Tuple:
		if s.Type() == runtime.TupleType {
			appendItems(t, l, s.Items)
			return nil
		}
	case *runtime.List:
		if s.Type() == runtime.ListType {
			t.Lock(&s.Mu)
			items := append([]runtime.Object(nil), s.Items...)
			t.Unlock(&s.Mu)
			appendItems(t, l, items)
			return nil
		}
	}
	iter, err := runtime.Iter(t, it)
	if err != nil {
		if it.Type().Iter == nil && it.Type().GetItem == nil {
			return runtime.Errorf(t, runtime.TypeErrorType, "Value after * must be an iterable, not %s", runtime.TypeName(it))
		}
		return err
	}
	return forEach(t, iter, func(v runtime.Object) error {
		appendItems(t, l, []runtime.Object{v})
		return nil
	})
}

// forEach calls fn for each item of iterator it.
func forEach(t *runtime.Thread, it runtime.Object, fn func(v runtime.Object) error) error {
	t.Incref(it)
	defer t.Decref(it)
	for {
		v, err := runtime.Next(t, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		if err := fn(v); err != nil {
			return err
		}
	}
}

// iterate calls fn for each item of iterable o.
func iterate(t *runtime.Thread, o runtime.Object, fn func(v runtime.Object) error) error {
	if typ := o.Type(); typ != runtime.TupleType && typ != runtime.ListType {
		it, err := runtime.Iter(t, o)
		if err != nil {
			return err
		}
		return forEach(t, it, fn)
	}
	switch s := o.(type) {
	case *runtime.Tuple:
		for _, v := range s.Items {
			if err := fn(v); err != nil {
				return err
			}
		}
		return nil
	case *runtime.List:
		t.Lock(&s.Mu)
		items := append([]runtime.Object(nil), s.Items...)
		t.Unlock(&s.Mu)
		for _, v := range items {
			if err := fn(v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := runtime.Iter(t, o)
	if err != nil {
		return err
	}
	return forEach(t, it, fn)
}

// setUpdate is SET_UPDATE.
func setUpdate(t *runtime.Thread, set, it runtime.Object) error {
	return iterate(t, it, func(v runtime.Object) error { return setAdd(t, set, v) })
}

// dictUpdate is DICT_UPDATE (fn == nil) and DICT_MERGE (*fn is the called
// object, for the messages; repeated keys are errors).
func dictUpdate(t *runtime.Thread, d *runtime.Dict, m runtime.Object, fn *runtime.Object) error {
	if d == nil {
		return runtime.Errorf(t, runtime.SystemErrorType, "DICT_UPDATE: not a dict")
	}
	set := func(k, v runtime.Object) error {
		if fn != nil {
			// Non-str keys are reported by the call itself ("keywords
			// must be strings", without the function's name).
			if _, found, err := d.GetItem(t, k); err != nil {
				return err
			} else if found {
				ks, err := runtime.ToStr(t, k)
				if err != nil {
					return err
				}
				return runtime.Errorf(t, runtime.TypeErrorType, "%s got multiple values for keyword argument '%s'", funcStr(t, *fn), ks)
			}
		}
		return d.SetItem(t, k, v)
	}
	if md, ok := m.(*runtime.Dict); ok {
		keys, values := md.Items(t)
		for i := range keys {
			if err := set(keys[i], values[i]); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := runtime.GetAttr(t, m, strKeys)
	if err != nil {
		if fn != nil {
			return runtime.Errorf(t, runtime.TypeErrorType, "%s argument after ** must be a mapping, not %s", funcStr(t, *fn), runtime.TypeName(m))
		}
		return runtime.Errorf(t, runtime.TypeErrorType, "'%s' object is not a mapping", runtime.TypeName(m))
	}
	keys, err := runtime.Call(t, keysFn, nil, nil)
	if err != nil {
		return err
	}
	t.Incref(keys)
	defer t.Decref(keys)
	return iterate(t, keys, func(k runtime.Object) error {
		v, err := runtime.GetItem(t, m, k)
		if err != nil {
			return err
		}
		return set(k, v)
	})
}

// funcStr names a called object in messages as CPython's _PyObject_FunctionStr.
func funcStr(t *runtime.Thread, fn runtime.Object) string {
	switch f := fn.(type) {
	case nil:
		return "function"
	case *Function:
		if m, ok := f.module.(*runtime.Str); ok && m.String() != "builtins" {
			return m.String() + "." + f.QualName() + "()"
		}
		return f.QualName() + "()"
	case *runtime.Method:
		return funcStr(t, f.Func)
	case *runtime.Builtin:
		return f.Name + "()"
	case *runtime.MethodDescr:
		return f.Owner.Name + "." + f.Name + "()"
	case *runtime.Type:
		if f.Module != "" && f.Module != "builtins" {
			return f.Module + "." + f.QualName + "()"
		}
		return f.Name + "()"
	}
	return runtime.TypeName(fn) + " object"
}

// flattenCallArgs turns CALL_FUNCTION_EX's tuple and dict into an argument
// slice and keyword names.
func flattenCallArgs(t *runtime.Thread, fn, args, kwargs runtime.Object) ([]runtime.Object, []string, error) {
	var pos []runtime.Object
	tu, isTuple := args.(*runtime.Tuple)
	l, isList := args.(*runtime.List)
	switch {
	case isTuple && tu.Type() == runtime.TupleType:
		pos = tu.Items
	case isList && l.Type() == runtime.ListType:
		t.Lock(&l.Mu)
		pos = append([]runtime.Object(nil), l.Items...)
		t.Unlock(&l.Mu)
	default:
		err := iterate(t, args, func(v runtime.Object) error {
			pos = append(pos, v)
			return nil
		})
		if err != nil {
			if args.Type().Iter == nil && args.Type().GetItem == nil {
				return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "%s argument after * must be an iterable, not %s", funcStr(t, fn), runtime.TypeName(args))
			}
			return nil, nil, err
		}
	}
	if kwargs == nil {
		return pos, nil, nil
	}
	d, ok := kwargs.(*runtime.Dict)
	if !ok {
		d = runtime.NewDict()
		if err := dictUpdate(t, d, kwargs, &fn); err != nil {
			return nil, nil, err
		}
	}
	keys, values := d.Items(t)
	all := make([]runtime.Object, 0, len(pos)+len(keys))
	all = append(all, pos...)
	kw := make([]string, len(keys))
	for i, k := range keys {
		s, ok := k.(*runtime.Str)
		if !ok {
			return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "keywords must be strings")
		}
		kw[i] = s.String()
	}
	all = append(all, values...)
	return all, kw, nil
}

// unpackIterable collects the items of seq for UNPACK_SEQUENCE (after < 0:
// exactly before items) and UNPACK_EX (at least before+after items).
func unpackIterable(t *runtime.Thread, seq runtime.Object, before, after int) ([]runtime.Object, error) {
	typ := seq.Type()
	if typ.Iter == nil && typ.GetItem == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "cannot unpack non-iterable %s object", typ.Name)
	}
	it, err := runtime.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	t.Incref(it)
	defer t.Decref(it)
	var items []runtime.Object
	keep := func(v runtime.Object) {
		t.Incref(v)
		items = append(items, v)
	}
	defer func() {
		for _, v := range items {
			t.Decref(v)
		}
	}()
	for {
		v, err := runtime.Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		if after < 0 && len(items) == before {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "too many values to unpack (expected %d)", before)
		}
		keep(v)
	}
	if after < 0 {
		if len(items) < before {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
	} else if len(items) < before+after {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := append([]runtime.Object(nil), items...)
	return out, nil
}

// formatValue is FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then format(v, spec).
func formatValue(t *runtime.Thread, v runtime.Object, conv int, spec runtime.Object) (runtime.Object, error) {
	var err error
	switch conv {
	case 1:
		v, err = runtime.ToStr(t, v)
	case 2:
		v, err = runtime.Repr(t, v)
	case 3:
		v, err = runtime.ASCIIRepr(t, v)
	}
	if err != nil {
		return nil, err
	}
	specStr := ""
	if spec != nil {
		s, ok := spec.(*runtime.Str)
		if !ok {
			return nil, runtime.Errorf(t, runtime.SystemErrorType, "FORMAT_VALUE: spec is not a str")
		}
		specStr = s.String()
	}
	if s, ok := v.(*runtime.Str); ok && specStr == "" && s.Type() == runtime.StrType {
		return s, nil
	}
	return format(t, v, specStr)
}

// makeRaise builds the exception of RAISE_VARARGS 1 and 2.
func makeRaise(t *runtime.Thread, exc, cause runtime.Object, hasCause bool) error {
	e, err := toException(t, exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if hasCause {
		var c runtime.Object
		if cause != runtime.None {
			ce, err := toException(t, cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			c = ce
		}
		t.Incref(c)
		old := e.Cause
		e.Cause = c
		t.Decref(old)
		e.SuppressContext = true
	}
	return e
}

// toException instantiates an exception class or checks an instance.
func toException(t *runtime.Thread, o runtime.Object, msg string) (*runtime.Exception, error) {
	switch v := o.(type) {
	case *runtime.Exception:
		return v, nil
	case *runtime.Type:
		if v.IsSubtype(runtime.BaseExceptionType) {
			r, err := runtime.Call(t, v, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*runtime.Exception); ok {
				return e, nil
			}
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", v.Name, runtime.TypeName(r))
		}
	}
	return nil, runtime.Errorf(t, runtime.TypeErrorType, "%s", msg)
}

// checkExcType validates the class (or tuple of classes) of an except clause.
func checkExcType(t *runtime.Thread, typ runtime.Object) error {
	bad := func() error {
		return runtime.Errorf(t, runtime.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
	}
	switch c := typ.(type) {
	case *runtime.Type:
		if !c.IsSubtype(runtime.BaseExceptionType) {
			return bad()
		}
	case *runtime.Tuple:
		for _, x := range c.Items {
			if tx, ok := x.(*runtime.Type); !ok || !tx.IsSubtype(runtime.BaseExceptionType) {
				return bad()
			}
		}
	default:
		return bad()
	}
	return nil
}

// setContext sets exc.__context__ to the exception being handled, breaking
// cycles as CPython's _PyErr_SetObject does.
func setContext(t *runtime.Thread, exc *runtime.Exception) {
	cur, ok := t.ExcInfo.(*runtime.Exception)
	if !ok || cur == exc {
		return
	}
	// Avoid a cycle: cut exc out of cur's context chain.
	o := cur
	for n := 0; o != nil && n < 1000; n++ {
		next, _ := o.Context.(*runtime.Exception)
		if next == exc {
			o.Context = nil
			t.Decref(exc)
			break
		}
		o = next
	}
	if exc.Context == runtime.Object(cur) {
		return
	}
	t.Incref(cur)
	old := exc.Context
	exc.Context = cur
	t.Decref(old)
}

// contextMethods looks up __enter__ and __exit__ for BEFORE_WITH.
func contextMethods(t *runtime.Thread, mgr runtime.Object) (enter, exit runtime.Object, err error) {
	typ := mgr.Type()
	if typ.Lookup(strEnter) == nil {
		return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object does not support the context manager protocol", typ.Name)
	}
	if typ.Lookup(strExit) == nil {
		return nil, nil, runtime.Errorf(t, runtime.TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typ.Name)
	}
	enter, err = runtime.GetAttr(t, mgr, strEnter)
	if err != nil {
		return nil, nil, err
	}
	exit, err = runtime.GetAttr(t, mgr, strExit)
	if err != nil {
		return nil, nil, err
	}
	return enter, exit, nil
}

// starArgsOfCall reports whether the LIST_EXTEND before pc builds the
// positional arguments of a CALL_FUNCTION_EX (f(*x)) rather than a display.
func starArgsOfCall(instrs []uint32, pc int) bool {
	for i := pc; i < len(instrs) && i < pc+64; i++ {
		if compiler.Opcode(instrs[i]&0xff) != compiler.LIST_TO_TUPLE {
			continue
		}
		for j := i + 1; j < len(instrs) && j < i+64; j++ {
			switch compiler.BaseOp(compiler.Opcode(instrs[j] & 0xff)) {
			case compiler.CALL_FUNCTION_EX:
				return true
			case compiler.STORE_FAST, compiler.STORE_NAME, compiler.STORE_GLOBAL, compiler.STORE_DEREF,
				compiler.STORE_ATTR, compiler.STORE_SUBSCR, compiler.POP_TOP, compiler.RETURN_VALUE,
				compiler.CALL, compiler.CALL_KW, compiler.CALL_METHOD, compiler.CALL_METHOD_KW,
				compiler.LIST_TO_TUPLE, compiler.BUILD_TUPLE, compiler.BUILD_LIST, compiler.LIST_APPEND,
				compiler.LIST_EXTEND, compiler.YIELD_VALUE:
				return false
			}
		}
		return false
	}
	return false
}

// starArgsError rewrites LIST_EXTEND's error for f(*x) as CPython words it.
func starArgsError(t *runtime.Thread, err error, fn, it runtime.Object) error {
	typ := it.Type()
	if typ.Iter == nil && typ.GetItem == nil {
		return runtime.Errorf(t, runtime.TypeErrorType, "%s argument after * must be an iterable, not %s", funcStr(t, fn), typ.Name)
	}
	return err
}

var (
	strNew            = runtime.Intern("__new__")
	strInit           = runtime.Intern("__init__")
	objectNewDescr, _ = runtime.ObjectType.Dict.GetStr(strNew)
)

// classInit returns the Python __init__ of a plain class (instances laid
// out as runtime.Instance, object's __new__, the default metaclass), or nil
// when calling the class must go through type.__call__.
func classInit(typ *runtime.Type) *Function {
	if typ.Flags&runtime.FlagHeapType == 0 || typ.Meta != nil {
		return nil
	}
	for _, m := range typ.MRO {
		if m != runtime.ObjectType && (m.Flags&runtime.FlagHeapType == 0 || m.Flags&runtime.FlagException != 0) {
			return nil
		}
	}
	init, ok := typ.Lookup(strInit).(*Function)
	if !ok || !init.simpleKind() {
		return nil
	}
	if typ.Lookup(strNew) != objectNewDescr {
		return nil
	}
	return init
}
