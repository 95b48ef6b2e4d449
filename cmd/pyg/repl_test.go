package main

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/chzyer/readline"

	"pyg/runtime"
	"pyg/stdlib"
	"pyg/vm"
)

// syncBuffer is a transcript written by the VM and the scripted ui.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// ctrlC in a script stands for Ctrl-C at the prompt.
const ctrlC = "^C"

// scriptUI is a ui that types lines from a script and echoes each prompt
// and line into the transcript, the way a terminal shows them. After the
// last line it reports EOF (Ctrl-D).
type scriptUI struct {
	lines []string
	out   io.Writer
}

func (s *scriptUI) ReadLine(prompt string) (string, error) {
	if len(s.lines) == 0 {
		io.WriteString(s.out, prompt+"\n")
		return "", io.EOF
	}
	l := s.lines[0]
	s.lines = s.lines[1:]
	if l == ctrlC {
		io.WriteString(s.out, prompt+"^C\n")
		return "", readline.ErrInterrupt
	}
	io.WriteString(s.out, prompt+l+"\n")
	return l, nil
}

// newTestREPL returns a session on a fresh VM whose streams and ui all
// write to one transcript.
func newTestREPL(t *testing.T, freeThreaded bool, lines []string) (*repl, *syncBuffer) {
	t.Helper()
	out := &syncBuffer{}
	u := &scriptUI{lines: lines, out: out}
	stdin := &consoleReader{ui: u}
	m := vm.New(vm.Config{
		FreeThreaded: freeThreaded,
		Argv:         []string{""},
		Stdin:        stdin,
		Stdout:       out,
		Stderr:       out,
		Path:         []string{"."},
		Setup:        func(t *runtime.Thread) { stdlib.Register(t.Interp) },
	})
	t.Cleanup(m.Close)
	stdin.interrupt = m.Interrupt
	r := newREPL(u, m, out)
	r.install()
	return r, out
}

var modes = []struct {
	name         string
	freeThreaded bool
}{{"gil", false}, {"nogil", true}}

