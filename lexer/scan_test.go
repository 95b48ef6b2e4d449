package lexer

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// tokString returns the tokens of src as a compact string: synthetic tokens
// by kind, others by value, then the error if any.
func tokString(src string) string {
	toks, err := Tokenize("t.py", []byte(src))
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch t.Kind {
		case NAME, OP:
			b.WriteString(t.Value)
		case INT, FLOAT, IMAG, STRING:
			fmt.Fprintf(&b, "%s(%s)", t.Kind, t.Value)
		default:
			b.WriteString(t.Kind.String())
		}
	}
	if err != nil {
		fmt.Fprintf(&b, " ERROR %s", err)
	}
	return b.String()
}

func TestScan(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{``, `EOF`},
		{"\n\n", `EOF`},
		{`x`, `x NEWLINE EOF`},
		{"x\n", `x NEWLINE EOF`},
		{"x\r\ny\r\n", `x NEWLINE y NEWLINE EOF`},
		{"x\ry", `x NEWLINE y NEWLINE EOF`},
		{"\ufeffx", `x NEWLINE EOF`},
		// indentation
		{"if x:\n    y\nz\n", `if x : NEWLINE INDENT y NEWLINE DEDENT z NEWLINE EOF`},
		{"if x:\n    y", `if x : NEWLINE INDENT y NEWLINE DEDENT EOF`},
		{"if a:\n if b:\n  c\nd", `if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE EOF`},
		{"if a:\n if b:\n  c\n", `if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT EOF`},
		{"if a:\n\tb\n\tc\n", `if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF`},
		{"if a:\n\tb\n        c\n", `if a : NEWLINE INDENT b NEWLINE ERROR 3:1: inconsistent use of tabs and spaces in indentation`},
		{"if a:\n\n   # comment\n  \t \n  b\n# c\n\n  c\n", `if a : NEWLINE INDENT b NEWLINE c NEWLINE DEDENT EOF`},
		{"  x\n", `INDENT x NEWLINE DEDENT EOF`},
		{"x = 1\n\f  y", `x = INT(1) NEWLINE INDENT y NEWLINE DEDENT EOF`},
		{"# only a comment", `EOF`},
		{"x # comment\n", `x NEWLINE EOF`},
		// brackets and continuation
		{"x = (1,\n  2\n\n,3)\ny", `x = ( INT(1) , INT(2) , INT(3) ) NEWLINE y NEWLINE EOF`},
		{"[\n  # c\n]", `[ ] NEWLINE EOF`},
		{"{a:\n b}", `{ a : b } NEWLINE EOF`},
		{"x = 1 + \\\n    2\ny", `x = INT(1) + INT(2) NEWLINE y NEWLINE EOF`},
		{"if x:\n  a = \\\n1\n  b", `if x : NEWLINE INDENT a = INT(1) NEWLINE b NEWLINE DEDENT EOF`},
		// numbers
		{`0 00 0_0 1 1_000 0x_ff 0XAB 0o17 0O1_7 0b1 0B_10`, `INT(0) INT(00) INT(0_0) INT(1) INT(1_000) INT(0x_ff) INT(0XAB) INT(0o17) INT(0O1_7) INT(0b1) INT(0B_10) NEWLINE EOF`},
		{`1. .5 1.5 1e3 1E-3 1e+3 1_000.5e+1_0 09.5 00.5 0e0 1.e5`, `FLOAT(1.) FLOAT(.5) FLOAT(1.5) FLOAT(1e3) FLOAT(1E-3) FLOAT(1e+3) FLOAT(1_000.5e+1_0) FLOAT(09.5) FLOAT(00.5) FLOAT(0e0) FLOAT(1.e5) NEWLINE EOF`},
		{`3j 1.5J 0j 007j 1e3j 9_000j .5j`, `IMAG(3j) IMAG(1.5J) IMAG(0j) IMAG(007j) IMAG(1e3j) IMAG(9_000j) IMAG(.5j) NEWLINE EOF`},
		{`1if x else 0`, `INT(1) if x else INT(0) NEWLINE EOF`},
		{`1or 2`, `INT(1) or INT(2) NEWLINE EOF`},
		{`x.y 1..real`, `x . y FLOAT(1.) . real NEWLINE EOF`},
		{`0x1.real`, `INT(0x1) . real NEWLINE EOF`},
		// operators
		{`+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> := ... . , : ; = ! ( ) [ ] { }`,
			`+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> := ... . , : ; = ! ( ) [ ] { } NEWLINE EOF`},
		{`+= -= *= /= //= %= **= @= <<= >>= &= |= ^=`, `+= -= *= /= //= %= **= @= <<= >>= &= |= ^= NEWLINE EOF`},
		{`a**-b<<=c>>d//e...f`, `a ** - b <<= c >> d // e ... f NEWLINE EOF`},
		{`....`, `... . NEWLINE EOF`},
		{`x<>y`, `x < > y NEWLINE EOF`},
		// names
		{`αβ _x x1 été ℕ`, `αβ _x x1 été ℕ NEWLINE EOF`},
		{`async await match case`, `async await match case NEWLINE EOF`},
		// strings
		{`'a' "b" '' ""`, `STRING('a') STRING("b") STRING('') STRING("") NEWLINE EOF`},
		{`r'\' ' b'x' Rb"y" bR'z' u'w' F'v' fR'{x}' Rf"" rB''`, `STRING(r'\' ') STRING(b'x') STRING(Rb"y") STRING(bR'z') STRING(u'w') STRING(F'v') STRING(fR'{x}') STRING(Rf"") STRING(rB'') NEWLINE EOF`},
		{`'a\'b' "a\"b" 'a\\'`, `STRING('a\'b') STRING("a\"b") STRING('a\\') NEWLINE EOF`},
		{"'''a\n'b'\n''' \"\"\"\"\"\" '''a'''", `STRING('''a` + "\n'b'\n" + `''') STRING("""""") STRING('''a''') NEWLINE EOF`},
		{"'a\\\nb'", "STRING('a\\\nb') NEWLINE EOF"},
		{`ur'x' bu'x' fb'x'`, `ur STRING('x') bu STRING('x') fb STRING('x') NEWLINE EOF`},
		// f-strings
		{`f"{x['a']}"`, `STRING(f"{x['a']}") NEWLINE EOF`},
		{`f'{"nested"}'`, `STRING(f'{"nested"}') NEWLINE EOF`},
		{`f'{'same'}' x`, `STRING(f'{'same'}') x NEWLINE EOF`},
		{`f'{f'{f'{x}'}'}'`, `STRING(f'{f'{f'{x}'}'}') NEWLINE EOF`},
		{`f'{x!r:>{w}.{p}}' f'{{}}' f'{x=}' f'{a:{b:{c}}}'`, `STRING(f'{x!r:>{w}.{p}}') STRING(f'{{}}') STRING(f'{x=}') STRING(f'{a:{b:{c}}}') NEWLINE EOF`},
		{`f'{x:=1}' f'{(x:=1)}' f'{x!=y}' f'{d["}"]}'`, `STRING(f'{x:=1}') STRING(f'{(x:=1)}') STRING(f'{x!=y}') STRING(f'{d["}"]}') NEWLINE EOF`},
		{"f'''{\nx\n}''' y", "STRING(f'''{\nx\n}''') y NEWLINE EOF"},
		{`f'\{x}' rf'\{x}' f'\N{BULLET} {x}'`, `STRING(f'\{x}') STRING(rf'\{x}') STRING(f'\N{BULLET} {x}') NEWLINE EOF`},
	} {
		if got := tokString(test.src); got != test.want {
			t.Errorf("scan %q:\n got %s\nwant %s", test.src, got, test.want)
		}
	}
}

