package main

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"

	"pyg/compiler"
	"pyg/parser"
	"pyg/runtime"
	"pyg/stdlib"
	"pyg/vm"
)

// Version is pyg's version string.
const Version = "pyg 0.1.0 (Python 3.13)"

func main() {
	// As CPython: a write to a closed pipe fails with EPIPE (BrokenPipeError)
	// instead of killing the process with SIGPIPE.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// options is the parsed command line.
type options struct {
	freeThreaded bool
	showRefCount bool
	unbuffered   bool // -u or PYTHONUNBUFFERED: stdout is written through
	noCacheWrite bool // -B or PYTHONDONTWRITEBYTECODE: do not write the code cache
	cpuProfile   string
	memProfile   string
	maxSteps     int64
	maxMemory    int64
	command      string // -c
	hasCommand   bool
	script       string // path, or "-" for stdin
	args         []string
	dis          bool
	inspect      bool       // -i: open the REPL after the script
	noScript     bool       // neither a script nor -c: the REPL if stdin is a terminal
	lab          labOptions // scaling lab: --sim-cores, --sched-seed, --trace, -X gilstats (trace.go)
}

const usage = "usage: pyg [--gil|--nogil] [-X opt] [-c cmd | file | -] [arg] ...\n"

// parseArgs parses the command line as CPython does: options stop at the
// script name, -c's argument or "-".
func parseArgs(args []string, getenv func(string) string, stderr io.Writer) (*options, int, bool) {
	o := &options{}
	gilFromX := ""
	if len(args) > 0 && args[0] == "dis" {
		o.dis = true
		args = args[1:]
	}
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--version" || a == "-V":
			fmt.Fprintln(os.Stdout, Version)
			return nil, 0, true
		case a == "-h" || a == "--help":
			fmt.Fprint(os.Stdout, usage+helpText)
			return nil, 0, true
		case isLabFlag(a):
			n, code, bad := o.lab.parse(args, i, stderr)
			if bad {
				return nil, code, true
			}
			i += n
		case a == "--gil":
			gilFromX = "1"
		case a == "--nogil":
			gilFromX = "0"
		case a == "-c":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "Argument expected for the -c option\n%sTry `pyg -h' for more information.\n", usage)
				return nil, 2, true
			}
			o.command, o.hasCommand = args[i+1], true
			o.args = append([]string{"-c"}, args[i+2:]...)
			i = len(args)
		case strings.HasPrefix(a, "-c") && len(a) > 2:
			o.command, o.hasCommand = a[2:], true
			o.args = append([]string{"-c"}, args[i+1:]...)
			i = len(args)
		case a == "-X":
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "Argument expected for the -X option\n%sTry `pyg -h' for more information.\n", usage)
				return nil, 2, true
			}
			i++
			if code, bad := o.xOption(args[i], &gilFromX, stderr); bad {
				return nil, code, true
			}
		case strings.HasPrefix(a, "-X") && len(a) > 2:
			if code, bad := o.xOption(a[2:], &gilFromX, stderr); bad {
				return nil, code, true
			}
		case a == "-i":
			o.inspect = true
		case a == "-u":
			o.unbuffered = true
		case a == "-B":
			o.noCacheWrite = true
		case a == "-E" || a == "-s" || a == "-S" || a == "-q" || a == "-I":
			// accepted for compatibility; no effect
		case a == "-":
			o.script = "-"
			o.args = append([]string{"-"}, args[i+1:]...)
			i = len(args)
		case a == "--":
			if i+1 < len(args) {
				o.script = args[i+1]
				o.args = args[i+1:]
			}
			i = len(args)
		case strings.HasPrefix(a, "-") && len(a) > 1:
			fmt.Fprintf(stderr, "unknown option %s\n%sTry `pyg -h' for more information.\n", a, usage)
			return nil, 2, true
		default:
			o.script = a
			o.args = args[i:]
			i = len(args)
		}
	}
	if getenv("PYTHONUNBUFFERED") != "" {
		o.unbuffered = true
	}
	if getenv("PYTHONDONTWRITEBYTECODE") != "" {
		o.noCacheWrite = true
	}
	gil := gilFromX
	if gil == "" {
		gil = getenv("PYTHON_GIL")
	}
	switch gil {
	case "", "1":
	case "0":
		o.freeThreaded = true
	default:
		fmt.Fprintf(stderr, "Fatal Python error: config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"\n")
		return nil, 1, true
	}
	if o.script == "" && !o.hasCommand {
		o.script = "-"
		o.args = []string{""}
		o.noScript = true
	}
	return o, 0, false
}

