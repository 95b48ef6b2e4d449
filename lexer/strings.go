package lexer

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// keywords are Python 3's hard keywords.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// IsKeyword reports whether s is a Python 3 hard keyword. Soft keywords
// (match, case, type, _) are not.
func IsKeyword(s string) bool { return keywords[s] }

// splitLiteral splits the raw text of a string literal into its prefix flags
// and body (between the quotes), reporting the offset of the body in raw.
func splitLiteral(raw string) (body string, bodyOff int, isBytes, isRaw, isF bool, err error) {
	p := 0
	for p < len(raw) && raw[p] != '\'' && raw[p] != '"' {
		p++
	}
	f, r, ok := stringPrefix([]byte(raw[:p]))
	if !ok || p == len(raw) {
		return "", 0, false, false, false, fmt.Errorf("invalid string literal %q", raw)
	}
	isBytes = strings.ContainsAny(raw[:p], "bB")
	q := raw[p]
	n := 1
	if len(raw)-p >= 6 && raw[p+1] == q && raw[p+2] == q {
		n = 3
	}
	if len(raw)-p < 2*n || strings.Count(raw[len(raw)-n:], string(q)) != n {
		return "", 0, false, false, false, fmt.Errorf("invalid string literal %q", raw)
	}
	return raw[p+n : len(raw)-n], p + n, isBytes, r, f, nil
}

