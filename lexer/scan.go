package lexer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Error is a lexical error. Kind is the Python exception class: "SyntaxError",
// "IndentationError" or "TabError". Pos.Line and Pos.Col are CPython's lineno
// and offset for the same error (the 1-based column of the caret); End is
// CPython's end position, equal to Pos when CPython reports no range. For the
// two errors CPython reports without a caret (null bytes, undecodable
// source), Pos.Col is 0.
type Error struct {
	Pos  Pos
	End  Pos
	Msg  string
	Kind string

	incomplete bool
}

// Incomplete reports whether the error comes from input that ends inside a
// construct more input could complete: an open bracket, a triple-quoted
// string, a trailing backslash. A REPL reads another line when it is true.
func (e *Error) Incomplete() bool { return e.incomplete }

func incomplete(e *Error) *Error {
	e.incomplete = true
	return e
}

// Error returns "line:col: msg".
func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Msg) }

// ErrorList is a list of errors, in source order.
type ErrorList []*Error

// Error returns the first error's message, with a count of the others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil if l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

const (
	maxBrackets      = 200 // CPython's MAXLEVEL
	maxFStringNest   = 150 // CPython's MAXFSTRINGLEVEL
	tabSize          = 8
	errSyntax        = "SyntaxError"
	errIndentation   = "IndentationError"
	errTab           = "TabError"
	msgUnexpectedEOF = "unexpected EOF while parsing"
)

type bracket struct {
	c   byte
	pos Pos
}

// A Scanner produces the tokens of one source file. Create it with [New] and
// call Next until it returns an EOF token or an error.
type Scanner struct {
	filename string
	src      []byte
	i        int // offset of the next unread byte

	line      int // current line, 1-based (relative to base)
	lineStart int // offset of the start of the current line
	colOff    int // column cache: the rune column of colOff is colN+1
	colN      int

	base     Pos  // position of src[0] in the file (TokenizeExpr)
	exprMode bool // src is an f-string expression: implicitly inside brackets

	indents    []int // indentation stack, tabs to multiples of 8
	altIndents []int // the same with tabs counted as 1, to detect TabError
	brackets   []bracket

	atLineStart    bool // the next token starts a line: measure indentation
	lineHasTokens  bool // a token was emitted on the current logical line
	pendingDedents int
	dedentPos      Pos

	err  *Error
	done bool
}

// New returns a Scanner for src. The filename is used only in error messages.
func New(filename string, src []byte) *Scanner {
	s := &Scanner{
		filename:    filename,
		src:         src,
		line:        1,
		base:        Pos{Line: 1, Col: 1},
		indents:     []int{0},
		altIndents:  []int{0},
		atLineStart: true,
	}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		s.i, s.lineStart, s.colOff = 3, 3, 3
	}
	s.err = s.checkSource()
	return s
}

// Tokenize returns all the tokens of src, ending with EOF. On error it returns
// the tokens scanned before the error along with the error (an *Error), so a
// caller can parse the prefix and report an earlier syntax error first, as
// CPython does.
func Tokenize(filename string, src []byte) ([]Token, error) {
	return drain(New(filename, src))
}

// TokenizeExpr returns the tokens of an f-string replacement field's
// expression, as found in [FPart].Expr, positioned at pos (FPart.ExprPos).
// The expression is scanned as if inside parentheses: newlines are ignored
// and no NEWLINE, INDENT or DEDENT is produced. The last token is EOF.
func TokenizeExpr(filename string, expr string, pos Pos) ([]Token, error) {
	s := New(filename, []byte(expr))
	s.base = pos
	s.exprMode = true
	return drain(s)
}

func drain(s *Scanner) ([]Token, error) {
	toks := make([]Token, 0, len(s.src)/4+1)
	for {
		tok, err := s.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, tok)
		if tok.Kind == EOF {
			return toks, nil
		}
	}
}

