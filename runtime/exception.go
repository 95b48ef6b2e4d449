package runtime

import (
	"fmt"
	"strings"
	"sync/atomic"
)

// Exception is an instance of BaseException or any subclass, built-in or
// user-defined. It is also the Go error that carries a raised Python
// exception through the VM and Go-implemented functions.
type Exception struct {
	Header
	typ             *Type
	Args            *Tuple
	Traceback       []TraceEntry // innermost first: entries are appended as frames unwind
	Cause           Object       // __cause__ or nil
	Context         Object       // __context__ or nil
	SuppressContext bool
	Dict            *Dict // instance attributes (user subclasses, errno, value...)
	// Suggestion is the "Did you mean" text CPython 3.13 appends to a
	// NameError or AttributeError when it prints the traceback (computed by
	// the VM where the error is raised; "" for none).
	Suggestion string

	// tbObj caches the traceback object built from the first tbLen entries
	// of Traceback (see TracebackObject).
	tbObj *TracebackObject
	tbLen int

	// kept holds references to the locals of the frames the exception
	// unwound: as in CPython, where the traceback keeps those frames alive,
	// they are released with the exception (see KeepLocals).
	kept []Object
}

// KeepLocals takes over the references objs hold (the locals of a frame the
// exception unwound) until the exception is released or ReleaseLocals is
// called. An immortal exception does not keep them.
func (e *Exception) KeepLocals(t *Thread, objs []Object) {
	if atomic.LoadInt64(&e.rc) < 0 {
		for _, o := range objs {
			t.Decref(o)
		}
		return
	}
	e.kept = append(e.kept, objs...)
}

// ReleaseLocals drops the references taken by KeepLocals.
func (e *Exception) ReleaseLocals(t *Thread) {
	kept := e.kept
	e.kept = nil
	for _, o := range kept {
		t.Decref(o)
	}
}

// SetExtra sets one of the extra attributes of built-in exceptions (name and
// obj of NameError/AttributeError, ...).
func (e *Exception) SetExtra(t *Thread, name string, v Object) { excSetExtra(t, e, name, v) }

// Extra returns an extra attribute set with SetExtra, or nil.
func (e *Exception) Extra(t *Thread, name string) Object { return excGetExtra(t, e, name) }

// TraceEntry is one line of a traceback: where a frame was when the
// exception passed through it. Col/EndCol (1-based, 0 if unknown) and EndLine
// locate the failing expression for CPython 3.13's caret lines.
type TraceEntry struct {
	Filename string
	Line     int
	Name     string
	EndLine  int
	Col      int
	EndCol   int
	// Lasti is the offset of the failing instruction (tb_lasti), Code the
	// frame's code object and Globals its globals (uncounted, for tb_frame;
	// nil if unknown).
	Lasti   int
	Code    Object
	Globals *Dict
	// Frame is the VM's frame (uncounted, possibly finished and reused):
	// tb_frame consults it while it still runs the same code.
	Frame any
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Error returns "TypeName: message" as the last line of a traceback shows it.
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Message returns str(e) for built-in exceptions with plain args: the single
// argument, or the tuple of arguments.
func (e *Exception) Message() string {
	if e.Args == nil || len(e.Args.Items) == 0 {
		return ""
	}
	if len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			return s.s
		}
	}
	return fmt.Sprint(e.Args.Items)
}

// NewException returns an exception of type typ with the given args.
func NewException(t *Thread, typ *Type, args ...Object) *Exception {
	tu := NewTuple(t, args)
	t.Incref(tu)
	return &Exception{typ: typ, Args: tu}
}

// Errorf returns a new exception of type typ whose single argument is the formatted message.
func Errorf(t *Thread, typ *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return NewException(t, typ, NewStr(msg))
}

// AddTraceback appends a frame's line to the traceback.
func (e *Exception) AddTraceback(filename string, line int, name string) {
	e.Traceback = append(e.Traceback, TraceEntry{Filename: filename, Line: line, Name: name})
}

// AsException returns err as a Python exception; Go errors that are not
// exceptions become SystemError.
func AsException(t *Thread, err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(t, SystemErrorType, "%s", err.Error())
}

