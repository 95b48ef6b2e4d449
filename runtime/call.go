package runtime

import (
	"fmt"
)

// BuiltinFn is the Go signature of a built-in function: positional args then
// keyword values, with kw naming the last len(kw) args.
type BuiltinFn func(t *Thread, args []Object, kw []string) (Object, error)

// MethodFn is the Go signature of a built-in method: self plus arguments as in BuiltinFn.
type MethodFn func(t *Thread, self Object, args []Object, kw []string) (Object, error)

// Builtin is a Go-implemented function (builtin_function_or_method), possibly
// bound to a self object (a bound built-in method).
type Builtin struct {
	Header
	Name   string
	Module string // "" for methods
	Doc    string
	Fn     BuiltinFn
	Method MethodFn // set instead of Fn for bound methods
	Self   Object   // bound self (or the module for module functions), or nil
	// ReleasesGIL marks functions that drop the GIL while they run (they call
	// t.Blocking themselves; the flag is documentation for the scaling lab).
	ReleasesGIL bool
	// Fn1, when set, is Fn for exactly one positional argument (len(x),
	// abs(x)): the VM calls it without building an argument slice. Only
	// immortal builtins have one.
	Fn1 func(t *Thread, x Object) (Object, error)
}

// Type returns builtin_function_or_method.
func (*Builtin) Type() *Type { return BuiltinFunctionType }

// NewBuiltin returns a built-in function.
func NewBuiltin(name string, fn BuiltinFn) *Builtin {
	b := &Builtin{Name: name, Fn: fn}
	SetImmortal(b)
	return b
}

// MethodKind says how a method descriptor binds.
type MethodKind uint8

// Method kinds.
const (
	InstanceMethod MethodKind = iota
	ClassMethod               // receives the type as self
	StaticMethod              // receives no self (self is nil)
)

// MethodDescr is a Go-implemented method stored in a built-in type's dict.
// Every MethodDescr is immortal (AddMethod, makeSlotWrapper): the VM pushes
// one without counting it.
type MethodDescr struct {
	Header
	Name  string
	Owner *Type
	Kind  MethodKind
	Fn    MethodFn
	Doc   string
}

// Type returns method_descriptor.
func (m *MethodDescr) Type() *Type {
	if m.Kind == ClassMethod {
		return ClassMethodDescrType
	}
	return MethodDescrType
}

// GetSetDescr is a Go-implemented attribute (property-like) of a built-in type.
type GetSetDescr struct {
	Header
	Name  string
	Owner *Type
	Get   func(t *Thread, self Object) (Object, error)
	Set   func(t *Thread, self, v Object) error // nil: read-only; v nil: delete
}

// Type returns getset_descriptor.
func (*GetSetDescr) Type() *Type { return GetSetDescrType }

// AddMethod adds a Go method to a built-in type.
func (typ *Type) AddMethod(name string, kind MethodKind, fn MethodFn) {
	m := &MethodDescr{Name: name, Owner: typ, Kind: kind, Fn: fn}
	SetImmortal(m)
	typ.Dict.setStrNoRC(Intern(name), m)
}

// AddGetSet adds a Go attribute to a built-in type.
func (typ *Type) AddGetSet(name string, get func(t *Thread, self Object) (Object, error), set func(t *Thread, self, v Object) error) {
	g := &GetSetDescr{Name: name, Owner: typ, Get: get, Set: set}
	SetImmortal(g)
	typ.Dict.setStrNoRC(Intern(name), g)
}

// AddAttr stores a class attribute of a built-in type.
func (typ *Type) AddAttr(name string, v Object) {
	SetImmortal(v)
	typ.Dict.setStrNoRC(Intern(name), v)
}

// setStrNoRC sets a key at init time, before any thread exists.
func (d *Dict) setStrNoRC(key *Str, v Object) {
	h := key.Hash()
	_, ix := d.findStr(key, h)
	if ix >= 0 {
		d.entries[ix].value = v
		return
	}
	d.insertNew(h, key, v)
}

// Call calls fn(*args, **dict(zip(kw, args[len(args)-len(kw):]))).
func Call(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
	switch f := fn.(type) {
	case *Builtin:
		if f.Method != nil {
			return f.Method(t, f.Self, args, kw)
		}
		return f.Fn(t, args, kw)
	case *MethodDescr:
		return f.CallUnbound(t, args, kw)
	}
	c := fn.Type().Call
	if c == nil {
		return nil, Errorf(t, TypeErrorType, "'%s' object is not callable", fn.Type().Name)
	}
	return c(t, fn, args, kw)
}

// CallUnbound calls a method descriptor taken from the type (str.upper("x")).
func (m *MethodDescr) CallUnbound(t *Thread, args []Object, kw []string) (Object, error) {
	switch m.Kind {
	case StaticMethod:
		return m.Fn(t, nil, args, kw)
	case ClassMethod:
		return m.Fn(t, m.Owner, args, kw)
	}
	if len(args)-len(kw) < 1 {
		return nil, Errorf(t, TypeErrorType, "unbound method %s.%s() needs an argument", m.Owner.Name, m.Name)
	}
	self := args[0]
	if !self.Type().IsSubtype(m.Owner) {
		return nil, Errorf(t, TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			m.Name, m.Owner.Name, self.Type().Name)
	}
	return m.Fn(t, self, args[1:], kw)
}

