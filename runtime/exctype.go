package runtime

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"syscall"
)

// This file implements the behaviour of BaseException and its subclasses:
// construction, args, str and repr, the chaining attributes, and the extra
// attributes of StopIteration, SystemExit, OSError, ImportError, NameError,
// AttributeError and UnicodeDecodeError.

// excDictMu guards the creation of exceptions' attribute dicts on demand.
var excDictMu sync.Mutex

// excDict returns e's attribute dict, making one if create is set.
func excDict(e *Exception, create bool) *Dict {
	excDictMu.Lock()
	d := e.Dict
	if d == nil && create {
		d = newOwnedDict()
		e.Dict = d
	}
	excDictMu.Unlock()
	return d
}

// excGetExtra returns an attribute stored in e's dict (nil if absent).
func excGetExtra(t *Thread, e *Exception, name string) Object {
	d := excDict(e, false)
	if d == nil {
		return nil
	}
	v, _ := d.GetStrT(t, Intern(name))
	return v
}

func excSetExtra(t *Thread, e *Exception, name string, v Object) {
	d := excDict(e, true)
	if v == nil {
		d.DelStr(t, Intern(name))
		return
	}
	d.SetStr(t, Intern(name), v)
}

// excRelease drops the references an exception holds. The fields keep their
// values: exceptions also travel as Go errors, so Go code may still read a
// dead exception. For the same reason its attribute dict keeps its entries
// when the exception held the last reference to it: the dict dies (becomes
// uncounted) and drops the references of its keys and values.
func excRelease(t *Thread, e *Exception) {
	e.ReleaseLocals(t)
	if d := e.Dict; dropOwnedDict(t, d) {
		SetImmortal(d)
		deallocDict(t, d)
	}
	t.Decref(e.Args)
	t.Decref(e.Cause)
	t.Decref(e.Context)
}

// newExceptionInstance returns an exception of class typ with args (the
// exception takes a reference to args).
func newExceptionInstance(t *Thread, typ *Type, args *Tuple) *Exception {
	e := &Exception{typ: typ, Args: args}
	if args != nil {
		t.Incref(args)
	}
	if typ.Flags&FlagHeapType != 0 {
		e.Dict = newOwnedDict()
	}
	return e
}

// excNew is BaseException.__new__: it stores the positional arguments.
func excNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	pos := args[:len(args)-len(kw)]
	if typ == OSErrorType && len(pos) >= 2 {
		if n, ok := pos[0].(Int); ok {
			if sub := osErrorSubclass(syscall.Errno(n)); sub != nil {
				typ = sub
			}
		}
	}
	if typ.IsSubtype(OSErrorType) {
		return oserrorNew(t, typ, pos), nil
	}
	return newExceptionInstance(t, typ, NewTuple(t, append([]Object(nil), pos...))), nil
}

func excSetArgs(t *Thread, e *Exception, args []Object) {
	old := e.Args
	nt := NewTuple(t, append([]Object(nil), args...))
	t.Incref(nt)
	e.Args = nt
	t.Decref(old)
}

// excInit is BaseException.__init__: it replaces args.
func excInit(t *Thread, self Object, args []Object, kw []string) error {
	e, ok := self.(*Exception)
	if !ok {
		return Errorf(t, TypeErrorType, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", TypeName(self))
	}
	typ := e.typ
	pos := args[:len(args)-len(kw)]
	// keyword arguments some exceptions accept
	var allowed []string
	switch {
	case typ.IsSubtype(ImportErrorType):
		allowed = []string{"name", "path", "name_from"}
	case typ.IsSubtype(AttributeErrorType):
		allowed = []string{"name", "obj"}
	case typ.IsSubtype(NameErrorType):
		allowed = []string{"name"}
	}
	for i, k := range kw {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			if allowed == nil {
				return Errorf(t, TypeErrorType, "%s() takes no keyword arguments", typ.Name)
			}
			return Errorf(t, TypeErrorType, "%s() got an unexpected keyword argument '%s'", typ.Name, k)
		}
		excSetExtra(t, e, k, args[len(pos)+i])
	}
	if typ.IsSubtype(OSErrorType) {
		oserrorInit(t, e, pos)
		return nil
	}
	excSetArgs(t, e, pos)
	if typ.IsSubtype(ImportErrorType) && len(pos) == 1 {
		excSetExtra(t, e, "msg", pos[0])
	}
	return nil
}