// The built-in exception classes.
var (
	BaseExceptionType             = newExceptionType("BaseException", nil)
	BaseExceptionGroupType        = newExceptionType("BaseExceptionGroup", BaseExceptionType)
	SystemExitType                = newExceptionType("SystemExit", BaseExceptionType)
	KeyboardInterruptType         = newExceptionType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType             = newExceptionType("GeneratorExit", BaseExceptionType)
	ExceptionType                 = newExceptionType("Exception", BaseExceptionType)
	StopIterationType             = newExceptionType("StopIteration", ExceptionType)
	StopAsyncIterationType        = newExceptionType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType           = newExceptionType("ArithmeticError", ExceptionType)
	FloatingPointErrorType        = newExceptionType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType             = newExceptionType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType         = newExceptionType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType            = newExceptionType("AssertionError", ExceptionType)
	AttributeErrorType            = newExceptionType("AttributeError", ExceptionType)
	BufferErrorType               = newExceptionType("BufferError", ExceptionType)
	EOFErrorType                  = newExceptionType("EOFError", ExceptionType)
	ImportErrorType               = newExceptionType("ImportError", ExceptionType)
	ModuleNotFoundErrorType       = newExceptionType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType               = newExceptionType("LookupError", ExceptionType)
	IndexErrorType                = newExceptionType("IndexError", LookupErrorType)
	KeyErrorType                  = newExceptionType("KeyError", LookupErrorType)
	MemoryErrorType               = newExceptionType("MemoryError", ExceptionType)
	NameErrorType                 = newExceptionType("NameError", ExceptionType)
	UnboundLocalErrorType         = newExceptionType("UnboundLocalError", NameErrorType)
	OSErrorType                   = newExceptionType("OSError", ExceptionType)
	BlockingIOErrorType           = newExceptionType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = newExceptionType("ChildProcessError", OSErrorType)
	ConnectionErrorType           = newExceptionType("ConnectionError", OSErrorType)
	BrokenPipeErrorType           = newExceptionType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = newExceptionType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = newExceptionType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = newExceptionType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType           = newExceptionType("FileExistsError", OSErrorType)
	FileNotFoundErrorType         = newExceptionType("FileNotFoundError", OSErrorType)
	InterruptedErrorType          = newExceptionType("InterruptedError", OSErrorType)
	IsADirectoryErrorType         = newExceptionType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType        = newExceptionType("NotADirectoryError", OSErrorType)
	PermissionErrorType           = newExceptionType("PermissionError", OSErrorType)
	ProcessLookupErrorType        = newExceptionType("ProcessLookupError", OSErrorType)
	TimeoutErrorType              = newExceptionType("TimeoutError", OSErrorType)
	ReferenceErrorType            = newExceptionType("ReferenceError", ExceptionType)
	RuntimeErrorType              = newExceptionType("RuntimeError", ExceptionType)
	NotImplementedErrorType       = newExceptionType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType            = newExceptionType("RecursionError", RuntimeErrorType)
	PythonFinalizationErrorType   = newExceptionType("PythonFinalizationError", RuntimeErrorType)
	SyntaxErrorType               = newExceptionType("SyntaxError", ExceptionType)
	IndentationErrorType          = newExceptionType("IndentationError", SyntaxErrorType)
	TabErrorType                  = newExceptionType("TabError", IndentationErrorType)
	SystemErrorType               = newExceptionType("SystemError", ExceptionType)
	TypeErrorType                 = newExceptionType("TypeError", ExceptionType)
	ValueErrorType                = newExceptionType("ValueError", ExceptionType)
	UnicodeErrorType              = newExceptionType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType        = newExceptionType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType        = newExceptionType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType     = newExceptionType("UnicodeTranslateError", UnicodeErrorType)
	WarningType                   = newExceptionType("Warning", ExceptionType)
	DeprecationWarningType        = newExceptionType("DeprecationWarning", WarningType)
	PendingDeprecationWarningType = newExceptionType("PendingDeprecationWarning", WarningType)
	RuntimeWarningType            = newExceptionType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newExceptionType("SyntaxWarning", WarningType)
	UserWarningType               = newExceptionType("UserWarning", WarningType)
	FutureWarningType             = newExceptionType("FutureWarning", WarningType)
	ImportWarningType             = newExceptionType("ImportWarning", WarningType)
	UnicodeWarningType            = newExceptionType("UnicodeWarning", WarningType)
	BytesWarningType              = newExceptionType("BytesWarning", WarningType)
	ResourceWarningType           = newExceptionType("ResourceWarning", WarningType)
	EncodingWarningType           = newExceptionType("EncodingWarning", WarningType)
)

// ExceptionTypes lists the built-in exception classes (for the builtins module).
var ExceptionTypes []*Type

func newExceptionType(name string, base *Type) *Type {
	typ := &Type{Name: name, QualName: name, Module: "builtins", Base: base,
		Flags: FlagBaseType | FlagException, Dict: NewDict()}
	if base == nil {
		base = ObjectType
		typ.Base = base
	}
	typ.Bases = []*Type{base}
	typ.MRO = append([]*Type{typ}, base.MRO...)
	ExceptionTypes = append(ExceptionTypes, typ)
	return typ
}

// ExceptionMatches reports whether exc is an instance of typ (a class or a
// tuple of classes).
func ExceptionMatches(exc Object, typ Object) bool {
	switch c := typ.(type) {
	case *Type:
		return exc.Type().IsSubtype(c)
	case *Tuple:
		for _, x := range c.Items {
			if ExceptionMatches(exc, x) {
				return true
			}
		}
	}
	return false
}

// FormatException returns the traceback text CPython prints for an uncaught
// exception, without source lines (the VM adds those).
func FormatException(e *Exception) string {
	var b strings.Builder
	if len(e.Traceback) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			tb := e.Traceback[i]
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", tb.Filename, tb.Line, tb.Name)
		}
	}
	b.WriteString(e.Error())
	b.WriteByte('\n')
	return b.String()
}
