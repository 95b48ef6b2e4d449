package lexer

import (
	"io"

	plexer "github.com/alecthomas/participle/v2/lexer"
)

// symbolNames are the participle symbol names of the token kinds.
var symbolNames = [...]string{
	EOF: "EOF", NEWLINE: "Newline", INDENT: "Indent", DEDENT: "Dedent", NAME: "Name",
	INT: "Int", FLOAT: "Float", IMAG: "Imag", STRING: "String", OP: "Op",
}

// Symbol returns the participle token type of tokens of kind k. EOF maps to
// participle's own EOF type.
func Symbol(k Kind) plexer.TokenType {
	if k == EOF {
		return plexer.EOF
	}
	return plexer.TokenType(k)
}

// Definition returns a participle lexer definition producing pyg's tokens.
// Its symbols are "EOF", "Newline", "Indent", "Dedent", "Name", "Int",
// "Float", "Imag", "String" and "Op"; keywords are Name tokens and operators
// are Op tokens, matched by value in a grammar ("if", "**=").
//
// A scanning error is returned unchanged, as an *Error, from the lexer's Next;
// participle's Parse, ParseString and ParseBytes return it as is, so
// errors.As(err, new(*lexer.Error)) recovers it. Participle reads the whole
// token stream before parsing, so a lexical error is reported even when a
// syntax error comes earlier in the file; a parser that wants CPython's order
// should call [Tokenize] first, parse the tokens it returns, and report the
// lexical error only if that parse succeeds or fails later in the file.
func Definition() plexer.Definition { return definition{} }

type definition struct{}

var (
	_ plexer.Definition       = definition{}
	_ plexer.BytesDefinition  = definition{}
	_ plexer.StringDefinition = definition{}
)

func (definition) Symbols() map[string]plexer.TokenType {
	m := make(map[string]plexer.TokenType, len(symbolNames))
	for k, name := range symbolNames {
		m[name] = Symbol(Kind(k))
	}
	return m
}

func (d definition) Lex(filename string, r io.Reader) (plexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, src)
}

func (definition) LexBytes(filename string, src []byte) (plexer.Lexer, error) {
	return &participleLexer{filename: filename, s: New(filename, src)}, nil
}

func (d definition) LexString(filename string, src string) (plexer.Lexer, error) {
	return d.LexBytes(filename, []byte(src))
}

type participleLexer struct {
	filename string
	s        *Scanner
}

func (l *participleLexer) Next() (plexer.Token, error) {
	tok, err := l.s.Next()
	if err != nil {
		return plexer.Token{}, err
	}
	return plexer.Token{
		Type:  Symbol(tok.Kind),
		Value: tok.Value,
		Pos:   plexer.Position{Filename: l.filename, Offset: tok.Pos.Offset, Line: tok.Pos.Line, Column: tok.Pos.Col},
	}, nil
}
