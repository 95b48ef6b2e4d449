package main

// The REPL core: reading lines until an input is complete, running it in
// ModeSingle (so expression statements echo through sys.displayhook), and
// Tab completion. It sees the terminal only through the ui interface, so the
// tests drive it with a scripted ui (repl_test.go); repl_ui.go adapts
// github.com/chzyer/readline to it. The structure follows gpython's
// repl/repl.go and starlark-go's repl/repl.go.

import (
	"errors"
	"fmt"
	"io"
	goruntime "runtime"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/chzyer/readline"

	"pyg/compiler"
	"pyg/lexer"
	"pyg/runtime"
	"pyg/vm"
)

const (
	ps1 = ">>> "
	ps2 = "... "
)

// ui is the terminal as the REPL core sees it.
type ui interface {
	// ReadLine shows prompt and returns one line without its newline. It
	// returns readline.ErrInterrupt for Ctrl-C and io.EOF for Ctrl-D on an
	// empty line.
	ReadLine(prompt string) (string, error)
}

// repl is one interactive session on a VM.
type repl struct {
	ui      ui
	vm      *vm.VM
	stderr  io.Writer // the banner and the KeyboardInterrupt of the prompt
	globals *runtime.Dict

	// mu is held by the main goroutine whenever it may use the VM's main
	// thread; it lets go only while waiting at the prompt, when the
	// completer (on readline's goroutine) may take it.
	mu     sync.Mutex
	inputs int // inputs run so far: names <python-input-N>
}

// newREPL returns a session running on machine. Call install before run.
func newREPL(u ui, machine *vm.VM, stderr io.Writer) *repl {
	r := &repl{ui: u, vm: machine, stderr: stderr}
	r.mu.Lock()
	return r
}

// banner returns the greeting, in the style of CPython's (whose free-threaded
// build names the mode in it).
func banner(freeThreaded bool) string {
	mode := "GIL enabled"
	if freeThreaded {
		mode = "free-threaded"
	}
	gov := strings.TrimPrefix(goruntime.Version(), "go")
	if parts := strings.SplitN(gov, ".", 3); len(parts) >= 2 {
		gov = parts[0] + "." + parts[1]
	}
	return fmt.Sprintf("%s [Go %s, %s] on %s\n"+
		"Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
		Version, gov, mode, goruntime.GOOS)
}

// install prepares the VM for interactive use: __main__ exists (for the
// completer) and input() reads through the ui, so that its prompt and the
// line being typed are drawn by the same line editor as the REPL's.
func (r *repl) install() {
	t := r.vm.Main
	if r.globals == nil {
		r.vm.RunString("", "<stdin>", compiler.ModeExec, nil) // creates __main__
	}
	orig, _ := t.Interp.Builtins.GetStrT(t, runtime.Intern("input"))
	input := runtime.NewBuiltin("input", func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
		if !t.IsMain() || !stdinIsConsole(t) {
			return runtime.Call(t, orig, args, kw)
		}
		if err := runtime.CheckArgs(t, "input", args, kw, 0, 1); err != nil {
			return nil, err
		}
		prompt := ""
		if len(args) == 1 {
			s, err := runtime.ToStr(t, args[0])
			if err != nil {
				return nil, err
			}
			prompt = s.String()
		}
		r.vm.Flush()
		var line string
		var err error
		t.Blocking(func() { line, err = r.ui.ReadLine(prompt) })
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			return nil, runtime.NewException(t, runtime.KeyboardInterruptType)
		case errors.Is(err, io.EOF):
			return nil, runtime.Errorf(t, runtime.EOFErrorType, "EOF when reading a line")
		case err != nil:
			return nil, runtime.Errorf(t, runtime.OSErrorType, "%s", err)
		}
		return runtime.NewStr(line), nil
	})
	input.Module = "builtins"
	if b, ok := orig.(*runtime.Builtin); ok {
		input.Doc = b.Doc
	}
	t.Interp.Builtins.SetStr(t, runtime.Intern("input"), input)
}

// stdinIsConsole reports whether sys.stdin is still the process's stdin.
func stdinIsConsole(t *runtime.Thread) bool {
	sys, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("sys"))
	if !ok {
		return false
	}
	in, err1 := runtime.GetAttr(t, sys, runtime.Intern("stdin"))
	orig, err2 := runtime.GetAttr(t, sys, runtime.Intern("__stdin__"))
	return err1 == nil && err2 == nil && in == orig
}

// consoleReader is the VM's stdin in a REPL: sys.stdin reads lines through
// the ui (no prompt), never behind the line editor's back.
type consoleReader struct {
	ui        ui
	interrupt func() // Ctrl-C while reading: KeyboardInterrupt at the next check
	buf       []byte
	mu        sync.Mutex
}