// DecodeString returns the value of a STRING token's raw text (prefix and
// quotes included). For a bytes literal isBytes is true and value holds the
// bytes. Escapes are decoded as CPython does; unknown escapes such as "\d"
// are kept as they are. Newlines ("\r\n", "\r") in the source are read as
// "\n". A lone surrogate (\ud800) is encoded in value as its three-byte
// generalized UTF-8 form. DecodeString does not accept f-strings (see
// [SplitFString]). A decoding error is an *Error with a zero position and
// CPython's message; the caller positions it at the token.
func DecodeString(raw string) (value string, isBytes bool, err error) {
	body, _, isBytes, isRaw, isF, err := splitLiteral(raw)
	if err != nil {
		return "", false, err
	}
	if isF {
		return "", false, fmt.Errorf("DecodeString: %s is an f-string; use SplitFString", raw)
	}
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= utf8.RuneSelf {
				return "", true, &Error{Msg: "bytes can only contain ASCII literal characters", Kind: errSyntax}
			}
		}
	}
	if isRaw {
		return normalizeNewlines(body), isBytes, nil
	}
	v, err := decodeEscapes(body, isBytes)
	return v, isBytes, err
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// decodeEscapes decodes the backslash escapes of a non-raw literal body.
func decodeEscapes(s string, isBytes bool) (string, error) {
	if strings.IndexByte(s, '\\') < 0 {
		return normalizeNewlines(s), nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			b.WriteByte('\\')
			break
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case '\\', '\'', '"':
			b.WriteByte(c)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte('\v')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && '0' <= s[i] && s[i] <= '7'; k++ {
				v = v*8 + rune(s[i]-'0')
				i++
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else {
				writeRune(&b, v)
			}
		case 'x', 'u', 'U':
			if isBytes && c != 'x' {
				b.WriteByte('\\')
				b.WriteByte(c)
				continue
			}
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v := rune(0)
			k := 0
			for ; k < n && i < len(s) && isHex(int(s[i])); k++ {
				v = v*16 + rune(hexVal(s[i]))
				i++
			}
			if k < n {
				if isBytes {
					return "", escapeError(fmt.Sprintf("(value error) invalid \\x escape at position %d", start))
				}
				names := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}
				return "", unicodeError(start, i-1, "truncated "+names[c]+" escape")
			}
			if isBytes {
				b.WriteByte(byte(v))
			} else if v > utf8.MaxRune {
				return "", unicodeError(start, i-1, "illegal Unicode character")
			} else {
				writeRune(&b, v)
			}
		case 'N':
			if isBytes {
				b.WriteString(`\N`)
				continue
			}
			end := -1
			if i < len(s) && s[i] == '{' {
				end = strings.IndexByte(s[i:], '}')
			}
			if end < 0 {
				return "", unicodeError(start, len(s)-1, "malformed \\N character escape")
			}
			name := s[i+1 : i+end]
			r, ok := unicodeNames[strings.ToUpper(name)]
			if !ok || name == "" {
				return "", unicodeError(start, i+end, "unknown Unicode character name")
			}
			i += end + 1
			writeRune(&b, r)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func escapeError(msg string) *Error { return &Error{Msg: msg, Kind: errSyntax} }

func unicodeError(start, end int, reason string) *Error {
	return escapeError(fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end, reason))
}

func hexVal(c byte) int {
	switch {
	case c <= '9':
		return int(c - '0')
	case c >= 'a':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

// writeRune writes r in UTF-8, and a surrogate in generalized UTF-8.
func writeRune(b *strings.Builder, r rune) {
	if 0xD800 <= r && r <= 0xDFFF {
		b.WriteByte(byte(0xE0 | r>>12))
		b.WriteByte(byte(0x80 | (r>>6)&0x3F))
		b.WriteByte(byte(0x80 | r&0x3F))
		return
	}
	b.WriteRune(r)
}

// FPart is one part of an f-string: literal text or a replacement field.
type FPart struct {
	Literal string // the literal text, escapes decoded and "{{", "}}" unescaped (if !IsExpr)

	IsExpr  bool
	Expr    string // the expression's source text, as written (may span lines)
	ExprPos Pos    // position of Expr's first byte in the file: pass to TokenizeExpr
	// Conversion is 0, 's', 'r' or 'a'. A Debug field with neither conversion
	// nor spec gets 'r', as in CPython.
	Conversion byte
	// Debug is set for f"{x=}". The "x=" text (with its spaces) is the
	// literal part just before the field.
	Debug bool
	Spec  []FPart // the format spec, or nil; it may contain fields itself
}

// SplitFString splits the raw text of an f-string token (prefix with f or F,
// maybe r or R; quotes included), found at pos, into literal parts and
// replacement fields. Adjacent literal text is merged into one part. Errors
// are *Error values with CPython 3.13's messages.
func SplitFString(raw string, pos Pos) ([]FPart, error) {
	body, off, _, isRaw, isF, err := splitLiteral(raw)
	if err != nil {
		return nil, err
	}
	if !isF {
		return nil, fmt.Errorf("SplitFString: %s is not an f-string", raw)
	}
	s := New("", []byte(raw))
	s.err = nil
	s.base = pos
	// Advance the line tracking over the prefix and opening quotes.
	fs := &fsplit{s: s, raw: raw, end: off + len(body), isRaw: isRaw, tokPos: pos}
	q := raw[off-1]
	fs.fc = &fstringCtx{quote: q, triple: off >= 3 && raw[off-2] == q && raw[off-3] == q, raw: isRaw, pos: pos, nest: 1}
	parts, i, err := fs.literal(off, false, 0)
	if err != nil {
		return nil, err
	}
	if i < fs.end {
		// A '}' at the top level is caught in literal; this cannot happen.
		return nil, s.errorAt(s.posAt(i), errSyntax, "f-string: single '}' is not allowed")
	}
	return parts, nil
}

type fsplit struct {
	s      *Scanner
	raw    string
	end    int // offset of the closing quotes
	isRaw  bool
	fc     *fstringCtx
	tokPos Pos
}

// advance moves the scanner's line tracking over raw[from:to].
func (fs *fsplit) advance(from, to int) {
	for k := from; k < to; k++ {
		if c := fs.raw[k]; c == '\n' || c == '\r' && (k+1 >= len(fs.raw) || fs.raw[k+1] != '\n') {
			fs.s.newline(k + 1)
		}
	}
}

// literal parses literal text and fields from i up to the closing quotes or,
// in a format spec, up to the field's closing '}' (not consumed).
func (fs *fsplit) literal(i int, inSpec bool, specDepth int) ([]FPart, int, error) {
	var parts []FPart
	var chunk []byte
	flush := func() error {
		if len(chunk) == 0 {
			return nil
		}
		text := string(chunk)
		chunk = chunk[:0]
		if fs.isRaw {
			text = normalizeNewlines(text)
		} else {
			var err error
			if text, err = decodeEscapes(text, false); err != nil {
				var e *Error
				if errors.As(err, &e) {
					e.Pos, e.End = fs.tokPos, fs.tokPos
				}
				return err
			}
		}
		if n := len(parts); n > 0 && !parts[n-1].IsExpr {
			parts[n-1].Literal += text
		} else {
			parts = append(parts, FPart{Literal: text})
		}
		return nil
	}
	raw := fs.raw
	for i < fs.end {
		c := raw[i]
		switch c {
		case '{':
			if !inSpec && i+1 < fs.end && raw[i+1] == '{' {
				chunk = append(chunk, '{')
				i += 2
				continue
			}
			if inSpec && specDepth >= 3 {
				return nil, 0, fs.s.errorCur(i, "f-string: expressions nested too deeply")
			}
			if err := flush(); err != nil {
				return nil, 0, err
			}
			field, debugText, j, err := fs.field(i, specDepth)
			if err != nil {
				return nil, 0, err
			}
			if debugText != "" {
				if n := len(parts); n > 0 && !parts[n-1].IsExpr {
					parts[n-1].Literal += debugText
				} else {
					parts = append(parts, FPart{Literal: debugText})
				}
			}
			parts = append(parts, field)
			i = j
		case '}':
			if inSpec {
				if err := flush(); err != nil {
					return nil, 0, err
				}
				return parts, i, nil
			}
			if i+1 < fs.end && raw[i+1] == '}' {
				chunk = append(chunk, '}')
				i += 2
				continue
			}
			return nil, 0, fs.s.errorAt(fs.s.posAt(i), errSyntax, "f-string: single '}' is not allowed")
		case '\\':
			j := i + 1
			switch {
			case j < fs.end && (raw[j] == '{' || raw[j] == '}'):
			case !fs.isRaw && j+1 < fs.end && raw[j] == 'N' && raw[j+1] == '{':
				j += 2
				for j < fs.end && raw[j] != '}' {
					j++
				}
				if j < fs.end {
					j++
				}
			case j < fs.end:
				j++
				if raw[j-1] == '\r' && j < fs.end && raw[j] == '\n' {
					j++
				}
			}
			chunk = append(chunk, raw[i:j]...)
			fs.advance(i, j)
			i = j
		default:
			chunk = append(chunk, c)
			fs.advance(i, i+1)
			i++
		}
	}
	if inSpec {
		return nil, 0, fs.s.errorAt(fs.s.posAt(i), errSyntax, "f-string: expecting '}', or format specs")
	}
	if err := flush(); err != nil {
		return nil, 0, err
	}
	return parts, i, nil
}

// field parses the replacement field whose '{' is at open. It returns the
// field, the "expr=" text of a debug field, and the offset after the '}'.
func (fs *fsplit) field(open, specDepth int) (FPart, string, int, error) {
	s, raw := fs.s, fs.raw
	openPos := s.posAt(open)
	exprStart := open + 1
	exprPos := s.posAt(exprStart)
	i := exprStart
	depth := 0
	fail := func(err error) (FPart, string, int, error) { return FPart{}, "", 0, err }
	// Find the end of the expression.
scan:
	for {
		if i >= fs.end {
			return fail(s.errorAt(openPos, errSyntax, "f-string: expecting '}'"))
		}
		c := raw[i]
		switch {
		case c == '\n' || c == '\r':
			fs.advance(i, i+1)
			i++
		case c == '#':
			for i < fs.end && raw[i] != '\n' && raw[i] != '\r' {
				i++
			}
		case c == '\\':
			if w := s.newlineLen(i + 1); w > 0 {
				fs.advance(i, i+1+w)
				i += 1 + w
				continue
			}
			p := s.posAt(i)
			p.Col++
			p.Offset++
			return fail(s.errorAt(p, errSyntax, "unexpected character after line continuation character"))
		case c == '\'' || c == '"' || isIdentStart(c):
			j, q := i, i
			if c != '\'' && c != '"' {
				for j < fs.end && isIdentByte(raw[j]) {
					j++
				}
				q = j
			}
			if q < fs.end && (raw[q] == '\'' || raw[q] == '"') {
				if f, r, ok := stringPrefix([]byte(raw[i:q])); ok {
					end, err := s.skipString(i, q, s.posAt(i), f, r, fs.fc.nest, fs.fc)
					if err != nil {
						return fail(err)
					}
					i = end
					continue
				}
			}
			if j == i {
				j++
			}
			i = j
		case c == '(' || c == '[' || c == '{':
			depth++
			i++
		case c == ')' || c == ']':
			if depth == 0 {
				return fail(s.errorAt(s.posAt(i), errSyntax, "f-string: unmatched '%c'", c))
			}
			depth--
			i++
		case c == '}':
			if depth == 0 {
				break scan
			}
			depth--
			i++
		case depth > 0:
			i++
		case (c == '=' || c == '!' || c == '<' || c == '>') && i+1 < fs.end && raw[i+1] == '=':
			i += 2
		case c == '=' || c == '!' || c == ':':
			break scan
		default:
			i++
		}
	}
	expr := raw[exprStart:i]
	if strings.TrimSpace(expr) == "" {
		p := s.posAt(i)
		e := s.errorAt(p, errSyntax, "f-string: valid expression required before '%c'", raw[i])
		e.End.Col++
		e.End.Offset++
		return fail(e)
	}
	part := FPart{IsExpr: true, Expr: expr, ExprPos: exprPos}
	var debugText string
	if raw[i] == '=' {
		part.Debug = true
		i++
		for i < fs.end && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\f' || raw[i] == '\n' || raw[i] == '\r') {
			fs.advance(i, i+1)
			i++
		}
		debugText = normalizeNewlines(raw[exprStart:i])
	}
	if i < fs.end && raw[i] == '!' {
		bang := i
		i++
		if i < fs.end && (raw[i] == ' ' || raw[i] == '\t') {
			j := i
			for j < fs.end && (raw[j] == ' ' || raw[j] == '\t') {
				j++
			}
			for j < fs.end && isIdentByte(raw[j]) {
				j++
			}
			e := s.errorAt(s.posAt(bang), errSyntax, "f-string: conversion type must come right after the exclamanation mark")
			e.End = s.posAt(j)
			return fail(e)
		}
		j := i
		for j < fs.end && isIdentByte(raw[j]) {
			j++
		}
		if j == i {
			e := s.errorAt(s.posAt(i), errSyntax, "f-string: missing conversion character")
			e.End.Col++
			e.End.Offset++
			return fail(e)
		}
		conv := raw[i:j]
		if conv != "s" && conv != "r" && conv != "a" {
			e := s.errorAt(s.posAt(i), errSyntax, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", conv)
			e.End = s.posAt(j)
			return fail(e)
		}
		part.Conversion = conv[0]
		i = j
		for i < fs.end && (raw[i] == ' ' || raw[i] == '\t') {
			i++
		}
		if i < fs.end && raw[i] != ':' && raw[i] != '}' {
			e := s.errorAt(s.posAt(i), errSyntax, "f-string: expecting ':' or '}'")
			e.End.Col++
			e.End.Offset++
			return fail(e)
		}
	}
	if i < fs.end && raw[i] == ':' {
		spec, j, err := fs.literal(i+1, true, specDepth+1)
		if err != nil {
			return fail(err)
		}
		if spec == nil {
			spec = []FPart{}
		}
		part.Spec = spec
		i = j
	}
	if i >= fs.end || raw[i] != '}' {
		return fail(s.errorAt(s.posAt(min(i, fs.end)), errSyntax, "f-string: expecting '}'"))
	}
	if part.Debug && part.Conversion == 0 && part.Spec == nil {
		part.Conversion = 'r'
	}
	return part, debugText, i + 1, nil
}
