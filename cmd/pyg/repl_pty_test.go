package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReplTerminal drives the real binary in a real terminal: a tmux pane
// on a private server. It types a function over several lines, calls it,
// interrupts `while True: pass` with Ctrl-C, and leaves with Ctrl-D.
// Without tmux it is skipped, except under CI=true (.ci/run installs tmux).
func TestReplTerminal(t *testing.T) {
	tmuxPath, err := exec.LookPath("tmux")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("tmux is not installed (.ci/run should have installed it)")
		}
		t.Skip("tmux is not installed; the REPL's terminal test needs it (CI=true makes this a failure)")
	}
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "pyg")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	conf := filepath.Join(dir, "tmux.conf")
	// remain-on-exit keeps the pane after pyg exits, to read its status.
	if err := os.WriteFile(conf, []byte("set -g remain-on-exit on\nset -g history-limit 5000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "tmux.sock")
	hist := filepath.Join(dir, "history")
	tmux := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(tmuxPath, append([]string{"-S", sock, "-f", conf}, args...)...)
		cmd.Env = append(os.Environ(), "TMUX=")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("tmux %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "40",
		"env", "PYG_HISTORY="+hist, "TERM=xterm", bin)
	t.Cleanup(func() { exec.Command(tmuxPath, "-S", sock, "kill-server").Run() })

	screen := func() string {
		return tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "repl")
	}
	// waitFor waits until the screen satisfies ok.
	waitFor := func(what string, ok func(string) bool) string {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			s := screen()
			if ok(s) {
				return s
			}
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	contains := func(sub string) func(string) bool {
		return func(s string) bool { return strings.Contains(s, sub) }
	}
	// typeLine types one line and waits for the prompt that follows it.
	typeLine := func(line, nextPrompt string, before int) {
		t.Helper()
		if line != "" {
			tmux("send-keys", "-t", "repl", "-l", line)
		}
		tmux("send-keys", "-t", "repl", "Enter")
		waitFor("prompt "+nextPrompt, func(s string) bool {
			return strings.Count(s, nextPrompt) > before
		})
	}

	waitFor("the banner", contains("for more information.\n>>> "))
	typeLine("def double(x):", "... ", 0)
	typeLine("    y = x * 2", "... ", 1)
	typeLine("    return y", "... ", 2)
	typeLine("", ">>> ", 1)
	typeLine("double(21)", ">>> ", 2)
	if s := screen(); !strings.Contains(s, ">>> double(21)\n42\n>>> ") {
		t.Fatalf("double(21) did not print 42:\n%s", s)
	}

	typeLine("while True: pass", "... ", 3)
	tmux("send-keys", "-t", "repl", "Enter")
	// The loop runs once the input is complete: give it a moment, then
	// check it is still running (no new prompt) before the Ctrl-C.
	time.Sleep(300 * time.Millisecond)
	if n := strings.Count(screen(), ">>> "); n != 3 {
		t.Fatalf("the loop is not running (%d prompts):\n%s", n, screen())
	}
	tmux("send-keys", "-t", "repl", "C-c")
	s := waitFor("KeyboardInterrupt and a new prompt", contains("KeyboardInterrupt\n>>> "))
	if !strings.Contains(s, "Traceback (most recent call last):") {
		t.Errorf("Ctrl-C during the loop printed no traceback:\n%s", s)
	}
	// The session goes on.
	typeLine("double(4)", ">>> ", 4)
	if s := screen(); !strings.Contains(s, ">>> double(4)\n8\n>>> ") {
		t.Fatalf("the session did not go on after KeyboardInterrupt:\n%s", s)
	}

	tmux("send-keys", "-t", "repl", "C-d")
	waitFor("pyg to exit", func(string) bool {
		return strings.TrimSpace(tmux("display-message", "-p", "-t", "repl", "#{pane_dead}")) == "1"
	})
	if st := strings.TrimSpace(tmux("display-message", "-p", "-t", "repl", "#{pane_dead_status}")); st != "0" && st != "" {
		t.Errorf("exit status %s after Ctrl-D, want 0\n%s", st, screen())
	}
	h, err := os.ReadFile(hist)
	if err != nil || !strings.Contains(string(h), "def double(x):\n") || !strings.Contains(string(h), "double(4)\n") {
		t.Errorf("history file %s: %v\n%s", hist, err, h)
	}
}
