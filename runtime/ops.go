package runtime

import (
	"math"
	"unsafe"
)

// This file holds the generic protocols (abstract object API): every
// operation dispatches on the operands' type slots, with fast paths for the
// common built-in types.

// TypeName returns the name of o's type, for error messages.
func TypeName(o Object) string { return o.Type().Name }

// NewTuple returns a tuple holding items (the tuple takes its own references).
func NewTuple(t *Thread, items []Object) *Tuple {
	for _, it := range items {
		t.Incref(it)
	}
	return &Tuple{Items: items}
}

// NewList returns a list holding items (the list takes its own references;
// items is used as the list's storage).
func NewList(t *Thread, items []Object) *List {
	for _, it := range items {
		t.Incref(it)
	}
	return &List{Items: items}
}

// Repr returns repr(o).
func Repr(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && o.Type() == StrType {
		return NewStr(QuoteStr(s.s)), nil
	}
	f := o.Type().Repr
	if f == nil {
		return NewStr("<" + o.Type().Name + " object>"), nil
	}
	if err := t.EnterRecursive(); err != nil {
		return nil, err
	}
	r, err := f(t, o)
	t.LeaveRecursive()
	if err != nil {
		return nil, err
	}
	s, ok := strAs(r) // a str subclass instance is accepted (as its str value)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// ToStr returns str(o).
func ToStr(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && s.Type() == StrType {
		return s, nil
	}
	f := o.Type().Str
	if f == nil {
		return Repr(t, o)
	}
	r, err := f(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := strAs(r) // a str subclass instance is accepted (as its str value)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// EnterRecursive counts one level of Go-side recursion (repr of nested
// containers, comparisons...) and fails with RecursionError past the limit.
func (t *Thread) EnterRecursive() error {
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit+50 {
		t.Depth--
		return Errorf(t, RecursionErrorType, "maximum recursion depth exceeded")
	}
	return nil
}

// LeaveRecursive undoes EnterRecursive.
func (t *Thread) LeaveRecursive() { t.Depth-- }

// Hash returns hash(o).
func Hash(t *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case *Str:
		if v.Type() == StrType {
			return v.Hash(), nil
		}
	case Int:
		return HashInt(int64(v)), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		return HashFloat(float64(v)), nil
	case NoneType:
		return 0xFCA86420, nil
	}
	f := o.Type().Hash
	if f == nil {
		return 0, Errorf(t, TypeErrorType, "unhashable type: '%s'", TypeName(o))
	}
	return f(t, o)
}

// Python's hash modulus (2**61 - 1) for numbers.
const hashModulus = (1 << 61) - 1

// HashInt is CPython's hash of an int that fits in 64 bits.
func HashInt(v int64) int64 {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// HashFloat is CPython's hash of a float (equal to the int hash for integral values).
func HashFloat(f float64) int64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// fastEqual compares two keys whose equality needs no Python code.
func fastEqual(a, b Object) bool {
	switch x := a.(type) {
	case *Str:
		y, ok := b.(*Str)
		return ok && x.s == y.s
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y
		case Bool:
			return (x == 1 && bool(y)) || (x == 0 && !bool(y))
		case Float:
			return intEqualsFloat(int64(x), float64(y))
		}
		return false
	case Bool:
		switch y := b.(type) {
		case Bool:
			return x == y
		case Int, Float:
			return fastEqual(y, x)
		}
		return false
	case Float:
		switch y := b.(type) {
		case Float:
			return x == y
		case Int:
			return intEqualsFloat(int64(y), float64(x))
		case Bool:
			return (x == 1 && bool(y)) || (x == 0 && !bool(y))
		}
		return false
	case NoneType:
		_, ok := b.(NoneType)
		return ok
	case *BigInt:
		y, ok := b.(*BigInt)
		return ok && x.V.Cmp(y.V) == 0
	}
	return a == b
}

// intEqualsFloat compares exactly (float64(i) would round above 2**53).
func intEqualsFloat(i int64, f float64) bool {
	if f != math.Trunc(f) || f < -9223372036854775808.0 || f >= 9223372036854775808.0 {
		return false
	}
	return int64(f) == i
}

// Is reports whether a and b are the same object (Python's `is`). Heap
// objects compare by pointer; value types (ints, floats...) are the same
// object when they are the same boxed value, as CPython's identity of
// number objects: a float stored and loaded again is identical to itself,
// two separately computed NaNs are not.
func Is(a, b Object) bool {
	pa := (*[2]unsafe.Pointer)(unsafe.Pointer(&a))
	pb := (*[2]unsafe.Pointer)(unsafe.Pointer(&b))
	if pa[0] != pb[0] {
		return false
	}
	if pa[1] == pb[1] {
		return true
	}
	switch a.(type) {
	case Float, Complex:
		return false
	}
	return a == b
}

// Equal returns a == b as a Go bool (identity implies equality, as in
// CPython's containers).
func Equal(t *Thread, a, b Object) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	if fastKey(a) && fastKey(b) {
		return fastEqual(a, b), nil
	}
	r, err := RichCompare(t, a, b, OpEq)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

var compareSymbol = [...]string{"==", "!=", "<", "<=", ">", ">="}

// RichCompare returns a op b, trying the reflected operation of b's type and
// falling back to identity for == and !=.
func RichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	// If b's type is a subclass of a's overriding the comparison, it goes first.
	if ta != tb && tb.IsSubtype(ta) && tb.Compare != nil {
		r, err := tb.Compare(t, b, a, op.Reflected())
		if err != nil || r != NotImplemented {
			return r, err
		}
		if ta.Compare != nil {
			r, err = ta.Compare(t, a, b, op)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	} else {
		if ta.Compare != nil {
			r, err := ta.Compare(t, a, b, op)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		if tb.Compare != nil {
			r, err := tb.Compare(t, b, a, op.Reflected())
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch op {
	case OpEq:
		return NewBool(a == b), nil
	case OpNe:
		return NewBool(a != b), nil
	}
	return nil, Errorf(t, TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		compareSymbol[op], ta.Name, tb.Name)
}

// CompareBool returns bool(a op b).
func CompareBool(t *Thread, a, b Object, op CompareOp) (bool, error) {
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// Truth returns bool(o).
func Truth(t *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case NoneType:
		return false, nil
	case Int:
		return v != 0, nil
	case Float:
		return v != 0, nil
	case *Str:
		if v.Type() == StrType {
			return v.s != "", nil
		}
	case *List:
		if v.Type() == ListType {
			return v.Length(t) != 0, nil
		}
	}
	typ := o.Type()
	if typ.Bool != nil {
		return typ.Bool(t, o)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, o)
		return n != 0, err
	}
	return true, nil
}

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) {
	f := o.Type().Len
	if f == nil {
		return 0, Errorf(t, TypeErrorType, "object of type '%s' has no len()", TypeName(o))
	}
	return f(t, o)
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name *Str) (Object, error) {
	f := o.Type().GetAttr
	if f == nil {
		return GenericGetAttr(t, o, name, nil)
	}
	return f(t, o, name)
}

// GetAttrString returns o.name for a Go string name.
func GetAttrString(t *Thread, o Object, name string) (Object, error) {
	return GetAttr(t, o, Intern(name))
}

// SetAttr sets o.name = v (v nil deletes).
func SetAttr(t *Thread, o Object, name *Str, v Object) error {
	f := o.Type().SetAttr
	if f == nil {
		return GenericSetAttr(t, o, name, v, nil)
	}
	return f(t, o, name, v)
}

// AttributeError returns CPython's AttributeError for a missing attribute
// (with its name and obj attributes set, for "Did you mean" suggestions).
func AttributeError(t *Thread, o Object, name *Str) error {
	var e *Exception
	if typ, ok := o.(*Type); ok {
		e = Errorf(t, AttributeErrorType, "type object '%s' has no attribute '%s'", typ.Name, name.s)
	} else if m, ok := o.(*Module); ok {
		e = Errorf(t, AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name.s)
	} else {
		e = Errorf(t, AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(o), name.s)
	}
	e.SetExtra(t, "name", name)
	e.SetExtra(t, "obj", o)
	return e
}

// GenericGetAttr is object.__getattribute__: data descriptors on the type,
// then the instance dict (if any), then other class attributes (binding
// functions and non-data descriptors).
func GenericGetAttr(t *Thread, o Object, name *Str, dict *Dict) (Object, error) {
	typ := o.Type()
	attr := typ.Lookup(name)
	var get DescrGetFunc
	if attr != nil {
		at := attr.Type()
		get = at.DescrGet
		if get != nil && at.DescrSet != nil {
			return get(t, attr, o, typ)
		}
		if gs, ok := attr.(*GetSetDescr); ok {
			return gs.Get(t, o)
		}
	}
	if dict != nil {
		if v, ok := dict.GetStrT(t, name); ok {
			return v, nil
		}
	} else if inst, ok := o.(*Instance); ok {
		if v, ok := inst.GetAttrStr(t, name); ok {
			return v, nil
		}
	}
	if attr != nil {
		switch a := attr.(type) {
		case *MethodDescr:
			switch a.Kind {
			case ClassMethod:
				return &Builtin{Name: a.Name, Method: a.Fn, Self: typ}, nil
			case StaticMethod:
				return &Builtin{Name: a.Name, Method: a.Fn}, nil
			}
			return a.Bind(t, o), nil
		}
		if get != nil {
			return get(t, attr, o, typ)
		}
		return attr, nil
	}
	return nil, AttributeError(t, o, name)
}

// GenericSetAttr is object.__setattr__ (v nil: __delattr__).
func GenericSetAttr(t *Thread, o Object, name *Str, v Object, dict *Dict) error {
	typ := o.Type()
	if attr := typ.Lookup(name); attr != nil {
		if set := attr.Type().DescrSet; set != nil {
			return set(t, attr, o, v)
		}
		if gs, ok := attr.(*GetSetDescr); ok {
			if gs.Set == nil {
				return Errorf(t, AttributeErrorType, "attribute '%s' of '%s' objects is not writable", name.s, typ.Name)
			}
			return gs.Set(t, o, v)
		}
	}
	if inst, ok := o.(*Instance); ok && dict == nil && inst.keys() != nil && InstancesHaveDict(typ) {
		return storeStr(t, instAttrs{inst}, o, name, v)
	}
	if dict == nil {
		if attr := typ.Lookup(name); attr != nil {
			return Errorf(t, AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
		}
		return Errorf(t, AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typ.Name, name.s)
	}
	return storeStr(t, dict, o, name, v)
}

// strStore is where an object's attributes live: its dict, or a class
// instance's split values.
type strStore interface {
	SetStr(t *Thread, name *Str, v Object)
	DelStr(t *Thread, name *Str) bool
}

// instAttrs is the strStore of an instance in either form.
type instAttrs struct{ i *Instance }

func (a instAttrs) SetStr(t *Thread, name *Str, v Object) { a.i.SetAttrStr(t, name, v) }
func (a instAttrs) DelStr(t *Thread, name *Str) bool      { return a.i.DelAttrStr(t, name) }

// storeStr sets attribute name of o in s, or deletes it when v is nil
// (AttributeError if it is not there).
func storeStr(t *Thread, s strStore, o Object, name *Str, v Object) error {
	if v == nil {
		if !s.DelStr(t, name) {
			return AttributeError(t, o, name)
		}
		return nil
	}
	s.SetStr(t, name, v)
	return nil
}

// GetItem returns o[key].
func GetItem(t *Thread, o, key Object) (Object, error) {
	f := o.Type().GetItem
	if f == nil {
		if typ, ok := o.(*Type); ok {
			if cg := typ.Lookup(Intern("__class_getitem__")); cg != nil {
				fn, err := GetAttr(t, o, Intern("__class_getitem__"))
				if err != nil {
					return nil, err
				}
				return Call(t, fn, []Object{key}, nil)
			}
			return nil, Errorf(t, TypeErrorType, "type '%s' is not subscriptable", typ.Name)
		}
		return nil, Errorf(t, TypeErrorType, "'%s' object is not subscriptable", TypeName(o))
	}
	return f(t, o, key)
}

// SetItem sets o[key] = v.
func SetItem(t *Thread, o, key, v Object) error {
	f := o.Type().SetItem
	if f == nil {
		return Errorf(t, TypeErrorType, "'%s' object does not support item assignment", TypeName(o))
	}
	return f(t, o, key, v)
}

// DelItem deletes o[key].
func DelItem(t *Thread, o, key Object) error {
	f := o.Type().SetItem
	if f == nil {
		return Errorf(t, TypeErrorType, "'%s' object doesn't support item deletion", TypeName(o))
	}
	return f(t, o, key, nil)
}

// Iter returns iter(o).
func Iter(t *Thread, o Object) (Object, error) {
	typ := o.Type()
	if typ.Iter != nil {
		return typ.Iter(t, o)
	}
	if typ.GetItem != nil {
		return NewSeqIter(t, o), nil
	}
	return nil, Errorf(t, TypeErrorType, "'%s' object is not iterable", typ.Name)
}

// Next returns the next item of iterator it, or (nil, nil) when exhausted.
func Next(t *Thread, it Object) (Object, error) {
	f := it.Type().Next
	if f == nil {
		return nil, Errorf(t, TypeErrorType, "'%s' object is not an iterator", TypeName(it))
	}
	if err := t.Tick(); err != nil {
		return nil, err
	}
	return f(t, it)
}

// Contains returns v in container.
func Contains(t *Thread, container, v Object) (bool, error) {
	typ := container.Type()
	if typ.Contains != nil {
		return typ.Contains(t, container, v)
	}
	if typ.Iter == nil && typ.GetItem == nil {
		return false, Errorf(t, TypeErrorType, "argument of type '%s' is not iterable", typ.Name)
	}
	it, err := Iter(t, container)
	if err != nil {
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := Equal(t, x, v)
		if err != nil || eq {
			return eq, err
		}
	}
}

// Binary returns a op b.
func Binary(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	ta, tb := a.Type(), b.Type()
	fa, fb := ta.Number[op], tb.Number[op]
	if ta == tb {
		fb = nil
	}
	if fb != nil && tb != ta && tb.IsSubtype(ta) {
		r, err := fb(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
		fb = nil
	}
	if fa != nil {
		r, err := fa(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, err := fb(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if op == OpAdd || op == OpMul {
		// sequence concatenation/repetition is implemented in the Number slots too
	}
	return nil, Errorf(t, TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
		BinaryOpSymbol[op], ta.Name, tb.Name)
}

// InplaceBinary returns a op= b: the in-place slot of a's type, then Binary.
func InplaceBinary(t *Thread, op BinaryOp, a, b Object) (Object, error) {
	if f := a.Type().Inplace[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := Binary(t, op, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == TypeErrorType && len(e.Args.Items) == 1 {
			if s, ok := e.Args.Items[0].(*Str); ok && len(s.s) > 30 && s.s[:30] == "unsupported operand type(s) fo" {
				sym := BinaryOpSymbol[op]
				if op == OpPow {
					sym = "**"
				}
				return nil, Errorf(t, TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'",
					sym, TypeName(a), TypeName(b))
			}
		}
	}
	return r, err
}

// Unary applies a unary slot, with CPython's error message.
func Unary(t *Thread, o Object, f UnaryFunc, symbol string) (Object, error) {
	if f == nil {
		return nil, Errorf(t, TypeErrorType, "bad operand type for unary %s: '%s'", symbol, TypeName(o))
	}
	return f(t, o)
}

// Neg returns -o.
func Neg(t *Thread, o Object) (Object, error) { return Unary(t, o, o.Type().Neg, "-") }

// Pos returns +o.
func Pos(t *Thread, o Object) (Object, error) { return Unary(t, o, o.Type().Pos, "+") }

// Invert returns ~o.
func Invert(t *Thread, o Object) (Object, error) { return Unary(t, o, o.Type().Invert, "~") }

// IndexInt converts an object supporting __index__ to a Go int.
func IndexInt(t *Thread, o Object) (int, error) {
	switch v := o.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if f := o.Type().Index; f != nil {
		r, err := f(t, o)
		if err != nil {
			return 0, err
		}
		return IndexInt(t, r)
	}
	return 0, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(o))
}

// ToFloat64 converts an int or float (or an object with __float__/__index__) to a Go float64.
func ToFloat64(t *Thread, o Object) (float64, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f, _ := v.V.Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(t, OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	if f := o.Type().Float; f != nil {
		r, err := f(t, o)
		if err != nil {
			return 0, err
		}
		if fl, ok := r.(Float); ok {
			return float64(fl), nil
		}
		return 0, Errorf(t, TypeErrorType, "%s.__float__ returned non-float (type %s)", TypeName(o), TypeName(r))
	}
	if o.Type().Index != nil {
		n, err := IndexInt(t, o)
		return float64(n), err
	}
	return 0, Errorf(t, TypeErrorType, "must be real number, not %s", TypeName(o))
}