func TestReplSessions(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		want   string // the transcript
		status int
	}{
		{
			name:  "def over several lines",
			lines: []string{"def f(x):", "    y = x * 2", "    return y", "", "f(21)"},
			want: `>>> def f(x):
...     y = x * 2
...     return y
... 
>>> f(21)
42
>>> 
`,
		},
		{
			name: "class",
			lines: []string{"class C:", "    def __init__(self):", "        self.v = 5", "",
				"    def get(self):", "        return self.v", "", "C().get()"},
			// An empty line closes the block: the method after it is an
			// IndentationError, as in CPython; __init__ is kept.
			want: ">>> class C:\n...     def __init__(self):\n...         self.v = 5\n... \n" +
				">>>     def get(self):\n",
		},
		{
			name:  "class with methods",
			lines: []string{"class C:", "    def __init__(self):", "        self.v = 5", "    def get(self):", "        return self.v", "", "C().get()"},
			want: `>>> class C:
...     def __init__(self):
...         self.v = 5
...     def get(self):
...         return self.v
... 
>>> C().get()
5
>>> 
`,
		},
		{
			name:  "if else",
			lines: []string{"x = 3", "if x > 2:", "    print('big')", "else:", "    print('small')", ""},
			want: `>>> x = 3
>>> if x > 2:
...     print('big')
... else:
...     print('small')
... 
big
>>> 
`,
		},
		{
			name:  "for loop with body",
			lines: []string{"for i in range(3):", "    sq = i * i", "    print(i, sq)", ""},
			want: `>>> for i in range(3):
...     sq = i * i
...     print(i, sq)
... 
0 0
1 1
2 4
>>> 
`,
		},
		{
			name:  "while try with",
			lines: []string{"n = 0", "while n < 2:", "    n += 1", "", "try:", "    1/0", "except ZeroDivisionError:", "    print('caught', n)", ""},
			want: `>>> n = 0
>>> while n < 2:
...     n += 1
... 
>>> try:
...     1/0
... except ZeroDivisionError:
...     print('caught', n)
... 
caught 2
>>> 
`,
		},
		{
			name:  "one-line compound statement waits for an empty line",
			lines: []string{"if True: print('yes')", ""},
			want:  ">>> if True: print('yes')\n... \nyes\n>>> \n",
		},
		{
			name:  "decorator",
			lines: []string{"def deco(f): return f", "", "@deco", "def g(): return 7", "", "g()"},
			want:  ">>> def deco(f): return f\n... \n>>> @deco\n... def g(): return 7\n... \n>>> g()\n7\n>>> \n",
		},
		{
			name:  "open brackets across lines",
			lines: []string{"xs = [1,", "  2,", "", "  3]", "xs", "d = {'a':", "1}", "d"},
			want: `>>> xs = [1,
...   2,
... 
...   3]
>>> xs
[1, 2, 3]
>>> d = {'a':
... 1}
>>> d
{'a': 1}
>>> 
`,
		},
		{
			name:  "triple-quoted string across lines",
			lines: []string{`s = """one`, "", `two"""`, "s"},
			want: `>>> s = """one
... 
... two"""
>>> s
'one\n\ntwo'
>>> 
`,
		},
		{
			name:  "backslash continuation",
			lines: []string{`y = 1 + \`, "2", "y"},
			want:  ">>> y = 1 + \\\n... 2\n>>> y\n3\n>>> \n",
		},
		{
			name:  "echo and _",
			lines: []string{"1 + 1", "_ * 10", "_", "'s'", "[None]", "x = 4", "_"},
			want: `>>> 1 + 1
2
>>> _ * 10
20
>>> _
20
>>> 's'
's'
>>> [None]
[None]
>>> x = 4
>>> _
[None]
>>> 
`,
		},
		{
			name:  "None is not echoed and statements are silent",
			lines: []string{"None", "print('p')", "a = 1", "import math", "a"},
			want:  ">>> None\n>>> print('p')\np\n>>> a = 1\n>>> import math\n>>> a\n1\n>>> \n",
		},
		{
			name:  "blank and comment lines",
			lines: []string{"", "# just a comment", "   ", "1"},
			want:  ">>> \n>>> # just a comment\n>>>    \n>>> 1\n1\n>>> \n",
		},
		{
			name:  "error then state intact",
			lines: []string{"a = 5", "def f():", "    return a / 0", "", "f()", "a"},
			want: `>>> a = 5
>>> def f():
...     return a / 0
... 
>>> f()
Traceback (most recent call last):
  File "<python-input-2>", line 1, in <module>
    f()
    ~^^
  File "<python-input-1>", line 2, in f
    return a / 0
           ~~^~~
ZeroDivisionError: division by zero
>>> a
5
>>> 
`,
		},
		{
			name:  "syntax error reported at once",
			lines: []string{"x = )", "x = 2", "x"},
			want: `>>> x = )
  File "<python-input-0>", line 1
    x = )
        ^
SyntaxError: unmatched ')'
>>> x = 2
>>> x
2
>>> 
`,
		},
		{
			name:  "indentation error inside a block reported at once",
			lines: []string{"if True:", "    a = 1", "  b = 2", "7"},
			want: `>>> if True:
...     a = 1
...   b = 2
  File "<python-input-0>", line 3
    b = 2
         ^
IndentationError: unindent does not match any outer indentation level
>>> 7
7
>>> 
`,
		},
		{
			name:  "Ctrl-C clears the pending block",
			lines: []string{"if True:", "    print('no')", ctrlC, "print('yes')"},
			want: `>>> if True:
...     print('no')
... ^C
KeyboardInterrupt
>>> print('yes')
yes
>>> 
`,
		},
		{
			name:  "Ctrl-C at an empty prompt",
			lines: []string{ctrlC, "1"},
			want:  ">>> ^C\nKeyboardInterrupt\n>>> 1\n1\n>>> \n",
		},
		{
			name:  "input and sys.stdin read through the ui",
			lines: []string{"name = input('who? ')", "bob", "name", "import sys", "sys.stdin.readline()", "hello"},
			want: `>>> name = input('who? ')
who? bob
>>> name
'bob'
>>> import sys
>>> sys.stdin.readline()
hello
'hello\n'
>>> 
`,
		},
		{
			name:  "exit() ends the session",
			lines: []string{"exit()", "print('not reached')"},
			want:  ">>> exit()\n",
		},
		{
			name:   "quit(3) ends with its status",
			lines:  []string{"quit(3)"},
			want:   ">>> quit(3)\n",
			status: 3,
		},
		{
			name:   "SystemExit from a block",
			lines:  []string{"import sys", "if True:", "    sys.exit(4)", ""},
			want:   ">>> import sys\n>>> if True:\n...     sys.exit(4)\n... \n",
			status: 4,
		},
		{
			name:  "exit echoes its hint",
			lines: []string{"exit"},
			want:  ">>> exit\nUse exit() or Ctrl-D (i.e. EOF) to exit\n>>> \n",
		},
		{
			name:  "EOF",
			lines: nil,
			want:  ">>> \n",
		},
	}
	for _, mode := range modes {
		for _, tc := range tests {
			t.Run(mode.name+"/"+tc.name, func(t *testing.T) {
				r, out := newTestREPL(t, mode.freeThreaded, tc.lines)
				status := r.run()
				got := out.String()
				if tc.name == "class" {
					// Only the start matters: what follows is an IndentationError.
					if !strings.HasPrefix(got, tc.want) || !strings.Contains(got, "IndentationError: unexpected indent") {
						t.Errorf("transcript:\n%s", got)
					}
					return
				}
				if got != tc.want {
					t.Errorf("transcript:\n%s\nwant:\n%s", got, tc.want)
				}
				if status != tc.status {
					t.Errorf("status %d, want %d", status, tc.status)
				}
			})
		}
	}
}

// TestReplInterruptRunning: a SIGINT while code runs (here vm.Interrupt,
// what the VM's signal handler does) raises KeyboardInterrupt through the
// eval breaker, and the session goes on with its state.
func TestReplInterruptRunning(t *testing.T) {
	for _, mode := range modes {
		t.Run(mode.name, func(t *testing.T) {
			r, out := newTestREPL(t, mode.freeThreaded, []string{
				"n = 0",
				"while True:",
				"    n += 1",
				"    if n == 1000: interrupt()",
				"",
				"n >= 1000",
			})
			m := r.vm
			m.Interp.Builtins.SetStr(m.Main, runtime.Intern("interrupt"), runtime.NewBuiltin("interrupt",
				func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
					m.Interrupt()
					return runtime.None, nil
				}))
			if status := r.run(); status != 0 {
				t.Errorf("status %d", status)
			}
			got := out.String()
			for _, want := range []string{"Traceback (most recent call last):\n", "\nKeyboardInterrupt\n>>> n >= 1000\nTrue\n>>> \n"} {
				if !strings.Contains(got, want) {
					t.Errorf("transcript lacks %q:\n%s", want, got)
				}
			}
		})
	}
}

func TestReplInputState(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want int
	}{
		{"1 + 1\n", inputComplete},
		{"x = (1,\n", inputMore},
		{"x = [\n\n", inputMore},
		{"s = '''a\n", inputMore},
		{"x = 1 + \\\n", inputMore},
		{"if x:\n", inputMore},
		{"if x:\n  a\n", inputMore},
		{"if x:\n  a\n\n", inputComplete},
		{"if x: a\n", inputMore},
		{"if x: a\n\n", inputComplete},
		{"@d\n", inputMore},
		{"class C: pass\n", inputMore},
		{"x: int = 1\n", inputComplete},
		{"match = 1\n", inputComplete},
		{"match x:\n", inputMore},
		{"x = )\n", inputComplete},
		{"s = 'abc\n", inputComplete},
		{"\n", inputEmpty},
		{"# c\n", inputEmpty},
	} {
		lines := strings.Split(strings.TrimSuffix(tc.src, "\n"), "\n")
		if got := inputState(tc.src, lines[len(lines)-1]); got != tc.want {
			t.Errorf("inputState(%q) = %d, want %d", tc.src, got, tc.want)
		}
	}
}

func TestReplComplete(t *testing.T) {
	r, _ := newTestREPL(t, false, []string{"import math", "spam = 'abc'", "class K:", "    eggs = 1", "    _hidden = 2", ""})
	r.run()
	// At the prompt: the main goroutine lets go of the VM while it reads.
	complete := func(line string) []string {
		var got [][]rune
		var n int
		r.vm.Main.Blocking(func() {
			r.mu.Unlock()
			got, n = r.Do([]rune(line), len([]rune(line)))
			r.mu.Lock()
		})
		out := make([]string, len(got))
		for i, c := range got {
			out[i] = strings.Repeat("<", n) + string(c)
		}
		return out
	}
	for _, tc := range []struct {
		line string
		want string
	}{
		{"", "    "},
		{"    ", "    "},
		{"pri", "<<<nt"},
		{"impo", "<<<<rt"},
		{"x = sp", "<<am"},
		{"math.sq", "<<rt"},
		{"print(math.fl", "<<oor"},
		{"spam.upp", "<<<er"},
		{"K.e", "<ggs"},
		{"K._h", "<<idden"},
		{"K.", "eggs"},
		{"nosuch.x", ""},
		{"(1).re", ""},
	} {
		if got := strings.Join(complete(tc.line), " "); got != tc.want {
			t.Errorf("complete %q = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestReplBanner(t *testing.T) {
	for _, ft := range []bool{false, true} {
		b := banner(ft)
		mode := map[bool]string{false: ", GIL enabled] on ", true: ", free-threaded] on "}[ft]
		if !strings.HasPrefix(b, Version+" [Go ") || !strings.Contains(b, mode) ||
			!strings.HasSuffix(b, "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n") {
			t.Errorf("banner(%v) = %q", ft, b)
		}
	}
}