func (c *consoleReader) Read(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.buf) == 0 {
		line, err := c.ui.ReadLine("")
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			if c.interrupt != nil {
				c.interrupt()
			}
			return 0, io.EOF
		case err != nil:
			return 0, io.EOF
		}
		c.buf = append(c.buf, line...)
		c.buf = append(c.buf, '\n')
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

// read shows a prompt with the GIL released (background threads run while
// the user types) and the completer allowed in.
func (r *repl) read(prompt string) (line string, err error) {
	r.vm.Flush()
	r.vm.Main.Blocking(func() {
		r.mu.Unlock()
		line, err = r.ui.ReadLine(prompt)
		r.mu.Lock()
	})
	return line, err
}

// run reads and runs inputs until EOF or SystemExit, and returns the exit status.
func (r *repl) run() int {
	var lines []string
	for {
		prompt := ps1
		if len(lines) > 0 {
			prompt = ps2
		}
		if r.vm.TakeInterrupt() {
			// A Ctrl-C that arrived after the last input finished.
			fmt.Fprintln(r.stderr, "KeyboardInterrupt")
			lines, prompt = nil, ps1
		}
		line, err := r.read(prompt)
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			fmt.Fprintln(r.stderr, "KeyboardInterrupt")
			lines = nil
			continue
		case errors.Is(err, io.EOF):
			return 0 // the ui ended the line
		case err != nil:
			fmt.Fprintf(r.stderr, "pyg: %v\n", err)
			return 1
		}
		lines = append(lines, line)
		src := strings.Join(lines, "\n") + "\n"
		switch inputState(src, line) {
		case inputMore:
			continue
		case inputEmpty:
			lines = nil
			continue
		}
		lines = nil
		if code, exit := r.exec(src); exit {
			return code
		}
	}
}

// exec runs one complete input. It reports whether the session must end
// (SystemExit) and with which status.
func (r *repl) exec(src string) (int, bool) {
	name := fmt.Sprintf("<python-input-%d>", r.inputs)
	r.inputs++
	r.vm.TakeInterrupt() // a stale Ctrl-C must not hit the new input
	_, err := r.vm.RunString(src, name, compiler.ModeSingle, r.globals)
	return r.report(err)
}

// report prints err as an uncaught exception (the VM's own printing: syntax
// errors, tracebacks) and reports whether it was SystemExit.
func (r *repl) report(err error) (int, bool) {
	if err == nil {
		r.vm.Flush()
		return 0, false
	}
	var e *runtime.Exception
	if errors.As(err, &e) && e.Type().IsSubtype(runtime.SystemExitType) {
		return r.vm.ExitCode(err), true
	}
	r.vm.ExitCode(err) // prints; the status is for scripts only
	return 0, false
}

// Input states.
const (
	inputComplete = iota // run it
	inputMore            // read another line
	inputEmpty           // nothing to run (blank or comment-only)
)

// compoundKeywords start statements that take a block: the REPL reads them
// until an empty line even when the header carries its body (`if x: f()`),
// as CPython does.
var compoundKeywords = map[string]bool{
	"if": true, "while": true, "for": true, "try": true, "with": true,
	"def": true, "class": true, "async": true,
}

// inputState decides from the lexer's tokens whether src (all lines so far;
// last is the newest) is complete. An open bracket, triple-quoted string or
// trailing backslash (lexer.Error.Incomplete) needs more lines; so does a
// compound statement — a header ending with ':', a decorator or a compound
// keyword — until an empty line closes it. Any other error is complete: the
// compiler reports it.
func inputState(src, last string) int {
	toks, err := lexer.Tokenize("<stdin>", []byte(src))
	if err != nil {
		var le *lexer.Error
		if errors.As(err, &le) && le.Incomplete() {
			return inputMore
		}
		return inputComplete
	}
	block, hasTokens := false, false
	var prev *lexer.Token
	for i := range toks {
		tok := &toks[i]
		switch tok.Kind {
		case lexer.EOF, lexer.DEDENT:
			continue
		case lexer.INDENT:
			block = true
		case lexer.NEWLINE:
			if prev != nil && prev.Kind == lexer.OP && prev.Value == ":" {
				block = true // a block header
			}
		default:
			if !hasTokens {
				hasTokens = true
				if tok.Kind == lexer.OP && tok.Value == "@" || tok.Kind == lexer.NAME && compoundKeywords[tok.Value] {
					block = true
				}
			}
		}
		prev = tok
	}
	switch {
	case !hasTokens:
		return inputEmpty
	case block && strings.TrimSpace(last) != "":
		return inputMore
	}
	return inputComplete
}

// pythonKeywords are the candidates of Tab completion besides names
// (keyword.kwlist and keyword.softkwlist).
var pythonKeywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await", "break",
	"class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
	"from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
	"pass", "raise", "return", "try", "while", "with", "yield",
	"_", "case", "match", "type",
}

