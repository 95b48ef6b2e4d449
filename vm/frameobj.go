package vm

import (
	"fmt"

	"pyg/compiler"
	"pyg/runtime"
)

// FrameObject is the Python-visible "frame" object: a minimal stand-in for
// CPython's, made by sys._getframe (from a running frame) and for the
// tb_frame of traceback objects (from a traceback entry). VM frames are
// recycled when they return, so it keeps what it shows (code, line,
// globals) and consults the running frame only while that frame still runs.
type FrameObject struct {
	runtime.Header
	code    *Code
	line    int
	lasti   int
	globals *runtime.Dict
	locals  runtime.Object // f_locals when known without the running frame
	live    *Frame         // the running frame it was made from, or nil
	owner   *runtime.Thread
	back    runtime.Object // f_back, once computed
}

// FrameType is the Python type "frame".
var FrameType = runtime.NewBuiltinType("frame", "builtins", nil, 0)

// Type returns frame.
func (*FrameObject) Type() *runtime.Type { return FrameType }

// newFrameObject describes the running frame f of thread t.
func newFrameObject(t *runtime.Thread, f *Frame) *FrameObject {
	fo := &FrameObject{code: f.code, line: f.Line(), lasti: frameLasti(f), globals: f.globals, live: f, owner: t}
	if f.locals != nil {
		fo.locals = f.locals
	}
	return fo
}

func frameLasti(f *Frame) int {
	if f.pc <= 0 {
		return 0
	}
	return 2 * (f.pc - 1)
}

// visibleFrame skips the frames of inlined comprehensions, which CPython
// 3.12+ runs in their caller's frame.
func visibleFrame(f *Frame) *Frame {
	for f != nil && f.code.C.Flags&compiler.FlagInlined != 0 && f.back != nil {
		f = f.back
	}
	return f
}

// running returns the frame fo was made from if it still runs on the calling
// thread (it is on the thread's frame chain with the same code), else nil.
func (fo *FrameObject) running(t *runtime.Thread) *Frame {
	if fo.live == nil || t != fo.owner {
		return nil
	}
	for f := CurrentFrame(t); f != nil; f = f.back {
		if f == fo.live {
			if f.code == fo.code {
				return f
			}
			return nil
		}
	}
	return nil
}

// traceFrame builds tb_frame for a traceback entry. The frame has finished
// (or is handling the exception): its fast locals are not kept, so f_locals
// is the globals for module code and an empty dict otherwise.
func traceFrame(t *runtime.Thread, en *runtime.TraceEntry) runtime.Object {
	code, _ := en.Code.(*Code)
	if code == nil {
		code = Load(&compiler.Code{Name: en.Name, QualName: en.Name, Filename: en.Filename, FirstLine: en.Line})
	}
	fo := &FrameObject{code: code, line: en.Line, lasti: en.Lasti, globals: en.Globals}
	if f, ok := en.Frame.(*Frame); ok && f.code == code {
		// The frame may still run (handling the exception): while it
		// does, f_lineno, f_locals and f_back come from it.
		fo.live, fo.owner = f, t
		if fo.running(t) != nil && f.locals != nil {
			fo.locals = f.locals
		}
	}
	if fo.globals == nil {
		fo.globals = runtime.NewDict()
	}
	if code.Name == "<module>" {
		fo.locals = fo.globals
	}
	return fo
}

func init() {
	runtime.NewTraceFrame = traceFrame
	self := func(o runtime.Object) *FrameObject { return o.(*FrameObject) }
	FrameType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fo := self(o)
		line := fo.line
		if f := fo.running(t); f != nil {
			line = f.Line()
		}
		return runtime.NewStr(fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", addr(fo), fo.code.Filename, line, fo.code.Name)), nil
	}
	FrameType.AddGetSet("f_code", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return self(o).code, nil
	}, nil)
	FrameType.AddGetSet("f_lineno", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fo := self(o)
		if f := fo.running(t); f != nil {
			return runtime.Int(f.Line()), nil
		}
		return runtime.Int(fo.line), nil
	}, nil)
	FrameType.AddGetSet("f_lasti", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fo := self(o)
		if f := fo.running(t); f != nil {
			return runtime.Int(frameLasti(f)), nil
		}
		return runtime.Int(fo.lasti), nil
	}, nil)
	FrameType.AddGetSet("f_globals", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return self(o).globals, nil
	}, nil)
	FrameType.AddGetSet("f_builtins", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return t.Interp.Builtins, nil
	}, nil)
	FrameType.AddGetSet("f_locals", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fo := self(o)
		if fo.locals != nil {
			return fo.locals, nil
		}
		if f := fo.running(t); f != nil {
			return frameLocals(t, f), nil
		}
		return runtime.NewDict(), nil
	}, nil)
	FrameType.AddGetSet("f_back", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		fo := self(o)
		if fo.back != nil {
			return fo.back, nil
		}
		f := fo.running(t)
		if f == nil {
			return runtime.None, nil
		}
		b := visibleFrame(f.back)
		if b == nil {
			return runtime.None, nil
		}
		fo.back = newFrameObject(t, b)
		return fo.back, nil
	}, nil)
	FrameType.AddGetSet("f_trace", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.None, nil
	}, func(t *runtime.Thread, o, v runtime.Object) error { return nil })
	FrameType.AddMethod("clear", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.None, nil
	})
}
