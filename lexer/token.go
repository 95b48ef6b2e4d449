package lexer

import "fmt"

// Kind is the kind of a token.
type Kind uint8

// Token kinds. Keywords are NAME tokens; the parser tells them apart by value.
const (
	EOF     Kind = iota
	NEWLINE      // end of a logical line (Value "")
	INDENT       // indentation increased (Value "")
	DEDENT       // indentation decreased (Value "")
	NAME         // identifier or keyword
	INT          // integer literal, raw source text, e.g. "0x_ff", "1_000"
	FLOAT        // float literal, raw source text, e.g. "1e10", "3.", ".5"
	IMAG         // imaginary literal, raw source text, e.g. "3j"
	STRING       // one string literal, raw source text including prefix and quotes, e.g. `rb'x'`, `f"{a!r}"`
	OP           // operator or delimiter, e.g. "+", "**=", "->", ":=", "...", "(", ","
)

var kindNames = [...]string{
	EOF: "EOF", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", NAME: "NAME",
	INT: "INT", FLOAT: "FLOAT", IMAG: "IMAG", STRING: "STRING", OP: "OP",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Pos is a source position. Line is 1-based; Col is the 1-based column counted in
// characters (runes), as CPython reports it; Offset is the byte offset in the source.
type Pos struct {
	Offset int
	Line   int
	Col    int
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Token is one token. End is the position just after the token's last character.
type Token struct {
	Kind  Kind
	Value string
	Pos   Pos
	End   Pos
}

func (t Token) String() string {
	if t.Value == "" {
		return fmt.Sprintf("%s %s", t.Pos, t.Kind)
	}
	return fmt.Sprintf("%s %s %q", t.Pos, t.Kind, t.Value)
}
