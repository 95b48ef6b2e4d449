package parser

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"pyg/lexer"
)

// SyntaxError is a compile-time error located in the source, reported the way
// CPython reports SyntaxError, IndentationError and TabError.
type SyntaxError struct {
	Filename        string
	Line, Col       int // 1-based; Col counts characters
	EndLine, EndCol int // position just after the offending text (0 if unknown)
	Msg             string
	Kind            string // "SyntaxError", "IndentationError" or "TabError"
	Text            string // the source line, without its line terminator
}

// Error returns the message as str(SyntaxError) does in CPython: "msg (file, line N)".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s (%s, line %d)", e.Msg, e.Filename, e.Line)
}

// Format returns exactly what CPython 3.13 prints on stderr for this error
// when it is not caught in a script (Lib/traceback.py, _format_syntax_error).
func (e *SyntaxError) Format() string {
	var b strings.Builder
	if e.Line <= 0 && e.Text == "" {
		// No location (CPython's decoding errors): the message alone.
		return e.Kind + ": " + e.Msg + "\n"
	}
	name := e.Filename
	if name == "" {
		name = "<string>"
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", name, e.Line)
	rtext := strings.TrimRight(e.Text, "\n")
	ltext := strings.TrimLeft(rtext, " \n\f")
	if e.Text != "" || e.Line > 0 {
		spaces := utf8.RuneCountInString(rtext) - utf8.RuneCountInString(ltext)
		textLen := utf8.RuneCountInString(rtext) + 1 // CPython's text keeps its "\n"
		rlen := utf8.RuneCountInString(rtext)
		if e.Col <= 0 {
			if e.Text != "" {
				fmt.Fprintf(&b, "    %s\n", ltext)
			}
		} else {
			offset := e.Col
			endOffset := offset
			if e.EndLine == 0 || e.EndLine == e.Line {
				if e.EndCol != 0 {
					endOffset = e.EndCol
				}
			} else {
				endOffset = rlen + 1
			}
			if e.Text != "" && offset > textLen {
				offset = rlen + 1
			}
			if e.Text != "" && endOffset > textLen {
				endOffset = rlen + 1
			}
			if offset >= endOffset || endOffset < 0 {
				endOffset = offset + 1
			}
			colno := offset - 1 - spaces
			endColno := endOffset - 1 - spaces
			if e.Text != "" {
				fmt.Fprintf(&b, "    %s\n", ltext)
				if colno >= 0 {
					b.WriteString("    ")
					i := 0
					for _, c := range ltext {
						if i >= colno {
							break
						}
						if unicode.IsSpace(c) {
							b.WriteRune(c)
						} else {
							b.WriteByte(' ')
						}
						i++
					}
					for ; i < colno; i++ {
						b.WriteByte(' ')
					}
					b.WriteString(strings.Repeat("^", max(endColno-colno, 0)))
					b.WriteByte('\n')
				}
			}
		}
	}
	kind := e.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	msg := e.Msg
	if msg == "" {
		msg = "<no detail available>"
	}
	fmt.Fprintf(&b, "%s: %s\n", kind, msg)
	return b.String()
}

// NewSyntaxError returns an error of the given kind ("SyntaxError",
// "IndentationError", "TabError"; "" means "SyntaxError") spanning start..end
// in src. The compiler uses it for errors such as "'return' outside function".
func NewSyntaxError(filename string, src []byte, start, end lexer.Pos, kind, msg string) *SyntaxError {
	if kind == "" {
		kind = "SyntaxError"
	}
	e := &SyntaxError{
		Filename: filename,
		Line:     start.Line,
		Col:      start.Col,
		EndLine:  end.Line,
		EndCol:   end.Col,
		Msg:      msg,
		Kind:     kind,
		Text:     sourceLine(src, start.Line),
	}
	if i := strings.IndexByte(e.Text, 0); i >= 0 {
		// CPython's source line is a C string: it ends at a NUL byte.
		e.Text = e.Text[:i]
	}
	if end.Line == 0 {
		e.EndLine, e.EndCol = e.Line, 0
	}
	return e
}

// sourceLine returns line n (1-based) of src without its terminator.
func sourceLine(src []byte, n int) string {
	if n <= 0 {
		return ""
	}
	line := 1
	start := 0
	for i := 0; i < len(src) && line < n; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		} else if src[i] == '\r' {
			line++
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if line != n || start > len(src) {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' && src[end] != '\r' {
		end++
	}
	return string(src[start:end])
}
