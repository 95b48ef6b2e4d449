package lexer_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"

	"pyg/lexer"
)

type file struct {
	Stmts []*stmt `parser:"(Newline | @@)* EOF"`
}

type stmt struct {
	If     *ifStmt `parser:"  @@"`
	Assign *assign `parser:"| @@"`
}

type ifStmt struct {
	Cond string  `parser:"\"if\" @Name \":\" Newline Indent"`
	Body []*stmt `parser:"@@+ Dedent"`
}

type assign struct {
	Target string `parser:"@Name \"=\""`
	Value  string `parser:"(@Int | @Float | @Imag | @String | @Name) Newline"`
}

func TestParticiple(t *testing.T) {
	p, err := participle.Build[file](participle.Lexer(lexer.Definition()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := p.ParseString("t.py", "if x:\n    y = 1\n    if z:\n        w = 'a'\nv = 2j\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Stmts) != 2 || f.Stmts[0].If.Cond != "x" || len(f.Stmts[0].If.Body) != 2 || f.Stmts[1].Assign.Value != "2j" {
		t.Errorf("bad parse: %+v", f)
	}

	// Scanner errors come back as *lexer.Error.
	_, err = p.ParseString("t.py", "x = (1\n")
	var e *lexer.Error
	if !errors.As(err, &e) || e.Msg != "'(' was never closed" || e.Pos.Line != 1 || e.Pos.Col != 5 {
		t.Errorf("got %#v", err)
	}

	// Parse errors carry our positions.
	_, err = p.ParseString("t.py", "x = 1\ny = = 2\n")
	var pe participle.Error
	if !errors.As(err, &pe) || pe.Position().Line != 2 || pe.Position().Column != 5 {
		t.Errorf("got %v", err)
	}
}

func TestSymbols(t *testing.T) {
	syms := lexer.Definition().Symbols()
	for _, name := range strings.Fields("EOF Newline Indent Dedent Name Int Float Imag String Op") {
		if _, ok := syms[name]; !ok {
			t.Errorf("no symbol %s", name)
		}
	}
	if syms["EOF"] != plexer.EOF || lexer.Symbol(lexer.NAME) != syms["Name"] {
		t.Error("Symbol and Symbols disagree")
	}
	seen := map[plexer.TokenType]bool{}
	for _, tt := range syms {
		if seen[tt] {
			t.Errorf("duplicate token type %d", tt)
		}
		seen[tt] = true
	}
}