// xOption applies one -X option.
func (o *options) xOption(x string, gil *string, stderr io.Writer) (int, bool) {
	name, val, _ := strings.Cut(x, "=")
	switch name {
	case "gil":
		if val != "0" && val != "1" {
			fmt.Fprintf(stderr, "Fatal Python error: config_read_gil: -X gil=%s is invalid; use 0 or 1\n", val)
			return 1, true
		}
		*gil = val
	case "showrefcount":
		o.showRefCount = true
	case "gilstats":
		o.lab.gilStats = true
	case "simstats":
		o.lab.simStats = true
	case "cpuprofile":
		o.cpuProfile = val
	case "memprofile":
		o.memProfile = val
	case "max_steps":
		n, err := strconv.ParseInt(val, 10, 64)
		if err != nil || n < 0 {
			fmt.Fprintf(stderr, "-X max_steps: invalid number %q\n", val)
			return 2, true
		}
		o.maxSteps = n
	case "max_memory":
		n, err := parseBytes(val)
		if err != nil || n < 0 {
			fmt.Fprintf(stderr, "-X max_memory: invalid size %q\n", val)
			return 2, true
		}
		o.maxMemory = n
	default:
		// CPython ignores unknown -X options.
	}
	return 0, false
}

const helpText = `Options:
-B       : don't write compiled modules to the code cache (also PYTHONDONTWRITEBYTECODE=x)
-c cmd   : program passed in as string (terminates option list)
-i       : inspect interactively after running script or command
-u       : unbuffered stdout (also PYTHONUNBUFFERED=x)
--gil    : run with a global interpreter lock (the default)
--nogil  : run free-threaded: threads run bytecode in parallel
-X gil=0|1      : same as --nogil / --gil (wins over PYTHON_GIL)
-X showrefcount : print the total reference count at exit
-X cpuprofile=F : write a Go CPU profile of the run to F (view with go tool pprof)
-X memprofile=F : write a Go allocation profile of the run to F (go tool pprof -sample_index=alloc_space)
-X max_steps=N  : stop the program after about N eval-breaker checks
-X gilstats     : print per-thread GIL statistics at exit (stderr)
--trace F       : write a Chrome trace (Perfetto) of the threads' timelines to F
--sim-cores N   : run on a deterministic simulated N-core machine in virtual time
--sched-seed S  : vary the simulated scheduler's interleavings (with --sim-cores)
-X max_memory=B : raise MemoryError past B bytes of heap (suffixes k, M, G)
-V, --version   : print the version and exit
file     : program read from script file
-        : program read from stdin (default when stdin is not a terminal)
arg ...  : arguments passed to the program in sys.argv[1:]

Subcommands:
pyg dis file.py : print the bytecode of file.py
pyg scale file.py --threads 1,2,4 [--modes gil,nogil] [--sim-cores N] [--json] [--plot F.svg]
                : thread-scaling table of a program (see pyg scale -h)

Environment:
PYTHON_GIL=0|1  : select free-threaded (0) or GIL (1) mode
PYTHONUNBUFFERED: same as -u when set to a non-empty string
PYTHONDONTWRITEBYTECODE: same as -B when set to a non-empty string
PYG_CACHE_DIR   : directory of the code cache of compiled modules (default
                  $XDG_CACHE_HOME/pyg or ~/.cache/pyg; "off": no cache)
`

