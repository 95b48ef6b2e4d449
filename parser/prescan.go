package parser

import (
	"fmt"

	"pyg/lexer"
)

// prescan finds the indentation errors that participle cannot word the way
// CPython does: an INDENT that does not open a block ("unexpected indent") and
// a block header not followed by an indented block ("expected an indented
// block after 'if' statement on line N"). It returns the first one and the
// index of the token where the parse would stop.
func (st *state) prescan() (*SyntaxError, int) {
	toks := st.toks
	lineStart := 0
	for i := range toks {
		t := &toks[i]
		switch t.Kind {
		case lexer.INDENT:
			if i < 2 || toks[i-1].Kind != lexer.NEWLINE || !(toks[i-2].Kind == lexer.OP && toks[i-2].Value == ":") {
				return st.errorKindAt(i, "IndentationError", "unexpected indent"), i
			}
		case lexer.NEWLINE:
			if i > 0 && toks[i-1].Kind == lexer.OP && toks[i-1].Value == ":" && i+1 < len(toks) && toks[i+1].Kind != lexer.INDENT {
				if what := blockKind(toks, lineStart); what != "" {
					msg := fmt.Sprintf("expected an indented block after %s on line %d", what, toks[lineStart].Pos.Line)
					if toks[i+1].Kind == lexer.EOF {
						// CPython shows the header line, without a caret.
						e := st.errorKindAt(i, "IndentationError", msg)
						e.Col, e.EndCol = 0, 0
						return e, i + 1
					}
					return st.errorKindAt(i+1, "IndentationError", msg), i + 1
				}
			}
		}
		if t.Kind == lexer.NEWLINE || t.Kind == lexer.INDENT || t.Kind == lexer.DEDENT {
			lineStart = i + 1
		}
	}
	return nil, 0
}

// blockKind names the compound statement starting at toks[i] as CPython's
// "expected an indented block" message does, or returns "".
func blockKind(toks []lexer.Token, i int) string {
	if i >= len(toks) || toks[i].Kind != lexer.NAME {
		return ""
	}
	switch v := toks[i].Value; v {
	case "if", "elif", "else", "while", "for", "try", "except", "finally", "with":
		if v == "except" && i+1 < len(toks) && toks[i+1].Value == "*" {
			return "'except*' statement"
		}
		return "'" + v + "' statement"
	case "def":
		return "function definition"
	case "class":
		return "class definition"
	case "async":
		if i+1 < len(toks) {
			switch toks[i+1].Value {
			case "def":
				return "function definition"
			case "for", "with":
				return "'" + toks[i+1].Value + "' statement"
			}
		}
	}
	return ""
}
