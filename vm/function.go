package vm

import (
	"fmt"
	"strings"
	"unsafe"

	"pyg/compiler"
	"pyg/runtime"
)

// Function is a Python function: a code object with its globals, defaults and closure.
type Function struct {
	runtime.Header
	code       *Code
	globals    *runtime.Dict
	name       runtime.Object // __name__ (a str)
	qualname   runtime.Object // __qualname__ (a str)
	module     runtime.Object // __module__
	doc        runtime.Object // __doc__
	defaults   *runtime.Tuple // __defaults__ or nil
	kwdefaults *runtime.Dict  // __kwdefaults__ or nil
	closure    *runtime.Tuple // cells of the free variables, or nil
	annots     runtime.Object // __annotations__ (nil until asked for)
	annotsFlat bool           // annots is MAKE_FUNCTION's flat (name, ann, ...) tuple
	dict       *runtime.Dict  // __dict__ (nil until an attribute is set)

	// simpleArgs is the number of positional parameters when a call with
	// at most that many positional arguments can fill the frame directly (no
	// *args, **kwargs or keyword-only parameters, not a generator), else -1.
	simpleArgs int
	// immortal: made by top-level code (markTopLevel); no count to change.
	immortal bool
}

// FunctionType is the Python type "function".
var FunctionType = runtime.NewBuiltinType("function", "builtins", nil, 0)

// Type returns function.
func (*Function) Type() *runtime.Type { return FunctionType }

// Code returns the function's code.
func (fn *Function) Code() *Code { return fn.code }

// Globals returns the function's globals dict.
func (fn *Function) Globals() *runtime.Dict { return fn.globals }

// Name returns __name__ as a Go string.
func (fn *Function) Name() string {
	if s, ok := fn.name.(*runtime.Str); ok {
		return s.String()
	}
	return fn.code.Name
}

// QualName returns __qualname__ as a Go string.
func (fn *Function) QualName() string {
	if s, ok := fn.qualname.(*runtime.Str); ok {
		return s.String()
	}
	return fn.code.QualName
}

// NewFunction returns a function running code with the given globals. The
// function takes its own references to globals, defaults, kwdefaults and closure.
func NewFunction(t *runtime.Thread, code *Code, globals *runtime.Dict, defaults *runtime.Tuple, kwdefaults *runtime.Dict, closure *runtime.Tuple) *Function {
	fn := &Function{code: code, globals: globals, defaults: defaults, kwdefaults: kwdefaults, closure: closure}
	incref(t, globals)
	incref(t, defaults)
	incref(t, kwdefaults)
	incref(t, closure)
	fn.init(t)
	return fn
}

// init fills the derived fields (names, module, doc) of a new function.
func (fn *Function) init(t *runtime.Thread) {
	code := fn.code
	fn.name = code.nameStr
	fn.qualname = code.qualStr
	fn.module = runtime.None
	if m, ok := fn.globals.GetStrT(t, strName); ok {
		fn.module = m
		t.Incref(m)
	}
	fn.doc = runtime.None
	if code.docStr != nil {
		fn.doc = code.docStr
	}
	fn.simpleArgs = -1
	if code.flags&(compiler.FlagVarArgs|compiler.FlagVarKeywords|compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) == 0 &&
		code.C.KwOnlyCount == 0 {
		fn.simpleArgs = code.C.ArgCount
	}
}

// holdsNothingMortal reports whether a new function has no closure and no
// keyword defaults, and its defaults (if any) are immortal values (None,
// numbers, constant strs), so that keeping it forever keeps no other object
// alive (no __del__ is postponed).
func (fn *Function) holdsNothingMortal() bool {
	if fn.closure != nil || fn.kwdefaults != nil {
		return false
	}
	if fn.defaults != nil {
		for _, v := range fn.defaults.Items {
			if runtime.RefCount(v) != runtime.RefCount(runtime.None) {
				return false
			}
		}
	}
	return true
}