func excArgs(e *Exception) []Object {
	if e.Args == nil {
		return nil
	}
	return e.Args.Items
}

// excRepr is BaseException.__repr__: "ValueError('x')", "E(1, 2)".
func excRepr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	args := excArgs(e)
	name := e.typ.Name
	if len(args) == 1 {
		r, err := Repr(t, args[0])
		if err != nil {
			return nil, err
		}
		return NewStr(name + "(" + r.s + ")"), nil
	}
	r, err := Repr(t, NewTuple(t, args))
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return NewStr(name + "()"), nil
	}
	return NewStr(name + r.s), nil
}

// excStr is BaseException.__str__ with the special cases of KeyError,
// OSError, UnicodeDecodeError and SyntaxError.
func excStr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	args := excArgs(e)
	typ := e.typ
	switch {
	case typ.IsSubtype(KeyErrorType):
		if len(args) == 1 {
			return Repr(t, args[0])
		}
	case typ.IsSubtype(OSErrorType):
		if s, ok, err := oserrorStr(t, e); ok || err != nil {
			return s, err
		}
	case typ.IsSubtype(UnicodeDecodeErrorType) || typ.IsSubtype(UnicodeEncodeErrorType):
		if s, ok := unicodeErrorStr(t, e); ok {
			return s, nil
		}
	case typ.IsSubtype(SyntaxErrorType):
		if s, ok := syntaxErrorStr(t, e); ok {
			return s, nil
		}
	}
	switch len(args) {
	case 0:
		return emptyStr, nil
	case 1:
		return ToStr(t, args[0])
	}
	return ToStr(t, NewTuple(t, args))
}

func excGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	return GenericGetAttr(t, o, name, excDict(o.(*Exception), false))
}

func excSetAttr(t *Thread, o Object, name *Str, v Object) error {
	return GenericSetAttr(t, o, name, v, excDict(o.(*Exception), true))
}

func excDealloc(t *Thread, o Object) { excRelease(t, o.(*Exception)) }

// oserror: errno, strerror, filename, filename2 (Objects/exceptions.c).
func oserrorNew(t *Thread, typ *Type, pos []Object) *Exception {
	e := newExceptionInstance(t, typ, nil)
	oserrorInit(t, e, pos)
	return e
}

func oserrorInit(t *Thread, e *Exception, pos []Object) {
	args := pos
	if len(pos) >= 2 && len(pos) <= 5 {
		if len(pos) >= 3 && pos[2] != None {
			excSetExtra(t, e, "filename", pos[2])
			if len(pos) >= 5 && pos[4] != None {
				excSetExtra(t, e, "filename2", pos[4])
			}
			args = pos[:2]
		}
	}
	excSetArgs(t, e, args)
}

func oserrorErrno(e *Exception) (errno, strerror Object) {
	args := excArgs(e)
	if len(args) >= 2 && len(args) <= 5 {
		return args[0], args[1]
	}
	return None, None
}

