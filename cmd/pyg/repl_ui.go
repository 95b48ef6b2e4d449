package main

// The terminal side of the REPL: github.com/chzyer/readline behind the ui
// interface of repl.go, the history file, and the wiring of the VM's
// streams through the line editor.

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/chzyer/readline"

	"pyg/vm"
)

// readlineUI is the ui of a real terminal.
type readlineUI struct {
	rl *readline.Instance
}

// ReadLine implements ui.
func (u *readlineUI) ReadLine(prompt string) (string, error) {
	u.rl.SetPrompt(prompt)
	return u.rl.Readline()
}

// isTerminal reports whether r is a terminal (CPython's isatty(stdin) test
// for the REPL).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// historyPath returns the history file: $PYG_HISTORY if set (empty: no
// history file), else ~/.pyg_history.
func historyPath() string {
	if p, ok := os.LookupEnv("PYG_HISTORY"); ok {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".pyg_history")
}

// flushInterval is how often the VM's buffered stdout reaches the terminal
// while the REPL runs (the VM buffers stdout; a terminal wants to see
// background threads' and long loops' output as it comes).
const flushInterval = 50 * time.Millisecond

// runREPL runs the interactive session: first src (a script or -c command,
// for -i) if not nil, then the prompt. cfg is the VM configuration of the
// command line; its streams are wrapped by the line editor, so that output
// written while the prompt is shown does not garble it.
func runREPL(o *options, cfg vm.Config, filename string, src []byte, showBanner bool) int {
	r := &repl{}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            ps1,
		HistoryFile:       historyPath(),
		HistoryLimit:      1000,
		HistorySearchFold: true,
		AutoComplete:      r,
		EOFPrompt:         "\n", // Ctrl-D: just end the line, as CPython does
		Stdin:             readline.NewCancelableStdin(cfg.Stdin),
		Stdout:            cfg.Stdout,
		Stderr:            cfg.Stderr,
	})
	if err != nil {
		fmt.Fprintf(cfg.Stderr, "pyg: cannot start the REPL: %v\n", err)
		return 1
	}
	// Close from this goroutine, the one that reads (STYLE.md, readline pitfalls).
	defer rl.Close()
	u := &readlineUI{rl: rl}
	stdin := &consoleReader{ui: u}
	cfg.Stdin = stdin
	cfg.Stdout = rl.Stdout()
	cfg.Stderr = rl.Stderr()
	machine := vm.New(cfg)
	stdin.interrupt = machine.Interrupt
	r.ui, r.vm, r.stderr = u, machine, cfg.Stderr
	r.mu.Lock() // the main goroutine owns the VM from here on

	done := make(chan struct{})
	flushed := make(chan struct{})
	go func() {
		defer close(flushed)
		tick := time.NewTicker(flushInterval)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				machine.Flush()
			case <-done:
				return
			}
		}
	}()
	status, exit := 0, false
	if src != nil {
		status, exit = r.report(machine.RunFile(filename, src))
	}
	if !exit {
		if showBanner {
			fmt.Fprint(cfg.Stderr, banner(o.freeThreaded))
		}
		r.install()
		status = r.run()
	}
	close(done)
	<-flushed
	machine.Close()
	if o.showRefCount {
		fmt.Fprintf(cfg.Stderr, "[%d refs]\n", machine.Interp.RefTotal())
	}
	return status
}

// isTerminalWriter reports whether w is a terminal (stdout is then
// line-buffered, as CPython's).
func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}
