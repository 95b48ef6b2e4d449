package compiler

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pyg/parser"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func compileSource(t testing.TB, filename string, src []byte, mode Mode) (*Code, error) {
	t.Helper()
	mod, err := parser.ParseFile(filename, src)
	if err != nil {
		t.Fatalf("parse %s: %v", filename, err)
	}
	return Compile(mod, filename, src, mode)
}

// TestGolden compiles testdata/*.py and compares the disassembly with
// testdata/*.dis (go test ./compiler -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			code, err := compileSource(t, filepath.Base(f), src, ModeExec)
			if err != nil {
				t.Fatalf("compile: %v", err)
			}
			checkCode(t, code)
			got := Disassemble(code)
			golden := strings.TrimSuffix(f, ".py") + ".dis"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./compiler -update)", err)
			}
			if got != string(want) {
				t.Errorf("disassembly differs from %s:\n%s", golden, diff(string(want), got))
			}
		})
	}
}

// checkCode verifies the invariants documented in doc.go.
func checkCode(t *testing.T, c *Code) {
	t.Helper()
	if len(c.Lines) != len(c.Instrs) {
		t.Errorf("%s: %d lines for %d instructions", c.QualName, len(c.Lines), len(c.Instrs))
	}
	for pc, ins := range c.Instrs {
		op, arg := Decode(ins)
		if op >= numOpcodes {
			t.Errorf("%s: bad opcode at %d", c.QualName, pc)
		}
		if op.HasJump() && int(arg) >= len(c.Instrs) {
			t.Errorf("%s: jump target %d out of range at %d", c.QualName, arg, pc)
		}
		if op == JUMP && int(arg) <= pc || op == JUMP_BACKWARD && int(arg) > pc {
			t.Errorf("%s: %v in the wrong direction at %d", c.QualName, op, pc)
		}
		if n := Span(op); n > 1 {
			// A superinstruction heads the run it was made from.
			run := append([]uint32{Instr(BaseOp(op), arg)}, c.Instrs[pc+1:min(pc+n, len(c.Instrs))]...)
			if got, m := fusion(run); got != op || m != n {
				t.Errorf("%s: %v at %d does not head its run (%v, %d)", c.QualName, op, pc, got, m)
			}
		}
	}
	for _, e := range c.ExcTable {
		if e.Start >= e.End || e.End > len(c.Instrs) || e.Handler >= len(c.Instrs) || e.Depth < 0 || e.Depth > c.MaxStack {
			t.Errorf("%s: bad exception table entry %+v", c.QualName, e)
		}
	}
	for i := 1; i < len(c.ExcTable); i++ {
		if c.ExcTable[i].Start < c.ExcTable[i-1].End {
			t.Errorf("%s: overlapping exception table entries", c.QualName)
		}
	}
	if c.Flags&FlagOptimized != 0 && len(c.VarNames) < c.ArgCount+c.KwOnlyCount {
		t.Errorf("%s: fewer varnames than parameters", c.QualName)
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			checkCode(t, sub)
		}
	}
}

// diff returns a minimal line diff.
func diff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	n := max(len(w), len(g))
	shown := 0
	for i := 0; i < n && shown < 40; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("-" + wl + "\n+" + gl + "\n")
			shown++
		}
	}
	return b.String()
}

func BenchmarkCompile(b *testing.B) {
	files, _ := filepath.Glob("/work/shared/bench/programs/*.py")
	more, _ := filepath.Glob("testdata/*.py")
	files = append(files, more...)
	type input struct {
		name string
		src  []byte
		mod  *parser.Module
	}
	var inputs []input
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		mod, err := parser.ParseFile(f, src)
		if err != nil {
			continue
		}
		inputs = append(inputs, input{f, src, mod})
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			if _, err := Compile(in.mod, in.name, in.src, ModeExec); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("/work/shared/bench/programs/*.py")
	more, _ := filepath.Glob("testdata/*.py")
	for _, p := range append(files, more...) {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	for _, s := range errorCases {
		f.Add([]byte(s.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := parser.ParseFile("fuzz.py", src)
		if err != nil {
			return
		}
		for _, mode := range []Mode{ModeExec, ModeSingle} {
			code, err := Compile(mod, "fuzz.py", src, mode)
			if err != nil {
				if _, ok := err.(*parser.SyntaxError); !ok {
					t.Fatalf("non-SyntaxError error: %v", err)
				}
				continue
			}
			checkCode(t, code)
			_ = Disassemble(code)
		}
	})
}