// checkSource rejects NUL bytes and invalid UTF-8 up front, as CPython does
// before tokenizing.
func (s *Scanner) checkSource() *Error {
	if k := bytes.IndexByte(s.src, 0); k >= 0 {
		line := 1 + bytes.Count(s.src[:k], []byte("\n"))
		p := Pos{Offset: k, Line: line}
		return &Error{Pos: p, End: p, Msg: "source code cannot contain null bytes", Kind: errSyntax}
	}
	if utf8.Valid(s.src) {
		return nil
	}
	k := 0
	for k < len(s.src) {
		r, size := utf8.DecodeRune(s.src[k:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		k += size
	}
	line := 1 + bytes.Count(s.src[:k], []byte("\n"))
	// CPython reports no location (only the message) for this error.
	p := Pos{Offset: k}
	msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
		"but no encoding declared; see https://peps.python.org/pep-0263/ for details",
		s.src[k], s.filename, line)
	return &Error{Pos: p, End: p, Msg: msg, Kind: errSyntax}
}

// Next returns the next token. After the EOF token it keeps returning EOF;
// after an error it keeps returning the same error (an *Error).
func (s *Scanner) Next() (Token, error) {
	if s.err != nil {
		return Token{}, s.err
	}
	if s.done {
		p := s.posAt(len(s.src))
		return Token{Kind: EOF, Pos: p, End: p}, nil
	}
	tok, err := s.next()
	if err != nil {
		s.err = err
		return Token{}, err
	}
	return tok, nil
}

// newline records that a new line starts at offset off.
func (s *Scanner) newline(off int) {
	s.line++
	s.lineStart = off
	s.colOff = off
	s.colN = 0
}

// posAt returns the position of offset off, which must lie on the current line.
func (s *Scanner) posAt(off int) Pos {
	if off < s.colOff {
		s.colOff, s.colN = s.lineStart, 0
	}
	seg := s.src[s.colOff:off]
	n := len(seg)
	for _, b := range seg {
		if b >= utf8.RuneSelf {
			n = utf8.RuneCount(seg)
			break
		}
	}
	s.colN += n
	s.colOff = off
	return s.abs(Pos{Offset: off, Line: s.line, Col: s.colN + 1})
}

// abs translates a position relative to src into a position in the file.
func (s *Scanner) abs(p Pos) Pos {
	p.Offset += s.base.Offset
	if p.Line == 1 {
		p.Col += s.base.Col - 1
	}
	p.Line += s.base.Line - 1
	return p
}

// absLine translates a line relative to src into a line of the file.
func (s *Scanner) absLine(line int) int { return line + s.base.Line - 1 }

// errorAt returns an error positioned at p, with no range.
func (s *Scanner) errorAt(p Pos, kind, format string, args ...any) *Error {
	return &Error{Pos: p, End: p, Msg: fmt.Sprintf(format, args...), Kind: kind}
}

// errorCur returns an error positioned as CPython positions an error raised
// with its read cursor at offset cur: the caret goes under the character
// before cur.
func (s *Scanner) errorCur(cur int, format string, args ...any) *Error {
	p := s.posAt(cur)
	if cur > s.lineStart {
		_, size := utf8.DecodeLastRune(s.src[s.lineStart:cur])
		p.Offset -= size
		p.Col--
	}
	return s.errorAt(p, errSyntax, format, args...)
}

// lastLine returns the line of the last byte of the source, which CPython
// reports as the line where an unterminated string was detected at EOF.
func (s *Scanner) lastLine() int {
	if n := len(s.src); n > 0 && s.lineStart == n && (s.src[n-1] == '\n' || s.src[n-1] == '\r') {
		return s.absLine(s.line - 1)
	}
	return s.absLine(s.line)
}

// newlineLen reports the length of the line terminator at offset i (1 or 2
// for "\r\n"), or 0 if there is none.
func (s *Scanner) newlineLen(i int) int {
	if i >= len(s.src) {
		return 0
	}
	switch s.src[i] {
	case '\n':
		return 1
	case '\r':
		if i+1 < len(s.src) && s.src[i+1] == '\n' {
			return 2
		}
		return 1
	}
	return 0
}

func (s *Scanner) next() (Token, *Error) {
	if s.pendingDedents > 0 {
		s.pendingDedents--
		return Token{Kind: DEDENT, Pos: s.dedentPos, End: s.dedentPos}, nil
	}
	if s.atLineStart && len(s.brackets) == 0 && !s.exprMode {
		s.atLineStart = false
		tok, ok, err := s.indentation()
		if err != nil || ok {
			return tok, err
		}
	}

	// Skip white space, comments, line continuations and newlines in brackets.
	for {
		if s.i >= len(s.src) {
			return s.eof()
		}
		switch c := s.src[s.i]; c {
		case ' ', '\t', '\f':
			s.i++
			continue
		case '#':
			s.skipComment()
			continue
		case '\\':
			if err := s.continuation(); err != nil {
				return Token{}, err
			}
			continue
		case '\n', '\r':
			w := s.newlineLen(s.i)
			if len(s.brackets) > 0 || s.exprMode || !s.lineHasTokens {
				s.i += w
				s.newline(s.i)
				continue
			}
			pos := s.posAt(s.i)
			end := pos
			end.Offset += w
			end.Col++
			s.i += w
			s.newline(s.i)
			s.atLineStart = true
			s.lineHasTokens = false
			return Token{Kind: NEWLINE, Pos: pos, End: end}, nil
		}
		break
	}

	s.lineHasTokens = true
	return s.token()
}

func (s *Scanner) skipComment() {
	for s.i < len(s.src) && s.src[s.i] != '\n' && s.src[s.i] != '\r' {
		s.i++
	}
}

// continuation handles a backslash at s.i outside a string.
func (s *Scanner) continuation() *Error {
	bs := s.i
	p := s.posAt(bs)
	p.Col++
	p.Offset++
	w := s.newlineLen(bs + 1)
	if w == 0 {
		if bs+1 >= len(s.src) {
			return incomplete(s.errorAt(p, errSyntax, msgUnexpectedEOF))
		}
		return s.errorAt(p, errSyntax, "unexpected character after line continuation character")
	}
	s.i = bs + 1 + w
	s.newline(s.i)
	if s.i >= len(s.src) {
		return incomplete(s.errorAt(p, errSyntax, msgUnexpectedEOF))
	}
	return nil
}

// indentation measures the indentation of the line starting at s.i, skipping
// blank and comment-only lines, and returns an INDENT or DEDENT token if the
// indentation changes (ok is true), following CPython's tok_get.
func (s *Scanner) indentation() (tok Token, ok bool, err *Error) {
	for {
		col, alt := 0, 0
		j := s.i
	scan:
		for ; j < len(s.src); j++ {
			switch s.src[j] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/tabSize + 1) * tabSize
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				break scan
			}
		}
		if j >= len(s.src) {
			s.i = j
			return Token{}, false, nil
		}
		switch s.src[j] {
		case '#', '\n', '\r':
			// Blank or comment-only line: no tokens, no effect on indentation.
			s.i = j
			s.skipComment()
			if w := s.newlineLen(s.i); w > 0 {
				s.i += w
				s.newline(s.i)
				continue
			}
			return Token{}, false, nil
		}
		s.i = j

		top := len(s.indents) - 1
		switch {
		case col == s.indents[top]:
			if alt != s.altIndents[top] {
				return Token{}, false, s.tabError()
			}
			return Token{}, false, nil
		case col > s.indents[top]:
			if alt <= s.altIndents[top] {
				return Token{}, false, s.tabError()
			}
			if len(s.indents) >= maxIndent {
				// CPython's MAXINDENT: the tokenizer's indentation stack is full.
				return Token{}, false, s.errorAt(s.posAt(s.lineStart), errIndentation, "too many levels of indentation")
			}
			s.indents = append(s.indents, col)
			s.altIndents = append(s.altIndents, alt)
			return Token{Kind: INDENT, Value: "", Pos: s.posAt(s.lineStart), End: s.posAt(j)}, true, nil
		default:
			n := 0
			for top > 0 && col < s.indents[top] {
				top--
				n++
			}
			s.indents = s.indents[:top+1]
			s.altIndents = s.altIndents[:top+1]
			if col != s.indents[top] {
				eol := j
				for eol < len(s.src) && s.src[eol] != '\n' && s.src[eol] != '\r' {
					eol++
				}
				p := s.posAt(eol)
				return Token{}, false, s.errorAt(p, errIndentation, "unindent does not match any outer indentation level")
			}
			if alt != s.altIndents[top] {
				return Token{}, false, s.tabError()
			}
			s.dedentPos = s.posAt(j)
			s.pendingDedents = n - 1
			return Token{Kind: DEDENT, Pos: s.dedentPos, End: s.dedentPos}, true, nil
		}
	}
}