// indentUnit is what Tab inserts when only whitespace precedes the cursor.
const indentUnit = "    "

// Do implements readline.AutoCompleter: the word before the cursor is
// completed with keywords, builtins and globals, or `obj.attr` with the
// attributes dir(obj) lists. Only simple dotted names are evaluated (name
// lookups, getattr and dir); nothing else runs.
func (r *repl) Do(line []rune, pos int) ([][]rune, int) {
	before := string(line[:pos])
	if strings.TrimSpace(before) == "" {
		return [][]rune{[]rune(indentUnit)}, 0
	}
	word := completionWord(before)
	if strings.HasPrefix(word, ".") || strings.Contains(word, "..") {
		return nil, 0 // an attribute of something other than a dotted name
	}
	cands := r.complete(word)
	_, prefix := splitDotted(word)
	out := make([][]rune, len(cands))
	for i, c := range cands {
		out[i] = []rune(c[len(word):]) // complete already checked the prefix
	}
	return out, utf8.RuneCountInString(prefix)
}

// completionWord returns the dotted name that ends before the cursor.
func completionWord(before string) string {
	rs := []rune(before)
	i := len(rs)
	for i > 0 && (rs[i-1] == '.' || rs[i-1] == '_' || unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
		i--
	}
	return string(rs[i:])
}

// splitDotted splits "a.b.pre" into "a.b" and "pre".
func splitDotted(word string) (obj, prefix string) {
	if i := strings.LastIndexByte(word, '.'); i >= 0 {
		return word[:i], word[i+1:]
	}
	return "", word
}

// complete returns the full names (the prefix included) that complete word,
// sorted. It may run on readline's goroutine: it uses the VM only while the
// main goroutine waits at the prompt.
func (r *repl) complete(word string) (names []string) {
	objPath, prefix := splitDotted(word)
	if objPath == "" {
		names = append(names, pythonKeywords...)
	}
	if !r.mu.TryLock() {
		// Code is running (input() reads a line): keywords only.
		return filterNames(names, prefix)
	}
	defer r.mu.Unlock()
	t := r.vm.Main
	if g := t.Interp.GIL; g != nil {
		g.Acquire(t)
		defer g.Release(t)
	}
	defer func() {
		if recover() != nil {
			names = nil
		}
	}()
	globals := r.globalsDict()
	if objPath == "" {
		for _, d := range []*runtime.Dict{globals, t.Interp.Builtins} {
			for _, k := range d.Keys(t) {
				if s, ok := k.(*runtime.Str); ok {
					names = append(names, s.String())
				}
			}
		}
		return filterNames(names, prefix)
	}
	parts := strings.Split(objPath, ".")
	for _, p := range parts {
		if !isIdentifier(p) {
			return nil
		}
	}
	obj, ok := globals.GetStrT(t, runtime.NewStr(parts[0]))
	if !ok {
		if obj, ok = t.Interp.Builtins.GetStrT(t, runtime.NewStr(parts[0])); !ok {
			return nil
		}
	}
	for _, p := range parts[1:] {
		v, err := runtime.GetAttr(t, obj, runtime.NewStr(p))
		if err != nil {
			return nil
		}
		obj = v
	}
	dir, ok := t.Interp.Builtins.GetStrT(t, runtime.Intern("dir"))
	if !ok {
		return nil
	}
	res, err := runtime.Call(t, dir, []runtime.Object{obj}, nil)
	if err != nil {
		return nil
	}
	list, ok := res.(*runtime.List)
	if !ok {
		return nil
	}
	for _, v := range list.Items {
		if s, ok := v.(*runtime.Str); ok {
			names = append(names, objPath+"."+s.String())
		}
	}
	return filterNames(names, word)
}

// filterNames keeps the sorted, distinct names that start with prefix whose
// last component is public unless prefix asks for '_' names.
func filterNames(names []string, prefix string) []string {
	_, last := splitDotted(prefix)
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		if !strings.HasPrefix(n, prefix) || seen[n] {
			continue
		}
		if _, l := splitDotted(n); strings.HasPrefix(l, "_") && !strings.HasPrefix(last, "_") {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// globalsDict returns the namespace inputs run in.
func (r *repl) globalsDict() *runtime.Dict {
	if r.globals != nil {
		return r.globals
	}
	t := r.vm.Main
	if m, ok := t.Interp.Modules.GetStrT(t, runtime.Intern("__main__")); ok {
		if mod, ok := m.(*runtime.Module); ok {
			return mod.Dict
		}
	}
	return runtime.NewDict()
}

func isIdentifier(s string) bool {
	for i, c := range s {
		if c != '_' && !unicode.IsLetter(c) && (i == 0 || !unicode.IsDigit(c)) {
			return false
		}
	}
	return s != ""
}