func oserrorStr(t *Thread, e *Exception) (Object, bool, error) {
	errno, strerror := oserrorErrno(e)
	if v := excGetExtra(t, e, "errno"); v != nil {
		errno = v
	}
	if v := excGetExtra(t, e, "strerror"); v != nil {
		strerror = v
	}
	fn := excGetExtra(t, e, "filename")
	if fn != nil && fn != None {
		fr, err := Repr(t, fn)
		if err != nil {
			return nil, true, err
		}
		es, _ := ToStr(t, errno)
		ss, _ := ToStr(t, strerror)
		if fn2 := excGetExtra(t, e, "filename2"); fn2 != nil && fn2 != None {
			f2, err := Repr(t, fn2)
			if err != nil {
				return nil, true, err
			}
			return NewStr(fmt.Sprintf("[Errno %s] %s: %s -> %s", es.s, ss.s, fr.s, f2.s)), true, nil
		}
		return NewStr(fmt.Sprintf("[Errno %s] %s: %s", es.s, ss.s, fr.s)), true, nil
	}
	if errno != None && strerror != None {
		es, _ := ToStr(t, errno)
		ss, _ := ToStr(t, strerror)
		return NewStr(fmt.Sprintf("[Errno %s] %s", es.s, ss.s)), true, nil
	}
	return nil, false, nil
}

func osErrorSubclass(n syscall.Errno) *Type {
	switch n {
	case syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS:
		return BlockingIOErrorType
	case syscall.ECHILD:
		return ChildProcessErrorType
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeErrorType
	case syscall.ECONNABORTED:
		return ConnectionAbortedErrorType
	case syscall.ECONNREFUSED:
		return ConnectionRefusedErrorType
	case syscall.ECONNRESET:
		return ConnectionResetErrorType
	case syscall.EEXIST:
		return FileExistsErrorType
	case syscall.ENOENT:
		return FileNotFoundErrorType
	case syscall.EISDIR:
		return IsADirectoryErrorType
	case syscall.ENOTDIR:
		return NotADirectoryErrorType
	case syscall.EINTR:
		return InterruptedErrorType
	case syscall.EACCES, syscall.EPERM:
		return PermissionErrorType
	case syscall.ESRCH:
		return ProcessLookupErrorType
	case syscall.ETIMEDOUT:
		return TimeoutErrorType
	}
	return nil
}

// strerror is C's strerror text for a Go errno ("No such file or directory").
func strerror(n syscall.Errno) string {
	s := n.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// OSErrorFromGo converts an error of the os package into the matching
// OSError subclass ("[Errno 2] No such file or directory: 'x'"); filename
// may be empty.
func OSErrorFromGo(t *Thread, err error, filename string) *Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		case errors.Is(err, os.ErrClosed):
			return Errorf(t, ValueErrorType, "I/O operation on closed file.")
		default:
			return Errorf(t, OSErrorType, "%s", err.Error())
		}
	}
	typ := osErrorSubclass(errno)
	if typ == nil {
		typ = OSErrorType
	}
	args := []Object{Int(errno), NewStr(strerror(errno))}
	if filename != "" {
		args = append(args, NewStr(filename))
	}
	return oserrorNew(t, typ, args)
}

func unicodeErrorStr(t *Thread, e *Exception) (Object, bool) {
	args := excArgs(e)
	if len(args) != 5 {
		return nil, false
	}
	enc, ok1 := args[0].(*Str)
	start, ok2 := args[2].(Int)
	end, ok3 := args[3].(Int)
	reason, ok4 := args[4].(*Str)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, false
	}
	if e.typ.IsSubtype(UnicodeDecodeErrorType) {
		var b byte
		if n, err := Len(t, args[1]); err == nil && int(start) < n {
			if v, err := GetItem(t, args[1], start); err == nil {
				if iv, ok := v.(Int); ok {
					b = byte(iv)
				}
			}
		}
		if end == start+1 {
			return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc.s, b, start, reason.s)), true
		}
		return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc.s, start, end-1, reason.s)), true
	}
	if s, ok := args[1].(*Str); ok && int(start) < s.Len() {
		r := s.Runes()[start]
		var cs string
		switch {
		case r < 0x100:
			cs = fmt.Sprintf("\\x%02x", r)
		case r < 0x10000:
			cs = fmt.Sprintf("\\u%04x", r)
		default:
			cs = fmt.Sprintf("\\U%08x", r)
		}
		if end == start+1 {
			return NewStr(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc.s, cs, start, reason.s)), true
		}
		return NewStr(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc.s, start, end-1, reason.s)), true
	}
	return nil, false
}

