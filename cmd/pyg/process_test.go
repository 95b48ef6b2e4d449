package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildPyg builds the pyg binary into a temporary directory.
func buildPyg(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "pyg")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func writeProg(t *testing.T, dir, name, src string) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// waitTimeout waits for cmd, killing it (and failing t) after limit.
func waitTimeout(t *testing.T, cmd *exec.Cmd, limit time.Duration) error {
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		cmd.Process.Kill()
		<-done
		t.Fatalf("%v: still running after %v", cmd.Args, limit)
		return nil
	}
}

// TestProcess checks process-level behaviour of the real binary in both
// modes: Ctrl-C, daemon threads at exit, SystemExit in threads, a closed
// stdout pipe.
func TestProcess(t *testing.T) {
	bin := buildPyg(t)
	dir := t.TempDir()
	sigint := writeProg(t, dir, "sigint.py", "print('ready', flush=True)\nwhile True:\n    pass\n")
	spin := writeProg(t, dir, "spin.py", "import time\nprint('ready', flush=True)\nend = time.monotonic() + 1\nwhile time.monotonic() < end:\n    pass\nprint('done')\n")
	daemon := writeProg(t, dir, "daemon.py", "import threading, time\ndef spin():\n    while True:\n        time.sleep(0.001)\nfor _ in range(4):\n    threading.Thread(target=spin, daemon=True).start()\ndef busy():\n    while True:\n        pass\nthreading.Thread(target=busy, daemon=True).start()\nprint('bye')\n")
	texit := writeProg(t, dir, "texit.py", "import threading, sys\ndef f():\n    sys.exit(3)\ndef g():\n    raise SystemExit('quiet')\nfor h in (f, g):\n    t = threading.Thread(target=h); t.start(); t.join()\nprint('main continues')\nsys.exit(4)\n")
	for _, mode := range []string{"--gil", "--nogil"} {
		t.Run("sigint"+mode, func(t *testing.T) {
			cmd := exec.Command(bin, mode, sigint)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(out).ReadString('\n')
			if line != "ready\n" {
				t.Fatalf("first line %q", line)
			}
			time.Sleep(100 * time.Millisecond)
			cmd.Process.Signal(syscall.SIGINT)
			err = waitTimeout(t, cmd, 20*time.Second)
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("exit: %v", err)
			}
			// CPython re-raises SIGINT (the shell sees 130); pyg exits 130.
			st := ee.Sys().(syscall.WaitStatus)
			if !(st.Exited() && st.ExitStatus() == 130) && !(st.Signaled() && st.Signal() == syscall.SIGINT) {
				t.Errorf("status %v, want 130 or killed by SIGINT", st)
			}
			checkNoGoCrash(t, mode, "sigint", stderr.String())
			// CPython locates the interruption at the loop's test.
			want := "Traceback (most recent call last):\n  File \"" + sigint + "\", line 2, in <module>\n    while True:\n          ^^^^\nKeyboardInterrupt\n"
			if stderr.String() != want {
				t.Errorf("stderr %q, want %q", stderr.String(), want)
			}
		})
		t.Run("sigint_ignored"+mode, func(t *testing.T) {
			// Started with SIGINT ignored (as nohup or a background job of a
			// script), pyg leaves it ignored, as CPython does.
			cmd := exec.Command("/bin/sh", "-c", `trap "" INT; exec "$0" "$@"`, bin, mode, spin)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			r := bufio.NewReader(out)
			if line, _ := r.ReadString('\n'); line != "ready\n" {
				t.Fatalf("first line %q", line)
			}
			cmd.Process.Signal(syscall.SIGINT)
			rest, _ := io.ReadAll(r)
			if err := waitTimeout(t, cmd, 20*time.Second); err != nil || string(rest) != "done\n" || stderr.Len() != 0 {
				t.Errorf("err %v, rest of stdout %q, stderr %q", err, rest, stderr.String())
			}
		})
		t.Run("daemon"+mode, func(t *testing.T) {
			cmd := exec.Command(bin, mode, daemon)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if err := waitTimeout(t, cmd, 20*time.Second); err != nil || stdout.String() != "bye\n" || stderr.Len() != 0 {
				t.Errorf("err %v, stdout %q, stderr %q", err, stdout.String(), stderr.String())
			}
		})
		t.Run("systemexit_in_threads"+mode, func(t *testing.T) {
			cmd := exec.Command(bin, mode, texit)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			err := waitTimeout(t, cmd, 20*time.Second)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != 4 || stdout.String() != "main continues\n" || stderr.Len() != 0 {
				t.Errorf("err %v, stdout %q, stderr %q", err, stdout.String(), stderr.String())
			}
		})
		t.Run("closed_stdout"+mode, func(t *testing.T) {
			testClosedStdout(t, bin, mode, dir)
		})
	}
}

