package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// init lets multiprocessing work in in-process test runs: the test binary is
// not pyg, so children of multiprocessing (which carry PYG_MP_CHILD=1, see
// stdlib/mod_pygmp.go) run this binary as pyg, and PYG_EXECUTABLE points
// multiprocessing at it. (scale_test.go owns TestMain.)
func init() {
	if os.Getenv("PYG_MP_CHILD") == "1" {
		os.Exit(Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
	}
	if os.Getenv("PYG_EXECUTABLE") == "" {
		if exe, err := os.Executable(); err == nil {
			os.Setenv("PYG_EXECUTABLE", exe)
		}
	}
}

// TestMultiprocessingErrors checks what the golden files cannot (CPython's
// tracebacks name its own files): a failing Process prints its traceback to
// stderr and exits 1; a lambda target is refused at start().
func TestMultiprocessingErrors(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "p.py")
	src := `import multiprocessing as mp
def boom():
    raise ValueError("boom")
if __name__ == "__main__":
    p = mp.Process(target=boom)
    p.start(); p.join()
    print("exitcode", p.exitcode)
    try:
        mp.Process(target=lambda: 0).start()
    except Exception as e:
        print(type(e).__name__)
    import pickle
    print(pickle.loads(pickle.dumps([1, {2: (3.5, "x")}, 2**70])))
`
	if err := os.WriteFile(prog, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"--gil", "--nogil"} {
		var out, errb bytes.Buffer
		code := Main([]string{mode, prog}, strings.NewReader(""), &out, &errb, func(string) string { return "" })
		want := "exitcode 1\nPicklingError\n[1, {2: (3.5, 'x')}, 1180591620717411303424]\n"
		if code != 0 || out.String() != want {
			t.Errorf("%s: exit %d, stdout %q, want %q; stderr:\n%s", mode, code, out.String(), want, errb.String())
		}
		for _, s := range []string{"Process Process-1:\nTraceback (most recent call last):\n", "in boom\n", "ValueError: boom\n"} {
			if !strings.Contains(errb.String(), s) {
				t.Errorf("%s: stderr lacks %q:\n%s", mode, s, errb.String())
			}
		}
	}
}