func syntaxErrorStr(t *Thread, e *Exception) (Object, bool) {
	args := excArgs(e)
	if len(args) != 2 {
		return nil, false
	}
	msg, err := ToStr(t, args[0])
	if err != nil {
		return nil, false
	}
	info, ok := args[1].(*Tuple)
	if !ok || len(info.Items) < 2 {
		return msg, true
	}
	fn, _ := info.Items[0].(*Str)
	line, _ := info.Items[1].(Int)
	switch {
	case fn != nil && line > 0:
		base := fn.s
		if i := strings.LastIndexByte(base, '/'); i >= 0 {
			base = base[i+1:]
		}
		return NewStr(fmt.Sprintf("%s (%s, line %d)", msg.s, base, line)), true
	case fn != nil:
		return NewStr(fmt.Sprintf("%s (%s)", msg.s, fn.s)), true
	case line > 0:
		return NewStr(fmt.Sprintf("%s (line %d)", msg.s, line)), true
	}
	return msg, true
}

// excSelf checks the self of an exception method.
func excSelf(t *Thread, self Object, method string) (*Exception, error) {
	e, ok := self.(*Exception)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "descriptor '%s' requires a 'BaseException' object but received a '%s'", method, TypeName(self))
	}
	return e, nil
}

// extraGetSet adds an attribute stored in the exception's dict, with a
// default computed from the exception when it was never set.
func extraGetSet(typ *Type, name string, def func(t *Thread, e *Exception) Object) {
	typ.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
		e, err := excSelf(t, self, name)
		if err != nil {
			return nil, err
		}
		if v := excGetExtra(t, e, name); v != nil {
			return v, nil
		}
		if def != nil {
			return def(t, e), nil
		}
		return None, nil
	}, func(t *Thread, self, v Object) error {
		e, err := excSelf(t, self, name)
		if err != nil {
			return err
		}
		if v == nil {
			v = None
		}
		excSetExtra(t, e, name, v)
		return nil
	})
}

func argOrNone(i int) func(t *Thread, e *Exception) Object {
	return func(t *Thread, e *Exception) Object {
		if args := excArgs(e); len(args) > i {
			return args[i]
		}
		return None
	}
}

