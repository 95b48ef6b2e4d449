package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pyg/parser"
)

func TestModes(t *testing.T) {
	src := []byte("x = 1\nx\nfor i in y:\n    i\ndef f():\n    x\n")
	code, err := compileSource(t, "<stdin>", src, ModeSingle)
	if err != nil {
		t.Fatal(err)
	}
	top := strings.Split(Disassemble(code), "Disassembly of")[0]
	if n := strings.Count(top, "PRINT_EXPR"); n != 2 {
		t.Errorf("ModeSingle: %d PRINT_EXPR at module level, want 2:\n%s", n, top)
	}

	e, err := parser.ParseExpr("<string>", []byte("a + [b for b in c]"))
	if err != nil {
		t.Skipf("ParseExpr: %v", err)
	}
	code, err = CompileExpr(e, "<string>", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkCode(t, code)
	if op, _ := Decode(code.Instrs[len(code.Instrs)-1]); op != RETURN_VALUE {
		t.Errorf("eval code ends with %v", op)
	}
	mod, _ := parser.ParseFile("<string>", []byte("1 + 2\n"))
	if code, err := Compile(mod, "<string>", nil, ModeEval); err != nil {
		t.Fatal(err)
	} else if op, _ := Decode(code.Instrs[len(code.Instrs)-1]); op != RETURN_VALUE {
		t.Errorf("eval code ends with %v", op)
	}
}

// TestTricky compiles control-flow corner cases; the assembler checks that
// stack depths agree on every path, so compiling is the test.
func TestTricky(t *testing.T) {
	cases := []string{
		"def f():\n for x in y:\n  try:\n   continue\n  finally:\n   return 1\n",
		"def f():\n while 1:\n  try:\n   pass\n  finally:\n   break\n",
		"def f():\n for a in b:\n  with c as d:\n   try:\n    return d\n   except E as e:\n    continue\n   finally:\n    for z in w:\n     break\n",
		"def f():\n try:\n  yield 1\n except:\n  yield 2\n finally:\n  yield 3\n",
		"def f():\n for i in x:\n  try:\n   pass\n  except E as e:\n   try:\n    break\n   finally:\n    return e\n",
		"def f():\n with a, b as c:\n  with d:\n   return [x for x in c]\n",
		"def f(self):\n class C:\n  def m(s): return super().m() + __class__\n return C\n",
		"try:\n pass\nexcept* E:\n pass\n",
		"while x:\n if y: break\nelse:\n pass\n",
		"def f():\n return\n x = 1\n",
		"def f():\n while True:\n  pass\n",
		"def f():\n try:\n  return 1\n finally:\n  pass\n",
		"x = [*a, *b]\ny = (*a,)\nz = {**a}\nf(*a, **b, c=1)\n",
		"a.b.c += [1]\nx[y][z] @= 2\n",
		"def f(a, /, b, *, c): del a, b, c\n",
		"lambda *a, **k: (a, k)\n",
		"class C:\n x = 1\n def f(self):\n  global x\n  return x\n",
		"def f():\n x = 1\n class C:\n  nonlocal x\n  x = 2\n",
	}
	for _, src := range cases {
		mod, err := parser.ParseFile("t.py", []byte(src))
		if err != nil {
			continue
		}
		code, err := Compile(mod, "t.py", []byte(src), ModeExec)
		if err != nil {
			if _, ok := err.(*parser.SyntaxError); !ok {
				t.Errorf("%q: %v", src, err)
			}
			continue
		}
		checkCode(t, code)
	}
}

func TestBenchPrograms(t *testing.T) {
	files, _ := filepath.Glob("/work/shared/bench/programs/*.py")
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			t.Logf("%s: parse: %v", f, err)
			continue
		}
		code, err := Compile(mod, f, src, ModeExec)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkCode(t, code)
	}
}
