package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
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
	daemon := writeProg(t, dir, "daemon.py", "import threading, time\ndef spin():\n    while True:\n        time.sleep(0.001)\nfor _ in range(4):\n    threading.Thread(target=spin, daemon=True).start()\ndef busy():\n    while True:\n        pass\nthreading.Thread(target=busy, daemon=True).start()\nprint('bye')\n")
	texit := writeProg(t, dir, "texit.py", "import threading, sys\ndef f():\n    sys.exit(3)\ndef g():\n    raise SystemExit('quiet')\nfor h in (f, g):\n    t = threading.Thread(target=h); t.start(); t.join()\nprint('main continues')\nsys.exit(4)\n")
	lines := writeProg(t, dir, "lines.py", "for i in range(100000):\n    print(i)\n")
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
			if !strings.HasPrefix(stderr.String(), "Traceback (most recent call last):\n") || !strings.HasSuffix(stderr.String(), "\nKeyboardInterrupt\n") {
				t.Errorf("stderr %q", stderr.String())
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
			cmd := exec.Command(bin, mode, lines)
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
			out.Close() // as `| head -1` does
			waitTimeout(t, cmd, 20*time.Second)
			if line != "0\n" {
				t.Errorf("first line %q", line)
			}
			// CPython prints a BrokenPipeError traceback and exits 1; pyg is
			// killed by SIGPIPE, silently. Either way: no Go trace, no hang.
			checkNoGoCrash(t, mode, "closed stdout", stderr.String())
		})
	}
}