// Bind returns the bound method for self (which it references).
func (m *MethodDescr) Bind(t *Thread, self Object) *Builtin {
	t.Incref(self)
	return &Builtin{Name: m.Name, Method: m.Fn, Self: self}
}

func init() {
	BuiltinFunctionType.Dealloc = func(t *Thread, o Object) { t.Decref(o.(*Builtin).Self) }
}

// CallMethod calls the method called name on self.
func CallMethod(t *Thread, self Object, name string, args ...Object) (Object, error) {
	fn, err := GetAttr(t, self, Intern(name))
	if err != nil {
		return nil, err
	}
	r, err := Call(t, fn, args, nil)
	if r != fn {
		t.Discard(fn) // a bound method holds a reference to self
	}
	return r, err
}

// Param describes one parameter for UnpackArgs: the name, and whether it is optional.
//
// UnpackArgs binds args/kw to pointers in the style of starlark-go's
// UnpackArgs: pairs of ("name", &var); a name ending in "?" is optional; a
// name starting with "$" is keyword-only... Supported pointer types: *Object,
// *int, *int64, *float64, *string, *bool, **Str, **List, **Dict, **Tuple.
// Optional parameters keep their prior value when absent. None passed for an
// optional *Object parameter is stored as None.
func UnpackArgs(t *Thread, fname string, args []Object, kw []string, pairs ...any) error {
	if len(pairs)%2 != 0 {
		panic("UnpackArgs: odd pairs")
	}
	nparams := len(pairs) / 2
	npos := len(args) - len(kw)
	if npos > nparams {
		required := 0
		for i := 0; i < nparams; i++ {
			n := pairs[2*i].(string)
			if n[len(n)-1] != '?' {
				required++
			}
		}
		if required == nparams {
			return Errorf(t, TypeErrorType, "%s() takes exactly %d argument%s (%d given)", fname, nparams, plural(nparams), npos)
		}
		return Errorf(t, TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, nparams, plural(nparams), npos)
	}
	set := make([]bool, nparams)
	for i := 0; i < npos; i++ {
		if err := unpackOne(t, fname, pairs[2*i].(string), args[i], pairs[2*i+1]); err != nil {
			return err
		}
		set[i] = true
	}
	for k, name := range kw {
		v := args[npos+k]
		found := false
		for i := 0; i < nparams; i++ {
			pn := paramName(pairs[2*i].(string))
			if pn == name {
				if set[i] {
					return Errorf(t, TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
				}
				if err := unpackOne(t, fname, pairs[2*i].(string), v, pairs[2*i+1]); err != nil {
					return err
				}
				set[i] = true
				found = true
				break
			}
		}
		if !found {
			return Errorf(t, TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, name)
		}
	}
	for i := 0; i < nparams; i++ {
		n := pairs[2*i].(string)
		if !set[i] && n[len(n)-1] != '?' {
			return Errorf(t, TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, paramName(n), i+1)
		}
	}
	return nil
}

func paramName(n string) string {
	if n != "" && n[len(n)-1] == '?' {
		n = n[:len(n)-1]
	}
	return n
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func unpackOne(t *Thread, fname, pname string, v Object, ptr any) error {
	switch p := ptr.(type) {
	case *Object:
		*p = v
	case *int:
		n, err := IndexInt(t, v)
		if err != nil {
			return err
		}
		*p = n
	case *int64:
		n, err := IndexInt(t, v)
		if err != nil {
			return err
		}
		*p = int64(n)
	case *float64:
		f, err := ToFloat64(t, v)
		if err != nil {
			return err
		}
		*p = f
	case *string:
		s, ok := v.(*Str)
		if !ok {
			return Errorf(t, TypeErrorType, "%s() argument '%s' must be str, not %s", fname, paramName(pname), v.Type().Name)
		}
		*p = s.s
	case *bool:
		b, err := Truth(t, v)
		if err != nil {
			return err
		}
		*p = b
	case **Str:
		s, ok := strAs(v) // a str subclass instance passes its str value
		if !ok {
			return Errorf(t, TypeErrorType, "%s() argument '%s' must be str, not %s", fname, paramName(pname), v.Type().Name)
		}
		*p = s
	case **List:
		l, ok := v.(*List)
		if !ok {
			return Errorf(t, TypeErrorType, "%s() argument '%s' must be list, not %s", fname, paramName(pname), v.Type().Name)
		}
		*p = l
	case **Dict:
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(t, TypeErrorType, "%s() argument '%s' must be dict, not %s", fname, paramName(pname), v.Type().Name)
		}
		*p = d
	case **Tuple:
		tu, ok := v.(*Tuple)
		if !ok {
			return Errorf(t, TypeErrorType, "%s() argument '%s' must be tuple, not %s", fname, paramName(pname), v.Type().Name)
		}
		*p = tu
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported pointer type %T", ptr))
	}
	return nil
}

// NoKwargs returns a TypeError if kw is not empty (for functions that take no keywords).
func NoKwargs(t *Thread, fname string, kw []string) error {
	if len(kw) > 0 {
		return Errorf(t, TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArgs checks the positional argument count of a function taking no keywords.
func CheckArgs(t *Thread, fname string, args []Object, kw []string, min, max int) error {
	if err := NoKwargs(t, fname, kw); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return Errorf(t, TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return Errorf(t, TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return Errorf(t, TypeErrorType, "%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return Errorf(t, TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	default:
		return Errorf(t, TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
	}
}
