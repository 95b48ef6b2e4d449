package vm

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"pyg/compiler"
	"pyg/parser"
	"pyg/runtime"
)

// Config configures a VM.
type Config struct {
	FreeThreaded bool
	Argv         []string // sys.argv
	Stdin        io.Reader
	Stdout       io.Writer
	Stderr       io.Writer
	Path         []string                // sys.path: directories searched for modules (the script's directory first)
	MaxSteps     int64                   // 0: unlimited
	MaxMemory    int64                   // bytes of Go heap; 0: unlimited (see limits.go)
	LineBuffered bool                    // flush stdout at each newline (as CPython does when stdout is a terminal)
	Unbuffered   bool                    // write stdout through at each write (-u, PYTHONUNBUFFERED)
	Setup        func(t *runtime.Thread) // called once after the builtins exist (stdlib.Register)
	Lab          LabConfig               // scaling lab: --sim-cores, --sched-seed, --trace, -X gilstats (sim.go)
	CodeCache    string                  // directory of compiled modules kept between runs ("": none; codecache.go)
	NoCacheWrite bool                    // read the code cache but do not write it (-B, PYTHONDONTWRITEBYTECODE)
}

// VM is one Python interpreter with its main thread.
type VM struct {
	Interp *runtime.Interpreter
	Main   *runtime.Thread

	cfg    Config
	stdout *bufferedOut
	stderr io.Writer

	mu      sync.Mutex
	sources map[string][]string // filename -> source lines, for tracebacks
	// syntaxErrors maps SyntaxError exceptions raised at run time (compile,
	// exec, import) to the parser's error, for printing.
	syntaxErrors sync.Map // *runtime.Exception -> *parser.SyntaxError

	initializing sync.Map // module name -> true while its code runs

	pendingSignal atomic.Bool
	sigCh         chan os.Signal
	sigDone       chan struct{}
	closeOnce     sync.Once
	// exitFlushFailed is set when Close could not flush stdout.
	exitFlushFailed bool

	// defaultExceptHook is the built-in sys.excepthook (uncaught exceptions
	// go through sys.excepthook only when a program replaced it).
	defaultExceptHook runtime.Object
}

// New creates an interpreter with its builtins, sys module and main thread.
func New(cfg Config) *VM {
	tuneGC()
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	vm := &VM{cfg: cfg, sources: map[string][]string{}}
	vm.stdout = newBufferedOut(cfg.Stdout, cfg.LineBuffered, cfg.Unbuffered)
	vm.stderr = flushingWriter{vm.stdout, cfg.Stderr}

	in := runtime.NewInterpreter(cfg.FreeThreaded)
	in.Impl = vm
	in.Argv = cfg.Argv
	in.Path = cfg.Path
	in.Stdin = flushingReader{vm.stdout, cfg.Stdin}
	in.Stdout = vm.stdout
	in.Stderr = vm.stderr
	vm.Interp = in
	vm.setupLab(in)
	t := in.NewThread()
	vm.Main = t
	if !cfg.FreeThreaded {
		if in.Sim != nil {
			in.GIL = in.Sim.GIL()
		} else {
			in.GIL = runtime.NewClassicGIL(time.Duration(in.SwitchInterval * float64(time.Second)))
		}
		in.GIL.Acquire(t)
	}
	getThreadState(t)

	bm := newBuiltinsModule(t)
	in.Builtins = bm.Dict
	t.Incref(bm)
	ownDict(t, bm)
	addVMBuiltins(t, bm.Dict)
	in.Modules.SetStr(t, runtime.Intern("builtins"), bm)
	in.NativeModules["sys"] = vm.newSysModule
	if cfg.Setup != nil {
		cfg.Setup(t)
	}
	in.NativeModules["sys"] = vm.newSysModule // the VM owns sys
	if _, err := importModule(t, "sys"); err != nil {
		fmt.Fprintln(vm.stderr, "pyg: cannot create sys:", err)
	}
	vm.installSignalHandler()
	return vm
}

// installSignalHandler turns SIGINT into KeyboardInterrupt on the main thread,
// unless pyg was started with SIGINT ignored (nohup, a background job of a
// non-interactive shell): as CPython, it leaves an inherited SIG_IGN alone.
func (vm *VM) installSignalHandler() {
	if signal.Ignored(os.Interrupt) {
		return
	}
	vm.sigCh = make(chan os.Signal, 1)
	vm.sigDone = make(chan struct{})
	signal.Notify(vm.sigCh, os.Interrupt)
	go func() {
		for {
			select {
			case <-vm.sigCh:
				vm.pendingSignal.Store(true)
				vm.Main.EvalBreaker.Or(runtime.BreakSignal)
			case <-vm.sigDone:
				return
			}
		}
	}()
}