var (
	strName         = runtime.Intern("__name__")
	strQualName     = runtime.Intern("__qualname__")
	strModule       = runtime.Intern("__module__")
	strDoc          = runtime.Intern("__doc__")
	strBuiltins     = runtime.Intern("__builtins__")
	strFile         = runtime.Intern("__file__")
	strAll          = runtime.Intern("__all__")
	strPath         = runtime.Intern("__path__")
	strPackage      = runtime.Intern("__package__")
	strSpec         = runtime.Intern("__spec__")
	strLoader       = runtime.Intern("__loader__")
	strAnnots       = runtime.Intern("__annotations__")
	strBuildClass   = runtime.Intern("__build_class__")
	strEnter        = runtime.Intern("__enter__")
	strExit         = runtime.Intern("__exit__")
	strSend         = runtime.Intern("send")
	strKeys         = runtime.Intern("keys")
	strDisplay      = runtime.Intern("displayhook")
	strInitializing = runtime.Intern("_initializing")
)

// addr is the address CPython would print in reprs.
func addr(o any) uintptr {
	type iface struct {
		typ, data unsafe.Pointer
	}
	return uintptr((*iface)(unsafe.Pointer(&o)).data)
}

// Call calls the function: binds the arguments into a new frame and runs it
// (or returns a generator for generator functions).
func (fn *Function) Call(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
	ts := getThreadState(t)
	f := ts.newFrame(fn.code)
	f.fn = fn
	t.Incref(fn)
	f.globals = fn.globals
	if err := bindArgs(t, fn, f.slots, args, kw); err != nil {
		ts.releaseFrame(t, f)
		return nil, err
	}
	initCells(t, fn, f)
	if fn.code.flags&(compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) != 0 {
		return newGenerator(t, f), nil
	}
	f.entry = true
	return eval(t, ts, f, nil)
}

// RunWithLocals runs the function's code with locals as its local namespace:
// the body of a class statement (runtime.BodyRunner, used by __build_class__).
func (fn *Function) RunWithLocals(t *runtime.Thread, locals *runtime.Dict) (runtime.Object, error) {
	ts := getThreadState(t)
	f := ts.newFrame(fn.code)
	f.fn = fn
	t.Incref(fn)
	f.globals = fn.globals
	f.locals = locals
	t.Incref(locals)
	initCells(t, fn, f)
	f.entry = true
	return eval(t, ts, f, nil)
}

// initCells creates the frame's cells (moving arguments that are also cells
// into theirs) and copies the closure's cells.
func initCells(t *runtime.Thread, fn *Function, f *Frame) {
	code := fn.code
	if code.ncells == 0 && code.nfree == 0 {
		return
	}
	slots := f.slots
	for i := 0; i < code.ncells; i++ {
		c := &runtime.Cell{}
		if j := code.cell2arg[i]; j >= 0 {
			c.V = slots[j] // the local's reference moves into the cell
			slots[j] = nil
		}
		t.Incref(c)
		slots[code.nlocals+i] = c
	}
	if fn.closure != nil {
		for i := 0; i < code.nfree && i < len(fn.closure.Items); i++ {
			c := fn.closure.Items[i]
			t.Incref(c)
			slots[code.nlocals+code.ncells+i] = c
		}
	}
}

// bindSelfArgs is bindArgs for the arguments self, args... (a method or
// __init__ call), joined without allocating for a few arguments.
// bindSelfSimple is bindSelfArgs for a call with positional arguments only
// that fill fn's parameters directly (Function.simpleArgs), with defaults
// for the rest; it reports false, having done nothing, for any other call.
// With move set, the references of args move into the frame (the caller
// forgets them) instead of being added.
func bindSelfSimple(t *runtime.Thread, fn *Function, slots []runtime.Object, self runtime.Object, args []runtime.Object, move bool) bool {
	n := len(args) + 1
	if n > fn.simpleArgs || n < fn.simpleArgs && !fillDefaults(t, fn, slots, n) {
		return false // (fillDefaults fills nothing when it fails)
	}
	t.Incref(self)
	slots[0] = self
	for i, v := range args {
		if !move {
			switch v.(type) {
			case runtime.Int, runtime.Float, runtime.NoneType, runtime.Bool: // uncounted
			default:
				t.Incref(v)
			}
		}
		slots[i+1] = v
	}
	return true
}

func bindSelfArgs(t *runtime.Thread, fn *Function, slots []runtime.Object, self runtime.Object, args []runtime.Object, kw []string) error {
	var buf [6]runtime.Object
	all := append(buf[:0], self)
	all = append(all, args...)
	return bindArgs(t, fn, slots, all, kw)
}

