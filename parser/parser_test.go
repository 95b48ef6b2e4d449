package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseDump compares Dump output with CPython 3.13's ast, rendered by
// testdata/pydump.py (see cases_test.go).
func TestParseDump(t *testing.T) {
	for _, c := range astCases {
		m, err := ParseFile("x.py", []byte(c.src))
		if err != nil {
			t.Errorf("%q: unexpected error %v", c.src, err)
			continue
		}
		if got := Dump(m); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// TestSyntaxErrors compares Format with what CPython 3.13 prints for the same script.
func TestSyntaxErrors(t *testing.T) {
	for _, c := range syntaxErrorCases {
		_, err := ParseFile("x.py", []byte(c.src))
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: want SyntaxError, got %v", c.src, err)
			continue
		}
		if got := se.Format(); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestParseExpr(t *testing.T) {
	for src, want := range map[string]string{
		"1 + 2":         "(BinOp (Constant 1) + (Constant 2))",
		"a, b":          "(Tuple [(Name a) (Name b)])",
		"  x\n":         "(Name x)",
		"-2 ** 2":       "(UnaryOp - (BinOp (Constant 2) ** (Constant 2)))",
		"f'{x=}'":       `(JoinedStr [(Constant "x=") (FormattedValue (Name x) !r)])`,
		"[*a, *b]":      "(List [(Starred (Name a)) (Starred (Name b))])",
		"lambda: 0":     "(Lambda (arguments) (Constant 0))",
		"a if b else c": "(IfExp (Name b) (Name a) (Name c))",
	} {
		x, err := ParseExpr("<string>", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if got := Dump(x); got != want {
			t.Errorf("%q: got %s, want %s", src, got, want)
		}
	}
	for _, src := range []string{"x = 1", "if x: y", "1 +", ")"} {
		if _, err := ParseExpr("<string>", []byte(src)); err == nil {
			t.Errorf("%q: want error", src)
		}
	}
}

func TestPositions(t *testing.T) {
	m, err := ParseFile("x.py", []byte("x = foo(a, b)\nif x:\n    y = 'é' + z\n"))
	if err != nil {
		t.Fatal(err)
	}
	as := m.Body[0].(*Assign)
	s, e := as.Span()
	if s.Line != 1 || s.Col != 1 || e.Line != 1 || e.Col != 14 {
		t.Errorf("assign span %v-%v", s, e)
	}
	call := as.Value.(*Call)
	if call.Start.Col != 5 || call.End.Col != 14 {
		t.Errorf("call span %v-%v", call.Start, call.End)
	}
	ifs := m.Body[1].(*If)
	if ifs.End.Line != 3 || ifs.End.Col != 16 {
		t.Errorf("if end %v", ifs.End)
	}
	bin := ifs.Body[0].(*Assign).Value.(*BinOp)
	if bin.Right.(*Name).Start.Col != 15 {
		t.Errorf("z at %v (columns count runes)", bin.Right.(*Name).Start)
	}
}

func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		strings.Repeat("(", 100000),
		strings.Repeat("(", 300) + strings.Repeat(")", 300),
		"x = " + strings.Repeat("[", 100000),
		"x = " + strings.Repeat("-", 100000) + "1",
		"x = " + strings.Repeat("not ", 100000) + "1",
		"x = " + strings.Repeat("lambda: ", 100000) + "1",
		"x = " + strings.Repeat("a if b else ", 100000) + "1",
		"x = " + strings.Repeat("2 ** ", 100000) + "1",
		"x = " + strings.Repeat("await ", 100000) + "1",
	} {
		_, err := ParseFile("x.py", []byte(src))
		if _, ok := err.(*SyntaxError); !ok {
			t.Errorf("%.20q...: want SyntaxError, got %v", src, err)
		}
	}
}

func TestNewSyntaxError(t *testing.T) {
	src := []byte("def f():\n    pass\nreturn 1\n")
	m, err := ParseFile("x.py", src)
	if err != nil {
		t.Fatal(err)
	}
	s, e := m.Body[1].Span()
	got := NewSyntaxError("x.py", src, s, e, "", "'return' outside function").Format()
	want := "  File \"x.py\", line 3\n    return 1\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func benchSources(tb testing.TB) [][]byte {
	files, _ := filepath.Glob("/work/shared/bench/programs/*.py")
	local, _ := filepath.Glob("testdata/*.py")
	files = append(files, local...)
	var srcs [][]byte
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			srcs = append(srcs, b)
		}
	}
	return srcs
}

func BenchmarkParse(b *testing.B) {
	var big []byte
	for i := 0; i < 5; i++ {
		for _, s := range benchSources(b) {
			big = append(big, s...)
			big = append(big, '\n')
		}
	}
	if _, err := ParseFile("bench.py", big); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", big); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range benchSources(f) {
		f.Add(s)
	}
	for _, c := range astCases {
		f.Add([]byte(c.src))
	}
	for _, c := range syntaxErrorCases {
		f.Add([]byte(c.src))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseFile("fuzz.py", src)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error is %T, not *SyntaxError", err)
			}
			_ = err.(*SyntaxError).Format()
			return
		}
		_ = Dump(m)
		_, _ = ParseExpr("fuzz", src)
	})
}
