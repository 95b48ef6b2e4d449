// Command pyg runs Python programs:
//
//	pyg [--gil|--nogil] [-X opt] [-i] [-c cmd | script.py | -] [args...]
//	pyg dis script.py
//	pyg scale script.py --threads 1,2,4 [--modes gil,nogil] [--sim-cores N] [--json] [--plot out.svg]
//
// Input: the command line, the environment (PYTHON_GIL, PYTHONUNBUFFERED,
// PYG_HISTORY) and the script. Output: the program's behaviour and exit
// status — 0 on success, 1 for an uncaught exception or SyntaxError, 2 for bad
// usage, the code passed to sys.exit, or 120 when flushing stdout fails at
// exit (as CPython: SIGPIPE is ignored, a closed pipe raises BrokenPipeError).
// With no script and a terminal on stdin it opens the REPL
// (repl.go: a core behind a one-method UI, repl_ui.go: readline); piped stdin
// runs as a script. `pyg dis` prints bytecode; `pyg scale` is the scaling lab
// (scale.go, trace.go).
//
// The golden tests of the whole pipeline live here (golden_test.go): every
// testdata/**/*.py program runs in both modes and its stdout, stderr and
// exit status are compared with testdata/**/*.golden.
package main
