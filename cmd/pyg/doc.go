// Command pyg runs Python programs: `pyg [--gil|--nogil] [-X opt] [-c cmd | script.py | -] [args...]`.
//
// Input: the command line, the environment (PYTHON_GIL) and the script.
// Output: the program's behaviour and exit status — 0 on success, 1 for an
// uncaught exception or SyntaxError, 2 for bad usage, or the code passed to
// sys.exit. `pyg dis script.py` prints the bytecode instead of running it.
//
// The golden tests of the whole pipeline live here (golden_test.go): every
// testdata/**/*.py program runs in both modes and its stdout, stderr and
// exit status are compared with testdata/**/*.golden.
package main