// bindArgs stores the arguments of a call into a new frame's local slots
// (taking references), with CPython's checks and messages (initialize_locals
// in Python/ceval.c).
func bindArgs(t *runtime.Thread, fn *Function, slots []runtime.Object, args []runtime.Object, kw []string) error {
	code := fn.code
	c := code.C
	argcount := c.ArgCount
	kwonly := c.KwOnlyCount
	total := argcount + kwonly
	npos := len(args) - len(kw)
	n := npos
	if n > argcount {
		n = argcount
	}
	for i := 0; i < n; i++ {
		t.Incref(args[i])
		slots[i] = args[i]
	}
	next := total
	if code.flags&compiler.FlagVarArgs != 0 {
		var rest []runtime.Object
		if npos > argcount {
			rest = append(rest, args[argcount:npos]...)
		} else {
			rest = []runtime.Object{}
		}
		tu := runtime.NewTuple(t, rest)
		incref(t, tu)
		slots[next] = tu
		next++
	}
	var kwdict *runtime.Dict
	if code.flags&compiler.FlagVarKeywords != 0 {
		kwdict = runtime.NewDict()
		t.Incref(kwdict)
		slots[next] = kwdict
	}
	qual := fn.QualName()
	for k, name := range kw {
		v := args[npos+k]
		j := -1
		for i := c.PosOnlyCount; i < total; i++ {
			if c.VarNames[i] == name {
				j = i
				break
			}
		}
		if j < 0 {
			if kwdict == nil {
				if bad := posOnlyPassedAsKeyword(c, kw); bad != "" {
					return runtime.Errorf(t, runtime.TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", qual, bad)
				}
				if sugg := runtime.ClosestName(c.VarNames[:c.ArgCount+c.KwOnlyCount], name); sugg != "" {
					return runtime.Errorf(t, runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", qual, name, sugg)
				}
				return runtime.Errorf(t, runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", qual, name)
			}
			if err := kwdict.SetItem(t, runtime.NewStr(name), v); err != nil {
				return err
			}
			continue
		}
		if slots[j] != nil {
			return runtime.Errorf(t, runtime.TypeErrorType, "%s() got multiple values for argument '%s'", qual, name)
		}
		t.Incref(v)
		slots[j] = v
	}
	if npos > argcount && code.flags&compiler.FlagVarArgs == 0 {
		return tooManyPositional(t, fn, npos, slots)
	}
	if npos < argcount {
		defcount := 0
		if fn.defaults != nil {
			defcount = len(fn.defaults.Items)
		}
		m := argcount - defcount
		missing := 0
		for i := npos; i < m; i++ {
			if slots[i] == nil {
				missing++
			}
		}
		if missing > 0 {
			return missingArguments(t, fn, 0, m, "positional", slots)
		}
		i := 0
		if npos > m {
			i = npos - m
		}
		for ; i < defcount; i++ {
			if slots[m+i] == nil {
				v := fn.defaults.Items[i]
				t.Incref(v)
				slots[m+i] = v
			}
		}
	}
	if kwonly > 0 {
		missing := 0
		for i := argcount; i < total; i++ {
			if slots[i] != nil {
				continue
			}
			if fn.kwdefaults != nil {
				if v, ok := fn.kwdefaults.GetStrT(t, code.varNames[i]); ok {
					t.Incref(v)
					slots[i] = v
					continue
				}
			}
			missing++
		}
		if missing > 0 {
			return missingArguments(t, fn, argcount, total, "keyword-only", slots)
		}
	}
	return nil
}

func posOnlyPassedAsKeyword(c *compiler.Code, kw []string) string {
	var bad []string
	for i := 0; i < c.PosOnlyCount; i++ {
		for _, name := range kw {
			if name == c.VarNames[i] {
				bad = append(bad, name)
				break
			}
		}
	}
	return strings.Join(bad, ", ")
}

func tooManyPositional(t *runtime.Thread, fn *Function, given int, slots []runtime.Object) error {
	c := fn.code.C
	kwonlyGiven := 0
	for i := c.ArgCount; i < c.ArgCount+c.KwOnlyCount; i++ {
		if slots[i] != nil {
			kwonlyGiven++
		}
	}
	defcount := 0
	if fn.defaults != nil {
		defcount = len(fn.defaults.Items)
	}
	var sig string
	plural := true
	if defcount > 0 {
		sig = fmt.Sprintf("from %d to %d", c.ArgCount-defcount, c.ArgCount)
	} else {
		plural = c.ArgCount != 1
		sig = fmt.Sprint(c.ArgCount)
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", pluralS(given != 1), kwonlyGiven, pluralS(kwonlyGiven != 1))
	}
	was := "were"
	if given == 1 && kwonlyGiven == 0 {
		was = "was"
	}
	return runtime.Errorf(t, runtime.TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given",
		fn.QualName(), sig, pluralS(plural), given, kwonlySig, was)
}

func pluralS(b bool) string {
	if b {
		return "s"
	}
	return ""
}

func missingArguments(t *runtime.Thread, fn *Function, start, end int, kind string, slots []runtime.Object) error {
	var names []string
	for i := start; i < end; i++ {
		if slots[i] == nil {
			names = append(names, runtime.QuoteStr(fn.code.C.VarNames[i]))
		}
	}
	var s string
	switch len(names) {
	case 1:
		s = names[0]
	case 2:
		s = names[0] + " and " + names[1]
	default:
		s = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
	}
	return runtime.Errorf(t, runtime.TypeErrorType, "%s() missing %d required %s argument%s: %s",
		fn.QualName(), len(names), kind, pluralS(len(names) != 1), s)
}

func init() {
	FunctionType.Flags |= runtime.FlagMethodDescriptor
	FunctionType.Call = func(t *runtime.Thread, o runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return o.(*Function).Call(t, args, kw)
	}
	FunctionType.DescrGet = func(t *runtime.Thread, descr, obj runtime.Object, typ *runtime.Type) (runtime.Object, error) {
		if obj == nil {
			return descr, nil
		}
		return runtime.NewMethod(descr, obj), nil
	}
	FunctionType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fn := o.(*Function)
		return runtime.NewStr(fmt.Sprintf("<function %s at %#x>", fn.QualName(), addr(fn))), nil
	}
	FunctionType.Hash = func(t *runtime.Thread, o runtime.Object) (int64, error) {
		return int64(addr(o) >> 4), nil
	}
	FunctionType.GetAttr = func(t *runtime.Thread, o runtime.Object, name *runtime.Str) (runtime.Object, error) {
		return runtime.GenericGetAttr(t, o, name, o.(*Function).dict)
	}
	FunctionType.SetAttr = func(t *runtime.Thread, o runtime.Object, name *runtime.Str, v runtime.Object) error {
		fn := o.(*Function)
		if fn.dict == nil {
			fn.dict = runtime.NewDict()
			t.Incref(fn.dict)
		}
		return runtime.GenericSetAttr(t, o, name, v, fn.dict)
	}
	FunctionType.Dealloc = func(t *runtime.Thread, o runtime.Object) {
		fn := o.(*Function)
		if debugDealloc {
			println("dealloc function", fn.QualName())
		}
		for _, p := range []*runtime.Object{&fn.name, &fn.qualname, &fn.module, &fn.doc, &fn.annots} {
			t.Decref(*p)
			*p = nil
		}
		decref(t, fn.globals)
		decref(t, fn.defaults)
		decref(t, fn.kwdefaults)
		decref(t, fn.closure)
		decref(t, fn.dict)
		fn.defaults, fn.kwdefaults, fn.closure, fn.dict = nil, nil, nil, nil
	}
	type get = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error)
	type set = func(t *runtime.Thread, o, v runtime.Object) error
	setRef := func(t *runtime.Thread, p *runtime.Object, v runtime.Object) {
		if v == nil {
			v = runtime.None
		}
		t.Incref(v)
		old := *p
		*p = v
		t.Decref(old)
	}
	orNone := func(o runtime.Object) runtime.Object {
		if o == nil {
			return runtime.None
		}
		return o
	}
	strAttr := func(name string, field func(fn *Function) *runtime.Object) {
		FunctionType.AddGetSet(name, func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
			return *field(o.(*Function)), nil
		}, func(t *runtime.Thread, o, v runtime.Object) error {
			if _, ok := v.(*runtime.Str); !ok {
				return runtime.Errorf(t, runtime.TypeErrorType, "%s must be set to a string object", name)
			}
			setRef(t, field(o.(*Function)), v)
			return nil
		})
	}
	strAttr("__name__", func(fn *Function) *runtime.Object { return &fn.name })
	strAttr("__qualname__", func(fn *Function) *runtime.Object { return &fn.qualname })
	FunctionType.AddGetSet("__module__", get(func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return o.(*Function).module, nil
	}), set(func(t *runtime.Thread, o, v runtime.Object) error {
		setRef(t, &o.(*Function).module, v)
		return nil
	}))
	FunctionType.AddGetSet("__doc__", get(func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return o.(*Function).doc, nil
	}), set(func(t *runtime.Thread, o, v runtime.Object) error {
		setRef(t, &o.(*Function).doc, v)
		return nil
	}))
	FunctionType.AddGetSet("__code__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return o.(*Function).code, nil
	}, nil)
	FunctionType.AddGetSet("__globals__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return o.(*Function).globals, nil
	}, nil)
	FunctionType.AddGetSet("__builtins__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return t.Interp.Builtins, nil
	}, nil)
	FunctionType.AddGetSet("__closure__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		if c := o.(*Function).closure; c != nil {
			return c, nil
		}
		return runtime.None, nil
	}, nil)
	FunctionType.AddGetSet("__defaults__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		if d := o.(*Function).defaults; d != nil {
			return d, nil
		}
		return runtime.None, nil
	}, func(t *runtime.Thread, o, v runtime.Object) error {
		fn := o.(*Function)
		var tu *runtime.Tuple
		if v != nil && v != runtime.None {
			var ok bool
			if tu, ok = v.(*runtime.Tuple); !ok {
				return runtime.Errorf(t, runtime.TypeErrorType, "__defaults__ must be set to a tuple object")
			}
		}
		incref(t, tu)
		decref(t, fn.defaults)
		fn.defaults = tu
		return nil
	})
	FunctionType.AddGetSet("__kwdefaults__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		if d := o.(*Function).kwdefaults; d != nil {
			return d, nil
		}
		return runtime.None, nil
	}, func(t *runtime.Thread, o, v runtime.Object) error {
		fn := o.(*Function)
		var d *runtime.Dict
		if v != nil && v != runtime.None {
			var ok bool
			if d, ok = v.(*runtime.Dict); !ok {
				return runtime.Errorf(t, runtime.TypeErrorType, "__kwdefaults__ must be set to a dict object")
			}
		}
		incref(t, d)
		decref(t, fn.kwdefaults)
		fn.kwdefaults = d
		return nil
	})
	FunctionType.AddGetSet("__annotations__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fn := o.(*Function)
		if fn.annots == nil || fn.annots == runtime.None {
			setRef(t, &fn.annots, runtime.NewDict())
		} else if fn.annotsFlat {
			fn.annotsFlat = false
			d := runtime.NewDict()
			if tu, ok := fn.annots.(*runtime.Tuple); ok {
				for i := 0; i+1 < len(tu.Items); i += 2 {
					if err := d.SetItem(t, tu.Items[i], tu.Items[i+1]); err != nil {
						return nil, err
					}
				}
			}
			setRef(t, &fn.annots, d)
		}
		return fn.annots, nil
	}, func(t *runtime.Thread, o, v runtime.Object) error {
		fn := o.(*Function)
		if _, ok := v.(*runtime.Dict); !ok && v != nil && v != runtime.None {
			return runtime.Errorf(t, runtime.TypeErrorType, "__annotations__ must be set to a dict object")
		}
		fn.annotsFlat = false
		if v == nil || v == runtime.None {
			old := fn.annots
			fn.annots = nil
			t.Decref(old)
			return nil
		}
		setRef(t, &fn.annots, v)
		return nil
	})
	FunctionType.AddGetSet("__dict__", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fn := o.(*Function)
		if fn.dict == nil {
			fn.dict = runtime.NewDict()
			t.Incref(fn.dict)
		}
		return fn.dict, nil
	}, nil)
	_ = orNone

}

// incref and decref count a reference held in a typed pointer field, which
// may be nil.
func incref[T interface {
	*E
	runtime.Object
}, E any](t *runtime.Thread, p T) {
	if p != nil {
		t.Incref(p)
	}
}

func decref[T interface {
	*E
	runtime.Object
}, E any](t *runtime.Thread, p T) {
	if p != nil {
		t.Decref(p)
	}
}

var debugDealloc = false

// simpleKind reports whether calling fn runs its code (not a generator or coroutine).
func (fn *Function) simpleKind() bool {
	return fn.code.flags&(compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) == 0
}