// maxIndent is CPython's MAXINDENT: at most 99 indentation levels are open.
const maxIndent = 100

func (s *Scanner) tabError() *Error {
	return s.errorAt(s.posAt(s.lineStart), errTab, "inconsistent use of tabs and spaces in indentation")
}

// eof returns the tokens due at the end of input: NEWLINE if the last line
// has tokens, then one DEDENT per open indentation level, then EOF.
func (s *Scanner) eof() (Token, *Error) {
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		return Token{}, incomplete(s.errorAt(b.pos, errSyntax, "'%c' was never closed", b.c))
	}
	p := s.posAt(len(s.src))
	if s.lineHasTokens && !s.exprMode {
		s.lineHasTokens = false
		s.atLineStart = true
		end := p
		end.Col++
		return Token{Kind: NEWLINE, Pos: p, End: end}, nil
	}
	if n := len(s.indents); n > 1 {
		s.indents = s.indents[:n-1]
		s.altIndents = s.altIndents[:n-1]
		return Token{Kind: DEDENT, Pos: p, End: p}, nil
	}
	s.done = true
	return Token{Kind: EOF, Pos: p, End: p}, nil
}

// token scans the token starting at s.i, which is neither space nor newline.
func (s *Scanner) token() (Token, *Error) {
	start := s.i
	pos := s.posAt(start)
	c := s.src[start]
	switch {
	case isIdentStart(c):
		j := start + 1
		ascii := c < utf8.RuneSelf
		for j < len(s.src) && isIdentByte(s.src[j]) {
			if s.src[j] >= utf8.RuneSelf {
				ascii = false
			}
			j++
		}
		if j < len(s.src) && (s.src[j] == '"' || s.src[j] == '\'') && j-start <= 2 {
			if f, raw, ok := stringPrefix(s.src[start:j]); ok {
				end, err := s.skipString(start, j, pos, f, raw, 0, nil)
				if err != nil {
					return Token{}, err
				}
				s.i = end
				return s.makeToken(STRING, start, pos), nil
			}
		}
		if !ascii {
			if err := s.verifyIdentifier(start, j); err != nil {
				return Token{}, err
			}
		}
		s.i = j
		return s.makeToken(NAME, start, pos), nil

	case isDigit(int(c)) || c == '.' && start+1 < len(s.src) && isDigit(int(s.src[start+1])):
		kind, end, err := s.number(start)
		if err != nil {
			return Token{}, err
		}
		s.i = end
		return s.makeToken(kind, start, pos), nil

	case c == '"' || c == '\'':
		end, err := s.skipString(start, start, pos, false, false, 0, nil)
		if err != nil {
			return Token{}, err
		}
		s.i = end
		return s.makeToken(STRING, start, pos), nil

	case c == '(' || c == '[' || c == '{':
		if len(s.brackets) >= maxBrackets {
			return Token{}, s.errorAt(pos, errSyntax, "too many nested parentheses")
		}
		s.brackets = append(s.brackets, bracket{c, pos})
		s.i++
		return s.makeToken(OP, start, pos), nil

	case c == ')' || c == ']' || c == '}':
		n := len(s.brackets)
		if n == 0 {
			return Token{}, s.errorAt(pos, errSyntax, "unmatched '%c'", c)
		}
		open := s.brackets[n-1]
		if closerOf(open.c) != c {
			if open.pos.Line != pos.Line {
				return Token{}, s.errorAt(pos, errSyntax,
					"closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.c, open.pos.Line)
			}
			return Token{}, s.errorAt(pos, errSyntax,
				"closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.c)
		}
		s.brackets = s.brackets[:n-1]
		s.i++
		return s.makeToken(OP, start, pos), nil
	}

	if n := opLen(s.src[start:]); n > 0 {
		s.i = start + n
		return s.makeToken(OP, start, pos), nil
	}

	// Not a valid token start.
	r, size := utf8.DecodeRune(s.src[start:])
	if r < utf8.RuneSelf && unicode.IsPrint(r) {
		end := pos
		end.Col++
		end.Offset += size
		return Token{}, &Error{Pos: pos, End: end, Msg: "invalid syntax", Kind: errSyntax}
	}
	return Token{}, s.invalidChar(r, pos)
}

func (s *Scanner) invalidChar(r rune, pos Pos) *Error {
	if isPrintable(r) {
		return s.errorAt(pos, errSyntax, "invalid character '%c' (U+%04X)", r, r)
	}
	return s.errorAt(pos, errSyntax, "invalid non-printable character U+%04X", r)
}

// isPrintable approximates Python's str.isprintable for one character.
func isPrintable(r rune) bool {
	return r == ' ' || unicode.IsPrint(r)
}

func (s *Scanner) makeToken(kind Kind, start int, pos Pos) Token {
	b := s.src[start:s.i]
	v, ok := interned[string(b)] // no allocation for the lookup
	if !ok {
		v = string(b)
	}
	return Token{Kind: kind, Value: v, Pos: pos, End: s.posAt(s.i)}
}

// interned holds the values of common tokens, shared to save allocations.
var interned = func() map[string]string {
	m := make(map[string]string)
	for _, v := range strings.Fields(`+ - * / // % ** @ << >> & | ^ ~ < > <= >= == != -> := ... . , : ; = ! ( ) [ ] { }
		+= -= *= /= //= %= **= @= <<= >>= &= |= ^= 0 1 2 self cls i j k n x y print len range`) {
		m[v] = v
	}
	for k := range keywords {
		m[k] = k
	}
	return m
}()

func closerOf(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// opLen returns the length of the operator or delimiter at the start of b
// (longest match), or 0 if there is none. Brackets are handled by the caller.
func opLen(b []byte) int {
	c := b[0]
	var c1, c2 byte
	if len(b) > 1 {
		c1 = b[1]
	}
	if len(b) > 2 {
		c2 = b[2]
	}
	switch c {
	case '*', '/', '<', '>':
		// ** //  << >>, each optionally followed by '='
		if c1 == c {
			if c2 == '=' {
				return 3
			}
			return 2
		}
		if c1 == '=' {
			return 2
		}
		return 1
	case '.':
		if c1 == '.' && c2 == '.' {
			return 3
		}
		return 1
	case '-':
		if c1 == '=' || c1 == '>' {
			return 2
		}
		return 1
	case '+', '%', '&', '|', '^', '=', '!', '@', ':':
		if c1 == '=' {
			return 2
		}
		return 1
	case ',', ';', '~':
		return 1
	}
	return 0
}

func isDigit(c int) bool { return '0' <= c && c <= '9' }
func isHex(c int) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// isIdentStart reports whether b may start an identifier: an ASCII letter, an
// underscore, or the first byte of a non-ASCII character (checked later).
func isIdentStart(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_' || b >= utf8.RuneSelf
}

func isIdentByte(b byte) bool { return isIdentStart(b) || '0' <= b && b <= '9' }

// stringPrefix reports whether p is a valid string prefix, and whether it
// makes an f-string or a raw string.
func stringPrefix(p []byte) (f, raw, ok bool) {
	var b, u bool
	for _, c := range p {
		switch c {
		case 'r', 'R':
			if raw {
				return false, false, false
			}
			raw = true
		case 'b', 'B':
			if b || u || f {
				return false, false, false
			}
			b = true
		case 'u', 'U':
			if u || b || raw || f || len(p) > 1 {
				return false, false, false
			}
			u = true
		case 'f', 'F':
			if f || b || u {
				return false, false, false
			}
			f = true
		default:
			return false, false, false
		}
	}
	return f, raw, true
}

var (
	idStart    = []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start}
	idContinue = []*unicode.RangeTable{unicode.L, unicode.Nl, unicode.Other_ID_Start,
		unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue}
)

// verifyIdentifier checks the non-ASCII identifier src[start:end], reporting
// the first character that may not appear in it as CPython does.
func (s *Scanner) verifyIdentifier(start, end int) *Error {
	for k := start; k < end; {
		r, size := utf8.DecodeRune(s.src[k:end])
		ok := r == '_' || unicode.IsOneOf(idStart, r) ||
			k > start && unicode.IsOneOf(idContinue, r)
		if !ok {
			return s.invalidChar(r, s.posAt(k))
		}
		k += size
	}
	return nil
}