func TestPositions(t *testing.T) {
	src := "if x:\n    y = 'é' + f(\n  1)\nz\tw\n"
	toks, err := Tokenize("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range toks {
		got = append(got, fmt.Sprintf("%s-%d:%d@%d", tok, tok.End.Line, tok.End.Col, tok.Pos.Offset))
	}
	want := []string{
		`1:1 NAME "if"-1:3@0`,
		`1:4 NAME "x"-1:5@3`,
		`1:5 OP ":"-1:6@4`,
		`1:6 NEWLINE-1:7@5`,
		`2:1 INDENT-2:5@6`,
		`2:5 NAME "y"-2:6@10`,
		`2:7 OP "="-2:8@12`,
		`2:9 STRING "'é'"-2:12@14`,
		`2:13 OP "+"-2:14@19`,
		`2:15 NAME "f"-2:16@21`,
		`2:16 OP "("-2:17@22`,
		`3:3 INT "1"-3:4@26`,
		`3:4 OP ")"-3:5@27`,
		`3:5 NEWLINE-3:6@28`,
		`4:1 DEDENT-4:1@29`,
		`4:1 NAME "z"-4:2@29`,
		`4:3 NAME "w"-4:4@31`,
		`4:4 NEWLINE-4:5@32`,
		`5:1 EOF-5:1@33`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("positions:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// A triple-quoted string moves the line count on.
	toks, _ = Tokenize("t.py", []byte("s = '''a\nbc''' ; t"))
	if last := toks[len(toks)-3]; last.Value != "t" || last.Pos.String() != "2:9" {
		t.Errorf("after a multi-line string: %s", last)
	}
	if s := toks[2]; s.End.String() != "2:6" {
		t.Errorf("multi-line string ends at %s", s.End)
	}
}

// lexAll tokenizes src and decodes every string literal, returning the first
// error, as the parser would meet them.
func lexAll(src string) error {
	toks, err := Tokenize("t.py", []byte(src))
	if err != nil {
		return err
	}
	for _, t := range toks {
		if t.Kind != STRING {
			continue
		}
		prefix := strings.ToLower(t.Value[:strings.IndexAny(t.Value, `'"`)])
		if strings.Contains(prefix, "f") {
			_, err = SplitFString(t.Value, t.Pos)
		} else {
			_, _, err = DecodeString(t.Value)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func TestCPythonErrors(t *testing.T) {
	for _, test := range cpythonErrorTests {
		err := lexAll(test.src)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: got %v, want %s", test.src, err, test.want)
			continue
		}
		got := fmt.Sprintf("%d:%d: %s: %s", e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
		if got != test.want {
			t.Errorf("%q:\n got %s\nwant %s", test.src, got, test.want)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, test := range []struct{ src, want string }{
		{"x = 1\x00", "1:0: source code cannot contain null bytes"},
		{"x = 1\n# \xff\n", "0:0: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"},
		{"a $ b", "1:3: invalid syntax"},
		{"a ? b", "1:3: invalid syntax"},
		{"a ` b", "1:3: invalid syntax"},
		{"x\xc2\xa0= 1", "1:2: invalid non-printable character U+00A0"},
		{"x = \u20ac", "1:5: invalid character '\u20ac' (U+20AC)"},
		{"a\u20acb = 1", "1:2: invalid character '\u20ac' (U+20AC)"},
		{strings.Repeat("(", 201), "1:201: too many nested parentheses"},
		{"f'{x:{y:{z:{w}}}}'", "1:11: f-string: expressions nested too deeply"},
		{"(\n]", "2:1: closing parenthesis ']' does not match opening parenthesis '(' on line 1"},
	} {
		_, err := Tokenize("t.py", []byte(test.src))
		if err == nil || err.Error() != test.want {
			t.Errorf("%q: got %v, want %s", test.src, err, test.want)
		}
	}
}

func TestErrorIsSticky(t *testing.T) {
	s := New("t.py", []byte("x = )\ny"))
	var first error
	for i := 0; i < 10; i++ {
		tok, err := s.Next()
		if err != nil {
			if first == nil {
				first = err
			} else if err != first {
				t.Fatalf("error changed: %v then %v", first, err)
			}
			continue
		}
		if first != nil {
			t.Fatalf("token %v after error", tok)
		}
	}
	if first == nil {
		t.Fatal("no error")
	}
	s = New("t.py", []byte("x"))
	for i := 0; i < 5; i++ {
		s.Next()
	}
	if tok, err := s.Next(); err != nil || tok.Kind != EOF {
		t.Fatalf("after EOF: %v %v", tok, err)
	}
}

func TestTokenizeReturnsPrefix(t *testing.T) {
	toks, err := Tokenize("t.py", []byte("x = 1\ny = $"))
	if err == nil || len(toks) != 6 || toks[5].Value != "=" {
		t.Errorf("got %v, %v", toks, err)
	}
}

func TestTokenizeExpr(t *testing.T) {
	raw := "f'''a {x +\n  y!r} b'''"
	parts, err := SplitFString(raw, Pos{Offset: 10, Line: 3, Col: 5})
	if err != nil {
		t.Fatal(err)
	}
	toks, err := TokenizeExpr("t.py", parts[1].Expr, parts[1].ExprPos)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range toks {
		got = append(got, fmt.Sprintf("%s@%d", tok, tok.Pos.Offset))
	}
	want := `3:12 NAME "x"@17 3:14 OP "+"@19 4:3 NAME "y"@23 4:4 EOF@24`
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestIsKeyword(t *testing.T) {
	for _, k := range []string{"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"} {
		if !IsKeyword(k) {
			t.Errorf("IsKeyword(%q) = false", k)
		}
	}
	for _, k := range []string{"match", "case", "type", "_", "print", "self", "none"} {
		if IsKeyword(k) {
			t.Errorf("IsKeyword(%q) = true", k)
		}
	}
}

func FuzzScan(f *testing.F) {
	for _, seed := range []string{
		"if x:\n    y = [1, 2,\n  3]\nelse:\n\tpass\n",
		"def f(a, *b, c=1, **d) -> int:\n    return a ** 2 // 3 @ m\n",
		"s = f'{x!r:>{w}} {y=} {{}}' + rb'\\x00' + '''a\nb'''\n",
		"x = 0x_ff + 1_000.5e+1_0j + .5 + 1.\n",
		"class C(B, metaclass=M):\n  @dec\n  async def m(self): await x\n",
		"f'{f'{f'{x}'}'}' \\\n + u'\\N{BULLET}'",
		"if 1:\n  \tx\n\t  y\n",
		"x = (\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s := New("fuzz.py", src)
		depth := 0
		for i := 0; i < len(src)+100; i++ {
			tok, err := s.Next()
			if err != nil {
				var e *Error
				if !errors.As(err, &e) {
					t.Fatalf("error %T %v", err, err)
				}
				return
			}
			switch tok.Kind {
			case INDENT:
				depth++
			case DEDENT:
				depth--
				if depth < 0 {
					t.Fatalf("unbalanced DEDENT at %s", tok.Pos)
				}
			case STRING:
				if strings.ContainsAny(strings.ToLower(tok.Value[:strings.IndexAny(tok.Value, `'"`)]), "f") {
					if parts, err := SplitFString(tok.Value, tok.Pos); err == nil {
						for _, p := range parts {
							if p.IsExpr {
								TokenizeExpr("fuzz.py", p.Expr, p.ExprPos)
							}
						}
					}
				} else {
					DecodeString(tok.Value)
				}
			case EOF:
				if depth != 0 {
					t.Fatalf("EOF with %d open INDENTs", depth)
				}
				return
			}
		}
		t.Fatalf("no EOF after %d tokens", len(src)+100)
	})
}

func BenchmarkLex(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "def f%d(a, b=%d, *args, **kw):\n", i, i)
		sb.WriteString("    # a comment\n    x = [a + b * 2.5e3, 0x_ff, 'str', f'{a!r:>10}']\n")
		sb.WriteString("    if x and not b:\n        return {k: v for k, v in kw.items()}\n")
		sb.WriteString("    return (a ** 2 // 3 >> 1) if x else \"\"\"doc\nstring\"\"\"\n\n")
	}
	src := []byte(sb.String())
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		s := New("bench.py", src)
		for {
			tok, err := s.Next()
			if err != nil {
				b.Fatal(err)
			}
			if tok.Kind == EOF {
				break
			}
		}
	}
}

func TestIncomplete(t *testing.T) {
	for src, want := range map[string]bool{
		"x = (1,\n":         true,
		"x = 1 + \\\n":      true,
		"x = 1 + \\":        true,
		"s = '''abc\n":      true,
		"s = f'''{x}\n":     true,
		"s = f'''{\n":       true,
		"s = 'abc\n":        false,
		"x = )\n":           false,
		"x = 1abc":          false,
		"if x:\n  a\n b\n":  false,
		"s = f'''{'''\n":    true,
		"s = f'abc\n":       false,
		"def f():\n  x = [": true,
	} {
		_, err := Tokenize("t.py", []byte(src))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: no error", src)
			continue
		}
		if e.Incomplete() != want {
			t.Errorf("%q: Incomplete() = %v (%v)", src, e.Incomplete(), e)
		}
	}
}