// Interrupt simulates a SIGINT: the main thread raises KeyboardInterrupt at
// its next eval-breaker check.
func (vm *VM) Interrupt() {
	vm.pendingSignal.Store(true)
	vm.Main.EvalBreaker.Or(runtime.BreakSignal)
}

// rememberSource keeps a file's text for the source lines of tracebacks.
func (vm *VM) rememberSource(filename string, src []byte) {
	lines := strings.Split(string(src), "\n")
	vm.mu.Lock()
	vm.sources[filename] = lines
	vm.mu.Unlock()
}

// sourceLine returns line n (1-based) of a remembered file, or "".
func (vm *VM) sourceLine(filename string, n int) string {
	vm.mu.Lock()
	lines := vm.sources[filename]
	vm.mu.Unlock()
	if lines == nil {
		if data, err := os.ReadFile(filename); err == nil {
			vm.rememberSource(filename, data)
			vm.mu.Lock()
			lines = vm.sources[filename]
			vm.mu.Unlock()
		}
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// compileSource parses and compiles src, remembering it for tracebacks.
func (vm *VM) compileSource(src []byte, filename string, mode compiler.Mode) (*Code, error) {
	vm.rememberSource(filename, src)
	c, err := compileRaw(src, filename, mode)
	if err != nil {
		return nil, err
	}
	return Load(c), nil
}

// compileRaw parses and compiles src.
func compileRaw(src []byte, filename string, mode compiler.Mode) (*compiler.Code, error) {
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(mod, filename, src, mode)
}

// runCode runs module-level code with the given namespaces.
func runCode(t *runtime.Thread, code *Code, globals, locals *runtime.Dict) (runtime.Object, error) {
	ts := getThreadState(t)
	f := ts.newFrame(code)
	f.globals = globals
	if locals != nil {
		f.locals = locals
		t.Incref(locals)
	}
	f.entry = true
	return eval(t, ts, f, nil)
}

// RunFile compiles src and runs it as module __main__. It returns nil, a
// *runtime.Exception or a *parser.SyntaxError.
func (vm *VM) RunFile(filename string, src []byte) (err error) {
	t := vm.Main
	defer vm.recoverTo(&err)
	code, err := vm.compileSource(src, filename, compiler.ModeExec)
	if err != nil {
		return err
	}
	m := vm.mainModule(t)
	m.Dict.SetStr(t, strFile, runtime.NewStr(filename))
	markTopLevel(code)
	_, err = runCode(t, code, m.Dict, m.Dict)
	keepAlive(t, err)
	t.ProcessZeroCounts()
	return err
}

// mainModule returns sys.modules['__main__'], creating it.
func (vm *VM) mainModule(t *runtime.Thread) *runtime.Module {
	if m, ok := vm.Interp.Modules.GetStrT(t, runtime.Intern("__main__")); ok {
		if mod, ok := m.(*runtime.Module); ok {
			return mod
		}
	}
	m := runtime.NewModule(t, "__main__")
	t.Incref(m.Dict) // the VM keeps __main__'s namespace alive
	m.Dict.SetStr(t, strDoc, runtime.None)
	m.Dict.SetStr(t, strPackage, runtime.None)
	m.Dict.SetStr(t, strSpec, runtime.None)
	m.Dict.SetStr(t, strLoader, runtime.None)
	if b, ok := vm.Interp.Modules.GetStrT(t, runtime.Intern("builtins")); ok {
		m.Dict.SetStr(t, strBuiltins, b)
	}
	vm.Interp.Modules.SetStr(t, runtime.Intern("__main__"), m)
	return m
}

// RunString compiles src in the given mode and runs it with globals (nil:
// the __main__ module's). ModeEval returns the expression's value; ModeSingle
// echoes expression statements through sys.displayhook.
func (vm *VM) RunString(src, filename string, mode compiler.Mode, globals *runtime.Dict) (result runtime.Object, err error) {
	t := vm.Main
	defer vm.recoverTo(&err)
	if globals == nil {
		globals = vm.mainModule(t).Dict
	} else {
		t.Incref(globals) // the caller's namespace stays alive for the VM's lifetime
	}
	if _, ok := globals.GetStrT(t, strBuiltins); !ok {
		if b, ok := vm.Interp.Modules.GetStrT(t, runtime.Intern("builtins")); ok {
			globals.SetStr(t, strBuiltins, b)
		}
	}
	code, err := vm.compileSource([]byte(src), filename, mode)
	if err != nil {
		return nil, err
	}
	r, err := runCode(t, code, globals, globals)
	if err == nil {
		t.Incref(r)
		t.ProcessZeroCounts()
		t.Decref(r)
	} else {
		keepAlive(t, err)
		t.ProcessZeroCounts()
	}
	return r, err
}

// recoverTo converts a Go panic escaping the VM into a SystemError.
func (vm *VM) recoverTo(err *error) {
	if r := recover(); r != nil {
		*err = runtime.Errorf(vm.Main, runtime.SystemErrorType, "internal error: %v", r)
	}
}

// ExitCode prints err as CPython does (syntax errors, tracebacks, SystemExit)
// and returns the process exit status.
func (vm *VM) ExitCode(err error) int {
	defer vm.stdout.Flush()
	if err == nil {
		return 0
	}
	var se *parser.SyntaxError
	if errors.As(err, &se) {
		vm.stdout.Flush()
		io.WriteString(vm.stderr, se.Format())
		return 1
	}
	e, ok := err.(*runtime.Exception)
	if !ok {
		fmt.Fprintln(vm.stderr, "pyg:", err)
		return 1
	}
	t := vm.Main
	if e.Type().IsSubtype(runtime.SystemExitType) {
		var code runtime.Object = runtime.None
		if e.Args != nil && len(e.Args.Items) == 1 {
			code = e.Args.Items[0]
		} else if e.Args != nil && len(e.Args.Items) > 1 {
			code = e.Args
		}
		switch c := code.(type) {
		case runtime.NoneType:
			return 0
		case runtime.Int:
			return int(c) & 0xff
		case runtime.Bool:
			if c {
				return 1
			}
			return 0
		}
		if s, err := runtime.ToStr(t, code); err == nil {
			io.WriteString(vm.stderr, s.String()+"\n")
		}
		return 1
	}
	vm.stdout.Flush()
	vm.printUncaught(t, e)
	if e.Type().IsSubtype(runtime.KeyboardInterruptType) {
		return 130 // CPython re-raises SIGINT: the shell sees 128+2
	}
	return 1
}

// Close flushes buffered output and runs pending finalization. A failure of
// the final flush of stdout is reported on stderr as CPython does ("Exception
// ignored on flushing sys.stdout"; see ExitFlushFailed).
func (vm *VM) Close() {
	vm.closeOnce.Do(func() {
		t := vm.Main
		// As CPython's Py_FinalizeEx: wait for the non-daemon threads
		// (threading._shutdown) once the main module has finished.
		if th, ok, _ := vm.Interp.Modules.GetItem(t, runtime.NewStr("threading")); ok {
			if fn, err := runtime.GetAttrString(t, th, "_shutdown"); err == nil {
				if _, err := runtime.Call(t, fn, nil, nil); err != nil {
					vm.stdout.Flush()
					if e, ok := err.(*runtime.Exception); ok {
						io.WriteString(vm.stderr, vm.FormatException(t, e))
					}
				}
			}
		}
		finalizeMain(t) // __del__ of what __main__'s globals still hold
		t.ProcessZeroCounts()
		if err := vm.stdout.Flush(); err != nil {
			// As CPython's flush_std_files (the exit status becomes 120).
			e := runtime.OSErrorFromGo(t, err, "")
			io.WriteString(vm.stderr, "Exception ignored on flushing sys.stdout:\n"+vm.FormatException(t, e))
			t.Discard(e)
			t.ProcessZeroCounts()
			vm.exitFlushFailed = true
		}
		if vm.sigCh != nil {
			signal.Stop(vm.sigCh)
			close(vm.sigDone)
		}
	})
}

// ExitFlushFailed reports whether Close failed to flush stdout (the process
// then exits with status 120, as CPython).
func (vm *VM) ExitFlushFailed() bool { return vm.exitFlushFailed }

// Flush writes buffered standard output.
func (vm *VM) Flush() { vm.stdout.Flush() }

// keepAlive gives an exception returned to Go a reference of its own, so that
// deallocation at the next safe point cannot clear it before it is printed.
func keepAlive(t *runtime.Thread, err error) {
	if e, ok := err.(*runtime.Exception); ok {
		t.Incref(e)
	}
}

// TakeInterrupt reports whether a SIGINT arrived that no bytecode has seen
// yet, and forgets it (for the REPL, which handles Ctrl-C at its prompt).
func (vm *VM) TakeInterrupt() bool {
	vm.Main.EvalBreaker.And(^runtime.BreakSignal)
	return vm.pendingSignal.Swap(false)
}