// Main runs pyg with the given arguments and returns the exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) > 0 && args[0] == "scale" {
		return scaleMain(args[1:], stdout, stderr)
	}
	o, code, done := parseArgs(args, getenv, stderr)
	if done {
		return code
	}
	var src []byte
	filename := "<string>"
	// No script on a terminal opens the REPL; piped stdin is always a script.
	interactive := o.noScript && !o.dis && isTerminal(stdin)
	switch {
	case interactive:
	case o.hasCommand:
		src = []byte(o.command)
	case o.script == "-":
		filename = "<stdin>"
		b, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pyg: can't read stdin: %v\n", err)
			return 2
		}
		src = b
	default:
		// CPython reports the script by its absolute path.
		filename = o.script
		if abs, err := filepath.Abs(o.script); err == nil {
			filename = abs
		}
		b, err := os.ReadFile(o.script)
		if err != nil {
			abs, _ := filepath.Abs(o.script)
			msg := "No such file or directory"
			if os.IsPermission(err) {
				msg = "Permission denied"
			} else if fi, serr := os.Stat(o.script); serr == nil && fi.IsDir() {
				fmt.Fprintf(stderr, "pyg: can't find '__main__' module in '%s'\n", o.script)
				return 2
			}
			errno := 2
			if os.IsPermission(err) {
				errno = 13
			}
			fmt.Fprintf(stderr, "pyg: can't open file '%s': [Errno %d] %s\n", abs, errno, msg)
			return 2
		}
		src = b
	}
	if o.dis {
		return disassemble(filename, src, stdout, stderr)
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "pyg: cpuprofile: %v\n", err)
			return 2
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(stderr, "pyg: cpuprofile: %v\n", err)
			return 2
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if o.memProfile != "" {
		defer func() {
			f, err := os.Create(o.memProfile)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
			if err != nil {
				fmt.Fprintf(stderr, "pyg: memprofile: %v\n", err)
			}
		}()
	}
	path := []string{""}
	if !o.hasCommand && o.script != "-" {
		path[0] = filepath.Dir(o.script)
	} else {
		path[0] = "."
	}
	cfg := vm.Config{
		FreeThreaded: o.freeThreaded,
		Argv:         o.args,
		Stdin:        stdin,
		Stdout:       stdout,
		Stderr:       stderr,
		Path:         path,
		MaxSteps:     o.maxSteps,
		MaxMemory:    o.maxMemory,
		LineBuffered: isTerminalWriter(stdout),
		Unbuffered:   o.unbuffered,
		Setup:        func(t *runtime.Thread) { stdlib.Register(t.Interp) },
		CodeCache:    codeCacheDir(getenv),
		NoCacheWrite: o.noCacheWrite,
	}
	if interactive || (o.inspect && !o.dis && (!o.noScript || isTerminal(stdin))) {
		return runREPL(o, cfg, filename, src, interactive)
	}
	cfg.Lab = o.lab.config()
	machine := vm.New(cfg)
	err := machine.RunFile(filename, src)
	status := machine.ExitCode(err)
	machine.Close()
	if machine.ExitFlushFailed() {
		status = 120 // as CPython when flushing stdout at exit fails
	}
	if st := finishLab(&o.lab, machine, stderr); st != 0 && status == 0 {
		status = st
	}
	if o.showRefCount {
		fmt.Fprintf(stderr, "[%d refs]\n", machine.Interp.RefTotal())
	}
	return status
}

// disassemble prints the bytecode of a source file.
func disassemble(filename string, src []byte, stdout, stderr io.Writer) int {
	mod, err := parser.ParseFile(filename, src)
	if err == nil {
		var code *compiler.Code
		code, err = compiler.Compile(mod, filename, src, compiler.ModeExec)
		if err == nil {
			fmt.Fprint(stdout, compiler.Disassemble(code))
			return 0
		}
	}
	if se, ok := err.(*parser.SyntaxError); ok {
		fmt.Fprint(stderr, se.Format())
		return 1
	}
	fmt.Fprintln(stderr, err)
	return 1
}

// codeCacheDir is the directory of compiled modules kept between runs
// (vm/codecache.go): $PYG_CACHE_DIR ("off": none), else pyg under the user
// cache directory ($XDG_CACHE_HOME or ~/.cache).
func codeCacheDir(getenv func(string) string) string {
	switch d := getenv("PYG_CACHE_DIR"); d {
	case "off":
		return ""
	case "":
	default:
		return d
	}
	if d := getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "pyg")
	}
	if h := getenv("HOME"); filepath.IsAbs(h) {
		return filepath.Join(h, ".cache", "pyg")
	}
	return ""
}
