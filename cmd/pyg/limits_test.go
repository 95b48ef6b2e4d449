package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDeepSource runs sources nested far too deeply, in both modes: each
// gives CPython 3.13's error (last line of stderr) and exit 1, never a Go
// stack overflow.
func TestDeepSource(t *testing.T) {
	const n = 100000
	rep := strings.Repeat
	cases := []struct{ name, src, want string }{
		{"parens", "x = " + rep("(", n) + "1" + rep(")", n), "SyntaxError: too many nested parentheses"},
		{"brackets", "x = " + rep("[", n) + rep("]", n), "SyntaxError: too many nested parentheses"},
		{"minus", "x = " + rep("-", n) + "1", "MemoryError: Parser stack overflowed - Python source too complex to parse"},
		{"not", "x = " + rep("not ", n) + "1", "MemoryError: Parser stack overflowed - Python source too complex to parse"},
		{"lambda", "x = " + rep("lambda: ", n) + "1", "MemoryError: Parser stack overflowed - Python source too complex to parse"},
		{"attrs", "x = a" + rep(".b", n), "RecursionError: maximum recursion depth exceeded during compilation"},
		{"calls", "x = f" + rep("()", n), "RecursionError: maximum recursion depth exceeded during compilation"},
		{"subscripts", "x = a" + rep("[0]", n), "RecursionError: maximum recursion depth exceeded during compilation"},
		{"plus", "x = 1" + rep("+1", n), "RecursionError: maximum recursion depth exceeded during compilation"},
		{"ifs", func() string {
			var b strings.Builder
			for i := 0; i < 2000; i++ {
				b.WriteString(rep(" ", i) + "if 1:\n")
			}
			return b.String() + rep(" ", 2000) + "pass\n"
		}(), "IndentationError: too many levels of indentation"},
		{"fors", func() string {
			var b strings.Builder
			for i := 0; i < 30; i++ {
				b.WriteString(rep(" ", i) + "for x in y:\n")
			}
			return b.String() + rep(" ", 30) + "pass\n"
		}(), "SyntaxError: too many statically nested blocks"},
		{"eval_parens", "eval('(' * 100000 + ')' * 100000)", "SyntaxError: too many nested parentheses"},
		{"compile_attrs", "compile('a' + '.b' * 100000, 's', 'eval')", "RecursionError: maximum recursion depth exceeded during compilation"},
		{"caught", "try:\n    eval('-' * 100000 + '1')\nexcept MemoryError as e:\n    print('caught', e)\n    raise SystemExit(1)", ""},
	}
	dir := t.TempDir()
	for _, c := range cases {
		path := filepath.Join(dir, c.name+".py")
		if err := os.WriteFile(path, []byte(c.src+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, mode := range []string{"--gil", "--nogil"} {
			code, stdout, stderr := runTimed(t, []string{mode, path}, 60*time.Second)
			checkNoGoCrash(t, mode, c.name, stderr)
			if code != 1 {
				t.Errorf("%s %s: exit %d, want 1\n%s", mode, c.name, code, stderr)
			}
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if last := lines[len(lines)-1]; c.want != "" && last != c.want {
				t.Errorf("%s %s: last line of stderr %q, want %q", mode, c.name, last, c.want)
			}
			if c.want == "" && !strings.HasPrefix(stdout, "caught Parser stack overflowed") {
				t.Errorf("%s %s: stdout %q", mode, c.name, stdout)
			}
		}
	}
}

// TestHugeLiterals: a 10 MB string literal and a 100 000-element list display work.
func TestHugeLiterals(t *testing.T) {
	dir := t.TempDir()
	src := "x = '" + strings.Repeat("a", 10_000_000) + "'\nprint(len(x))\ny = [" + strings.Repeat("1,", 100000) + "]\nprint(len(y))\n"
	path := filepath.Join(dir, "huge.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"--gil", "--nogil"} {
		code, stdout, stderr := runTimed(t, []string{mode, path}, 60*time.Second)
		if code != 0 || stdout != "10000000\n100000\n" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", mode, code, stdout, stderr)
		}
	}
}

// TestBudgets checks -X max_steps and -X max_memory: runaway programs,
// including loops inside Go builtins, stop with an exception and exit 1.
func TestBudgets(t *testing.T) {
	cases := []struct{ src, want string }{
		{"while True: pass", "RuntimeError: step limit exceeded"},
		{"import sys\nsys.setrecursionlimit(10**6)\ndef f(n): return f(n+1)\nf(0)", "RuntimeError: step limit exceeded"},
		{"while True:\n    try:\n        while True: pass\n    except BaseException: pass", "RuntimeError: step limit exceeded"},
		{"sum(range(10**12))", "RuntimeError: step limit exceeded"},
		// big-int work counts by its size: each squaring costs more than the last
		{"x = 3\nwhile True: x = x * x", "RuntimeError: step limit exceeded"},
		{"x = 3 ** (10**7)", "RuntimeError: step limit exceeded"},
		{"x = list(range(10**9))", ""},
		{"x = set(range(10**9))", ""},
		{"x = sorted(range(10**9))", ""},
		{"x = [0] * 10**9", "MemoryError"},
		{"x = 'x' * 10**9", "MemoryError"},
		{"x = (1,) * 10**9", "MemoryError"},
		{"x = b'ab' * 10**9", "MemoryError"},
		{"x = bytearray(10**9)", "MemoryError"},
		{"x = []\nwhile True: x.append('y' * 10000)", "MemoryError"},
		{"import threading\ndef spin():\n    while True: pass\nth = threading.Thread(target=spin)\nth.start()\nth.join()\nprint('joined')", ""},
	}
	for _, c := range cases {
		for _, mode := range []string{"--gil", "--nogil"} {
			args := []string{mode, "-X", "max_steps=200000", "-X", "max_memory=100M", "-c", c.src}
			if strings.HasPrefix(c.want, "RuntimeError") {
				// The memory budget bounds this process's heap, which tests
				// running in parallel share: test the step budget alone.
				args = []string{mode, "-X", "max_steps=200000", "-c", c.src}
			}
			code, _, stderr := runTimed(t, args, 60*time.Second)
			checkNoGoCrash(t, mode, c.src, stderr)
			if c.want == "" {
				// either budget may run out first
				if !strings.Contains(stderr, "RuntimeError: step limit exceeded") && !strings.Contains(stderr, "MemoryError") {
					t.Errorf("%s %q: exit %d, stderr %q", mode, c.src, code, stderr)
				}
				continue
			}
			if code != 1 || !strings.HasSuffix(stderr, c.want+"\n") {
				t.Errorf("%s %q: exit %d, stderr %q, want %q", mode, c.src, code, stderr, c.want)
			}
		}
	}
}

// runTimed runs Main in-process and fails t if it does not return in time.
func runTimed(t *testing.T, args []string, limit time.Duration) (int, string, string) {
	var stdout, stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- Main(args, strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
	}()
	select {
	case code := <-done:
		return code, stdout.String(), stderr.String()
	case <-time.After(limit):
		t.Fatalf("%v: still running after %v", args, limit)
		return 0, "", ""
	}
}