func init() {
	for _, typ := range ExceptionTypes {
		typ.New = excNew
		typ.Init = excInit
		typ.Repr = excRepr
		typ.Str = excStr
		typ.GetAttr = excGetAttr
		typ.SetAttr = excSetAttr
		typ.Dealloc = excDealloc
		typ.Hash = objectHash
		typ.Compare = objectCompare
	}
	b := BaseExceptionType
	b.Doc = "Common base class for all exceptions"
	b.AddMethod("__new__", StaticMethod, func(t *Thread, _ Object, args []Object, kw []string) (Object, error) {
		if len(args)-len(kw) < 1 {
			return nil, Errorf(t, TypeErrorType, "BaseException.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok || !typ.IsSubtype(BaseExceptionType) {
			return nil, Errorf(t, TypeErrorType, "BaseException.__new__(X): X is not a subtype of BaseException")
		}
		return excNew(t, typ, args[1:], kw)
	})
	b.AddMethod("__init__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		return None, excInit(t, self, args, kw)
	})
	b.AddMethod("__repr__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if _, err := excSelf(t, self, "__repr__"); err != nil {
			return nil, err
		}
		return excRepr(t, self)
	})
	b.AddMethod("__str__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if _, err := excSelf(t, self, "__str__"); err != nil {
			return nil, err
		}
		return excStr(t, self)
	})
	b.AddMethod("__reduce__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		e, err := excSelf(t, self, "__reduce__")
		if err != nil {
			return nil, err
		}
		a := e.Args
		if a == nil {
			a = NewTuple(t, nil)
		}
		if d := excDict(e, false); d != nil && d.Len() > 0 {
			return NewTuple(t, []Object{e.typ, a, d}), nil
		}
		return NewTuple(t, []Object{e.typ, a}), nil
	})
	b.AddMethod("__setstate__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "__setstate__", args, kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := excSelf(t, self, "__setstate__")
		if err != nil {
			return nil, err
		}
		if d, ok := args[0].(*Dict); ok {
			keys, vals := d.Items(t)
			for i, k := range keys {
				name, err := attrNameArg(t, k)
				if err != nil {
					return nil, err
				}
				if err := excSetAttr(t, e, name, vals[i]); err != nil {
					return nil, err
				}
			}
		}
		return None, nil
	})
	b.AddMethod("with_traceback", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "with_traceback", args, kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := excSelf(t, self, "with_traceback")
		if err != nil {
			return nil, err
		}
		if err := e.SetTracebackObject(t, args[0]); err != nil {
			return nil, err
		}
		return e, nil
	})
	b.AddMethod("add_note", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, "add_note", args, kw, 1, 1); err != nil {
			return nil, err
		}
		e, err := excSelf(t, self, "add_note")
		if err != nil {
			return nil, err
		}
		if _, ok := args[0].(*Str); !ok {
			return nil, Errorf(t, TypeErrorType, "note must be a str, not '%s'", TypeName(args[0]))
		}
		notes := excGetExtra(t, e, "__notes__")
		if notes == nil {
			notes = NewList(t, nil)
			excSetExtra(t, e, "__notes__", notes)
		}
		l, ok := notes.(*List)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		t.Incref(args[0])
		t.Lock(&l.Mu)
		l.Items = append(l.Items, args[0])
		t.Unlock(&l.Mu)
		return None, nil
	})
	b.AddGetSet("args", func(t *Thread, self Object) (Object, error) {
		e, err := excSelf(t, self, "args")
		if err != nil {
			return nil, err
		}
		if e.Args == nil {
			return NewTuple(t, nil), nil
		}
		return e.Args, nil
	}, func(t *Thread, self, v Object) error {
		e, err := excSelf(t, self, "args")
		if err != nil {
			return err
		}
		if v == nil {
			return Errorf(t, TypeErrorType, "args may not be deleted")
		}
		items, err := iterateToSlice(t, v)
		if err != nil {
			return err
		}
		excSetArgs(t, e, items)
		return nil
	})
	b.AddGetSet("__traceback__", func(t *Thread, self Object) (Object, error) {
		e, err := excSelf(t, self, "__traceback__")
		if err != nil {
			return nil, err
		}
		return e.TracebackObject(t), nil
	}, func(t *Thread, self, v Object) error {
		e, err := excSelf(t, self, "__traceback__")
		if err != nil {
			return err
		}
		if v == nil {
			return Errorf(t, TypeErrorType, "__traceback__ may not be deleted")
		}
		return e.SetTracebackObject(t, v)
	})
	chain := func(name string, get func(e *Exception) *Object, suppress bool) {
		b.AddGetSet(name, func(t *Thread, self Object) (Object, error) {
			e, err := excSelf(t, self, name)
			if err != nil {
				return nil, err
			}
			if v := *get(e); v != nil {
				return v, nil
			}
			return None, nil
		}, func(t *Thread, self, v Object) error {
			e, err := excSelf(t, self, name)
			if err != nil {
				return err
			}
			if v == nil {
				return Errorf(t, TypeErrorType, "%s may not be deleted", name)
			}
			if v != None && !v.Type().IsSubtype(BaseExceptionType) {
				return Errorf(t, TypeErrorType, "exception %s must be None or derive from BaseException", strings.Trim(name, "_"))
			}
			if v == None {
				v = nil
			}
			t.Incref(v)
			p := get(e)
			old := *p
			*p = v
			t.Decref(old)
			if suppress {
				e.SuppressContext = true
			}
			return nil
		})
	}
	chain("__cause__", func(e *Exception) *Object { return &e.Cause }, true)
	chain("__context__", func(e *Exception) *Object { return &e.Context }, false)
	b.AddGetSet("__suppress_context__", func(t *Thread, self Object) (Object, error) {
		e, err := excSelf(t, self, "__suppress_context__")
		if err != nil {
			return nil, err
		}
		return NewBool(e.SuppressContext), nil
	}, func(t *Thread, self, v Object) error {
		e, err := excSelf(t, self, "__suppress_context__")
		if err != nil {
			return err
		}
		if v == nil {
			v = False
		}
		s, err := Truth(t, v)
		e.SuppressContext = s
		return err
	})
	b.AddGetSet("__dict__", instanceDictGet, nil)

	StopIterationType.AddGetSet("value", func(t *Thread, self Object) (Object, error) {
		e, err := excSelf(t, self, "value")
		if err != nil {
			return nil, err
		}
		if v := excGetExtra(t, e, "value"); v != nil {
			return v, nil
		}
		return argOrNone(0)(t, e), nil
	}, func(t *Thread, self, v Object) error {
		e, err := excSelf(t, self, "value")
		if err != nil {
			return err
		}
		excSetExtra(t, e, "value", v)
		return nil
	})
	extraGetSet(StopAsyncIterationType, "value", argOrNone(0))
	extraGetSet(SystemExitType, "code", func(t *Thread, e *Exception) Object {
		switch args := excArgs(e); len(args) {
		case 0:
			return None
		case 1:
			return args[0]
		default:
			return e.Args
		}
	})
	extraGetSet(OSErrorType, "errno", func(t *Thread, e *Exception) Object { n, _ := oserrorErrno(e); return n })
	extraGetSet(OSErrorType, "strerror", func(t *Thread, e *Exception) Object { _, s := oserrorErrno(e); return s })
	extraGetSet(OSErrorType, "filename", nil)
	extraGetSet(OSErrorType, "filename2", nil)
	extraGetSet(ImportErrorType, "name", nil)
	extraGetSet(ImportErrorType, "path", nil)
	extraGetSet(ImportErrorType, "msg", argOrNone(0))
	extraGetSet(NameErrorType, "name", nil)
	extraGetSet(AttributeErrorType, "name", nil)
	extraGetSet(AttributeErrorType, "obj", nil)
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		extraGetSet(UnicodeDecodeErrorType, n, argOrNone(i))
		extraGetSet(UnicodeEncodeErrorType, n, argOrNone(i))
	}
	for i, n := range []string{"msg", "filename", "lineno", "offset", "text"} {
		i := i
		if i == 0 {
			extraGetSet(SyntaxErrorType, n, argOrNone(0))
			continue
		}
		extraGetSet(SyntaxErrorType, n, func(t *Thread, e *Exception) Object {
			args := excArgs(e)
			if len(args) == 2 {
				if info, ok := args[1].(*Tuple); ok && len(info.Items) > i-1 {
					return info.Items[i-1]
				}
			}
			return None
		})
	}
	for name, doc := range excDocs {
		for _, typ := range ExceptionTypes {
			if typ.Name == name {
				typ.Doc = doc
			}
		}
	}
}

var excDocs = map[string]string{
	"Exception":         "Common base class for all non-exit exceptions.",
	"ValueError":        "Inappropriate argument value (of correct type).",
	"TypeError":         "Inappropriate argument type.",
	"KeyError":          "Mapping key not found.",
	"IndexError":        "Sequence index out of range.",
	"RuntimeError":      "Unspecified run-time error.",
	"AttributeError":    "Attribute not found.",
	"NameError":         "Name not found globally.",
	"StopIteration":     "Signal the end from iterator.__next__().",
	"ZeroDivisionError": "Second argument to a division or modulo operation was zero.",
	"OSError":           "Base class for I/O related errors.",
}

// iterateToSlice collects the items of an iterable.
func iterateToSlice(t *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *Tuple:
		return append([]Object(nil), v.Items...), nil
	case *List:
		t.Lock(&v.Mu)
		items := append([]Object(nil), v.Items...)
		t.Unlock(&v.Mu)
		return items, nil
	}
	it, err := Iter(t, o)
	if err != nil {
		return nil, err
	}
	var items []Object
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}
