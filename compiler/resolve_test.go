package compiler

import (
	"sort"
	"strings"
	"testing"

	"pyg/parser"
)

// scopeString prints each scope as "qualname: name=binding ..." (sorted),
// one line per scope, depth-first.
func scopeString(s *Scope) string {
	var b strings.Builder
	var walk func(s *Scope)
	walk = func(s *Scope) {
		names := make([]string, 0, len(s.Symbols))
		for n := range s.Symbols {
			names = append(names, n)
		}
		sort.Strings(names)
		b.WriteString(s.QualName + ":")
		for _, n := range names {
			sym := s.Symbols[n]
			b.WriteString(" " + n + "=" + sym.Binding.String())
			if sym.flags&defFreeClass != 0 {
				b.WriteString("+freeclass")
			}
		}
		if s.NeedsClassCell {
			b.WriteString(" [__class__ cell]")
		}
		b.WriteString("\n")
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(s)
	return b.String()
}

func TestResolve(t *testing.T) {
	tests := []struct{ src, want string }{
		{"x = 1\nprint(x)\n", `<module>: print=global_implicit x=local`},
		{`
def f(a):
    b = a
    def g():
        return a + c
    return g
`, `<module>: f=local
f: a=cell b=local g=local
f.<locals>.g: a=free c=global_implicit`},
		{`
def f():
    global x
    x = 1
    def g():
        nonlocal y
    y = 2
`, `<module>: f=local
f: g=local x=global y=cell
f.<locals>.g: y=free`},
		{`
def outer():
    x = 1
    class C:
        x = 2
        y = x
        def m(self):
            return x, super()
    return C
`, `<module>: outer=local
outer: C=local x=cell
outer.<locals>.C: m=local x=local+freeclass y=local [__class__ cell]
outer.<locals>.C.m: __class__=free self=local super=global_implicit x=free`},
		{`
def f(xs):
    z = [y for y in xs if (w := y)]
    return w
`, `<module>: f=local
f: w=local xs=local y=local z=local
f.<locals>.<listcomp>: .0=local w=free y=local`},
		{`[w := i for i in range(3)]
`, `<module>: range=global_implicit w=local
<listcomp>: .0=local i=local w=global`},
		{`
def f():
    class C:
        print(v)
    v = 1
`, `<module>: f=local
f: C=local v=cell
f.<locals>.C: print=global_implicit v=free`},
		{`
class C:
    def __m(self): self.__x = 1
`, `<module>: C=local
C: _C__m=local
C.__m: self=local`},
		{`
def f(a):
    def g(): return a
    lambda: a
`, `<module>: f=local
f: a=cell g=local
f.<locals>.g: a=free
f.<locals>.<lambda>: a=free`},
	}
	for _, tt := range tests {
		src := strings.TrimPrefix(tt.src, "\n")
		mod, err := parser.ParseFile("t.py", []byte(src))
		if err != nil {
			t.Fatalf("parse %q: %v", src, err)
		}
		res, err := Resolve(mod, "t.py", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		got := strings.TrimSpace(scopeString(res.Module))
		if got != strings.TrimSpace(tt.want) {
			t.Errorf("%s\ngot:\n%s\nwant:\n%s", src, got, tt.want)
		}
	}
}

// errorCases are compile-time errors with CPython 3.13's message and position.
var errorCases = []struct {
	src       string
	msg       string
	line, col int
}{
	{"f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1},
	{"a+b = 1\n", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1},
	{"x.y() += 1\n", "'function call' is an illegal expression for augmented assignment", 1, 1},
	{"del f()\n", "cannot delete function call", 1, 5},
	{"(a, *b, *c) = x\n", "multiple starred expressions in assignment", 1, 1},
	{"*a = x\n", "starred assignment target must be in a list or tuple", 1, 1},
	{"f(a=1, b)\n", "positional argument follows keyword argument", 1, 9},
	{"f(**k, *a)\n", "iterable argument unpacking follows keyword argument unpacking", 1, 8},
	{"f(**a, b)\n", "positional argument follows keyword argument unpacking", 1, 9},
	{"def f(x, x): pass\n", "duplicate argument 'x' in function definition", 1, 10},
	{"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8},
	{"return\n", "'return' outside function", 1, 1},
	{"class C:\n  return 1\n", "'return' outside function", 2, 3},
	{"break\n", "'break' outside loop", 1, 1},
	{"while 1:\n  def f():\n    break\n", "'break' outside loop", 3, 5},
	{"continue\n", "'continue' not properly in loop", 1, 1},
	{"yield\n", "'yield' outside function", 1, 1},
	{"class C:\n  yield 1\n", "'yield' outside function", 2, 3},
	{"def f():\n  [(yield) for x in y]\n", "'yield' inside list comprehension", 2, 5},
	{"await x\n", "'await' outside function", 1, 1},
	{"def f():\n  await x\n", "'await' outside async function", 2, 3},
	{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
	{"def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found", 2, 3},
	{"def f():\n  x=1\n  global x\n", "name 'x' is assigned to before global declaration", 3, 3},
	{"def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration", 3, 3},
	{"def f(x):\n  global x\n", "name 'x' is parameter and global", 2, 3},
	{"def f(x):\n  nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 3},
	{"def f():\n  global x\n  nonlocal x\n", "name 'x' is nonlocal and global", 2, 3},
	{"class C:\n  [y := 1 for i in x]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 4},
	{"[i := 1 for i in x]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2},
	{"for 1 in x: pass\n", "cannot assign to literal", 1, 5},
	{"with a as 1: pass\n", "cannot assign to literal", 1, 11},
	{"del (a, 1)\n", "cannot delete literal", 1, 9},
	{"def f():\n  from y import *\n", "import * only allowed at module level", 2, 17},
	{"x = *a\n", "can't use starred expression here", 1, 5},
	{"def f():\n  x: int\n  global x\n", "annotated name 'x' can't be global", 3, 3},
	{"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "default 'except:' must be last", 3, 1},
	{"def f():\n  [await x for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 3},
	{"def f():\n  [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 2, 3},
	{"async def f():\n  def g():\n    [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function", 3, 5},
	{"async def f():\n  yield from x\n", "'yield from' inside async function", 2, 3},
	{"async def f():\n  yield 1\n  return 2\n", "'return' with value in async generator", 3, 3},
	{"def f():\n  async for x in y: pass\n", "'async for' outside async function", 2, 3},
	{"def f():\n  async with x: pass\n", "'async with' outside async function", 2, 3},
	{"async for x in y: pass\n", "'async for' outside async function", 1, 1},
	{"async def f():\n  lambda: await x\n", "'await' outside async function", 2, 11},
}

func TestCompileErrors(t *testing.T) {
	for _, tt := range errorCases {
		mod, err := parser.ParseFile("t.py", []byte(tt.src))
		if err != nil {
			se, ok := err.(*parser.SyntaxError)
			if ok && se.Msg == tt.msg {
				continue // the parser already reports it
			}
			t.Errorf("%q: parse error %v", tt.src, err)
			continue
		}
		_, err = Compile(mod, "t.py", []byte(tt.src), ModeExec)
		se, ok := err.(*parser.SyntaxError)
		if !ok {
			t.Errorf("%q: got %v, want SyntaxError %q", tt.src, err, tt.msg)
			continue
		}
		if se.Msg != tt.msg || se.Line != tt.line || se.Col != tt.col {
			t.Errorf("%q: got %q at %d:%d, want %q at %d:%d", tt.src, se.Msg, se.Line, se.Col, tt.msg, tt.line, tt.col)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	src := "x = " + strings.Repeat("(", 190) + "1" + strings.Repeat(")", 190) + "\n"
	mod, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		t.Skipf("parser: %v", err)
	}
	if _, err := Compile(mod, "t.py", []byte(src), ModeExec); err != nil {
		t.Fatal(err)
	}
	// Build a deeply nested expression by hand: the compiler must refuse it cleanly.
	var e parser.Expr = &parser.Name{Id: "x"}
	for i := 0; i < 100000; i++ {
		e = &parser.UnaryOp{Op: parser.USub, Operand: e}
	}
	deep := &parser.Module{Body: []parser.Stmt{&parser.ExprStmt{Value: e}}}
	if _, err := Compile(deep, "t.py", nil, ModeExec); err == nil {
		t.Fatal("no error for 100000 nested expressions")
	} else if _, ok := err.(*parser.SyntaxError); !ok {
		t.Fatalf("got %T %v", err, err)
	}
}