// pipeResult is how a program ended whose stdout pipe was closed.
type pipeResult struct {
	code   int
	stderr string
}

// runClosedStdout runs pyg with args and closes the read end of its stdout
// pipe, as `pyg x.py | head -1` does: after the first line if firstLine,
// else at once, before sending a line on stdin (the programs wait for it).
func runClosedStdout(t *testing.T, bin string, args []string, env []string, firstLine bool) pipeResult {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if firstLine {
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "0\n" {
			t.Errorf("%v: first line %q", args, line)
		}
	}
	out.Close()
	in.Write([]byte("go\n"))
	in.Close()
	err = waitTimeout(t, cmd, 30*time.Second)
	var ee *exec.ExitError
	code := 0
	if errors.As(err, &ee) {
		st := ee.Sys().(syscall.WaitStatus)
		if st.Signaled() {
			t.Fatalf("%v: killed by %v; stderr %q", args, st.Signal(), stderr.String())
		}
		code = st.ExitStatus()
	} else if err != nil {
		t.Fatal(err)
	}
	checkNoGoCrash(t, args[0], args[len(args)-1], stderr.String())
	return pipeResult{code, stderr.String()}
}

// testClosedStdout checks writes to a closed stdout pipe against CPython
// 3.13: BrokenPipeError from print and flush, which a program may catch; a
// failed flush of stdout at exit is reported as an ignored exception and the
// exit status becomes 120. Buffered (the default for a pipe) and unbuffered
// (-u, PYTHONUNBUFFERED).
func testClosedStdout(t *testing.T, bin, mode, dir string) {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") {
			env = append(env, kv)
		}
	}
	const brokenPipe = "BrokenPipeError: [Errno 32] Broken pipe\n"
	const ignored = "Exception ignored on flushing sys.stdout:\n" + brokenPipe
	lines := writeProg(t, dir, "lines.py", "for i in range(100000):\n    print(i)\n")
	catch := writeProg(t, dir, "catch.py", "import sys\ntry:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError:\n    sys.stderr.write('caught\\n')\n")
	each := writeProg(t, dir, "each.py", "import sys\nn = 0\nfor i in range(100000):\n    try:\n        print(i)\n    except BrokenPipeError:\n        n += 1\nsys.stderr.write('n>0 %s\\n' % (n > 0))\n")
	atExit := writeProg(t, dir, "at_exit.py", "import sys\nsys.stdin.readline()\nprint('hello')\nsys.stderr.write('printed\\n')\n")
	flushed := writeProg(t, dir, "flushed.py", "import sys\nsys.stdin.readline()\nprint('hello')\ntry:\n    sys.stdout.flush()\nexcept BrokenPipeError as e:\n    sys.stderr.write('caught %r\\n' % e)\n")
	tb := func(line int, src string) string {
		return "Traceback (most recent call last):\n  File \"" + src + "\", line " + strconv.Itoa(line) + ", in <module>\n"
	}
	for _, c := range []struct {
		name      string
		args      []string
		env       []string
		firstLine bool
		code      int
		prefix    string // of stderr
		suffix    string
	}{
		{"uncaught", []string{mode, lines}, env, true, 1, tb(2, lines), brokenPipe},
		{"uncaught -u", []string{mode, "-u", lines}, env, true, 1, tb(2, lines), brokenPipe},
		{"caught", []string{mode, catch}, env, true, 0, "caught\n", "caught\n"},
		{"caught each", []string{mode, each}, env, true, 0, "n>0 True\n", "n>0 True\n"},
		{"exit flush", []string{mode, atExit}, env, false, 120, "printed\n" + ignored, ignored},
		{"exit flush after caught", []string{mode, flushed}, env, false, 120,
			"caught BrokenPipeError(32, 'Broken pipe')\n" + ignored, ignored},
		{"unbuffered print", []string{mode, "-u", atExit}, env, false, 1, tb(3, atExit), brokenPipe},
		{"PYTHONUNBUFFERED print", []string{mode, atExit}, append(env[:len(env):len(env)], "PYTHONUNBUFFERED=1"), false, 1, tb(3, atExit), brokenPipe},
	} {
		r := runClosedStdout(t, bin, c.args, c.env, c.firstLine)
		if r.code != c.code || !strings.HasPrefix(r.stderr, c.prefix) || !strings.HasSuffix(r.stderr, c.suffix) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d, stderr %q...%q", c.name, r.code, r.stderr, c.code, c.prefix, c.suffix)
		}
	}
}
