package lexer

// This file scans numeric and string literals. The number scanner mirrors
// CPython's Parser/lexer/lexer.c (tok_get_normal_mode) closely, read cursor
// and all, so that its error messages and positions are CPython's.

// numCursor is a read cursor over the source, with CPython's tok_nextc and
// tok_backup semantics: -1 at end of input, which backup ignores.
type numCursor struct {
	src []byte
	cur int
}

func (n *numCursor) next() int {
	if n.cur >= len(n.src) {
		return -1
	}
	c := n.src[n.cur]
	n.cur++
	return int(c)
}

func (n *numCursor) backup(c int) {
	if c != -1 {
		n.cur--
	}
}

func (n *numCursor) lookahead(s string) bool {
	rest := n.src[n.cur:]
	return len(rest) >= len(s) && string(rest[:len(s)]) == s
}

// number scans the numeric literal starting at start and returns its kind
// and end offset.
func (s *Scanner) number(start int) (Kind, int, *Error) {
	n := &numCursor{src: s.src, cur: start}
	c := n.next()
	if c == '.' {
		c = n.next() // a digit
		return s.floatTail(n, c, true)
	}
	if c != '0' {
		c, err := s.decimalTail(n)
		if err != nil {
			return 0, 0, err
		}
		return s.floatTail(n, c, false)
	}

	c = n.next()
	switch c {
	case 'x', 'X':
		c = n.next()
		for {
			if c == '_' {
				c = n.next()
			}
			if !isHex(c) {
				n.backup(c)
				return 0, 0, s.errorCur(n.cur, "invalid hexadecimal literal")
			}
			for c = n.next(); isHex(c); c = n.next() {
			}
			if c != '_' {
				break
			}
		}
		if err := s.verifyEnd(n, c, "hexadecimal"); err != nil {
			return 0, 0, err
		}
	case 'o', 'O', 'b', 'B':
		kind, max := "octal", '8'
		if c == 'b' || c == 'B' {
			kind, max = "binary", '2'
		}
		c = n.next()
		for {
			if c == '_' {
				c = n.next()
			}
			if c < '0' || c >= int(max) {
				if isDigit(c) {
					return 0, 0, s.errorCur(n.cur, "invalid digit '%c' in %s literal", c, kind)
				}
				n.backup(c)
				return 0, 0, s.errorCur(n.cur, "invalid %s literal", kind)
			}
			for c = n.next(); '0' <= c && c < int(max); c = n.next() {
			}
			if c != '_' {
				break
			}
		}
		if isDigit(c) {
			return 0, 0, s.errorCur(n.cur, "invalid digit '%c' in %s literal", c, kind)
		}
		if err := s.verifyEnd(n, c, kind); err != nil {
			return 0, 0, err
		}
	default:
		// Zeros, maybe followed by other digits: a float, an imaginary,
		// zero, or a forbidden old-style octal.
		for {
			if c == '_' {
				c = n.next()
				if !isDigit(c) {
					n.backup(c)
					return 0, 0, s.errorCur(n.cur, "invalid decimal literal")
				}
			}
			if c != '0' {
				break
			}
			c = n.next()
		}
		zerosEnd := n.cur
		nonzero := false
		if isDigit(c) {
			nonzero = true
			var err *Error
			if c, err = s.decimalTail(n); err != nil {
				return 0, 0, err
			}
		}
		switch {
		case c == '.' || c == 'e' || c == 'E' || c == 'j' || c == 'J':
			return s.floatTail(n, c, false)
		case nonzero:
			n.backup(c)
			err := s.errorAt(s.posAt(start), errSyntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
			end := s.posAt(zerosEnd)
			end.Col--
			end.Offset--
			err.End = end
			return 0, 0, err
		}
		if err := s.verifyEnd(n, c, "decimal"); err != nil {
			return 0, 0, err
		}
	}
	n.backup(c)
	return INT, n.cur, nil
}

// decimalTail reads the rest of a run of digits and underscores whose first
// digit has been read, and returns the character after it.
func (s *Scanner) decimalTail(n *numCursor) (int, *Error) {
	for {
		c := n.next()
		for isDigit(c) {
			c = n.next()
		}
		if c != '_' {
			return c, nil
		}
		c = n.next()
		if !isDigit(c) {
			n.backup(c)
			return 0, s.errorCur(n.cur, "invalid decimal literal")
		}
	}
}

// floatTail scans the optional fraction, exponent and imaginary suffix of a
// decimal literal. c is the character after the integer part, or, if
// fraction is true, the character after the decimal point.
func (s *Scanner) floatTail(n *numCursor, c int, fraction bool) (Kind, int, *Error) {
	kind := INT
	var err *Error
	if c == '.' && !fraction {
		c = n.next()
		fraction = true
	}
	if fraction {
		kind = FLOAT
		if isDigit(c) {
			if c, err = s.decimalTail(n); err != nil {
				return 0, 0, err
			}
		}
	}
	if c == 'e' || c == 'E' {
		e := c
		c = n.next()
		if c == '+' || c == '-' {
			c = n.next()
			if !isDigit(c) {
				n.backup(c)
				return 0, 0, s.errorCur(n.cur, "invalid decimal literal")
			}
		} else if !isDigit(c) {
			// Not an exponent: the number ends before the 'e' (as in "1else").
			n.backup(c)
			if err := s.verifyEnd(n, e, "decimal"); err != nil {
				return 0, 0, err
			}
			n.backup(e)
			return kind, n.cur, nil
		}
		if c, err = s.decimalTail(n); err != nil {
			return 0, 0, err
		}
		kind = FLOAT
	}
	if c == 'j' || c == 'J' {
		kind = IMAG
		c = n.next()
		if err := s.verifyEnd(n, c, "imaginary"); err != nil {
			return 0, 0, err
		}
	} else if err := s.verifyEnd(n, c, "decimal"); err != nil {
		return 0, 0, err
	}
	n.backup(c)
	return kind, n.cur, nil
}

// verifyEnd checks the character c just read after a number: a letter or
// digit there makes the literal invalid, except the start of a keyword that
// may follow a number in valid code ("1if x else y"), which CPython accepts
// with a warning.
func (s *Scanner) verifyEnd(n *numCursor, c int, kind string) *Error {
	ok := false
	switch c {
	case 'a':
		ok = n.lookahead("nd")
	case 'e':
		ok = n.lookahead("lse")
	case 'f':
		ok = n.lookahead("or")
	case 'i':
		ok = n.lookahead("f") || n.lookahead("n") || n.lookahead("s")
	case 'o':
		ok = n.lookahead("r")
	case 'n':
		ok = n.lookahead("ot")
	}
	if ok {
		return nil
	}
	if c >= 0 && c < 0x80 && isIdentByte(byte(c)) {
		n.backup(c)
		return s.errorCur(n.cur, "invalid %s literal", kind)
	}
	return nil
}

// fstringCtx describes the innermost f-string being scanned.
type fstringCtx struct {
	quote  byte
	triple bool
	raw    bool
	pos    Pos // start of the f-string token
	nest   int // f-string nesting level, from 1
}

// skipString scans the string literal whose prefix starts at start and whose
// opening quote is at q, and returns the offset just after it. outer is the
// enclosing f-string when the literal appears inside a replacement field.
func (s *Scanner) skipString(start, q int, pos Pos, f, raw bool, nest int, outer *fstringCtx) (int, *Error) {
	quote := s.src[q]
	triple := q+2 < len(s.src) && s.src[q+1] == quote && s.src[q+2] == quote
	i := q + 1
	if triple {
		i = q + 3
	}
	if f {
		if nest+1 >= maxFStringNest {
			return 0, s.errorAt(pos, errSyntax, "too many nested f-strings")
		}
		return s.skipFString(i, &fstringCtx{quote: quote, triple: triple, raw: raw, pos: pos, nest: nest + 1})
	}
	unterminated := func(line int) *Error {
		if outer != nil && outer.quote == quote && outer.triple == triple {
			return s.errorAt(pos, errSyntax, "f-string: expecting '}'")
		}
		if triple {
			return s.errorAt(pos, errSyntax, "unterminated triple-quoted string literal (detected at line %d)", line)
		}
		return s.errorAt(pos, errSyntax, "unterminated string literal (detected at line %d)", line)
	}
	for {
		if i >= len(s.src) {
			err := unterminated(s.lastLine())
			err.incomplete = triple || outer != nil && outer.triple
			return 0, err
		}
		switch s.src[i] {
		case quote:
			if !triple {
				return i + 1, nil
			}
			if i+2 < len(s.src) && s.src[i+1] == quote && s.src[i+2] == quote {
				return i + 3, nil
			}
			i++
		case '\\':
			i++
			if w := s.newlineLen(i); w > 0 {
				i += w
				s.newline(i)
			} else if i < len(s.src) {
				i++
			}
		case '\n', '\r':
			if !triple {
				return 0, unterminated(s.absLine(s.line))
			}
			i += s.newlineLen(i)
			s.newline(i)
		default:
			i++
		}
	}
}

func (s *Scanner) unterminatedFString(fc *fstringCtx, line int) *Error {
	if fc.triple {
		return s.errorAt(fc.pos, errSyntax, "unterminated triple-quoted f-string literal (detected at line %d)", line)
	}
	return s.errorAt(fc.pos, errSyntax, "unterminated f-string literal (detected at line %d)", line)
}

// skipFString scans the body of an f-string from offset i, just after the
// opening quotes, and returns the offset just after the closing quotes.
func (s *Scanner) skipFString(i int, fc *fstringCtx) (int, *Error) {
	var err *Error
	for {
		if i >= len(s.src) {
			err := s.unterminatedFString(fc, s.lastLine())
			err.incomplete = fc.triple
			return 0, err
		}
		switch c := s.src[i]; c {
		case fc.quote:
			if !fc.triple {
				return i + 1, nil
			}
			if i+2 < len(s.src) && s.src[i+1] == c && s.src[i+2] == c {
				return i + 3, nil
			}
			i++
		case '\\':
			i, err = s.skipFStringEscape(i, fc)
			if err != nil {
				return 0, err
			}
		case '\n', '\r':
			if !fc.triple {
				return 0, s.unterminatedFString(fc, s.absLine(s.line))
			}
			i += s.newlineLen(i)
			s.newline(i)
		case '{':
			if i+1 < len(s.src) && s.src[i+1] == '{' {
				i += 2
				continue
			}
			if i, err = s.skipField(i, fc, 0); err != nil {
				return 0, err
			}
		case '}':
			if i+1 < len(s.src) && s.src[i+1] == '}' {
				i += 2
				continue
			}
			return 0, s.errorAt(s.posAt(i), errSyntax, "f-string: single '}' is not allowed")
		default:
			i++
		}
	}
}

// skipFStringEscape skips the backslash escape at i in the literal text of an
// f-string. A backslash before a brace escapes nothing: the brace is
// processed next.
func (s *Scanner) skipFStringEscape(i int, fc *fstringCtx) (int, *Error) {
	i++
	if i >= len(s.src) {
		return i, nil
	}
	switch c := s.src[i]; {
	case c == '{' || c == '}':
		return i, nil
	case c == 'N' && !fc.raw && i+1 < len(s.src) && s.src[i+1] == '{':
		i += 2
		for i < len(s.src) && s.src[i] != '}' && s.src[i] != fc.quote && s.src[i] != '\n' && s.src[i] != '\r' {
			i++
		}
		if i < len(s.src) && s.src[i] == '}' {
			i++
		}
		return i, nil
	}
	if w := s.newlineLen(i); w > 0 {
		i += w
		s.newline(i)
		return i, nil
	}
	return i + 1, nil
}

// skipField scans a replacement field whose '{' is at open and returns the
// offset just after its closing '}'. specDepth counts enclosing format specs.
func (s *Scanner) skipField(open int, fc *fstringCtx, specDepth int) (int, *Error) {
	openPos := s.posAt(open)
	i := open + 1
	depth := 0
	var err *Error
	for {
		if i >= len(s.src) {
			err := s.errorAt(openPos, errSyntax, "'{' was never closed")
			err.incomplete = fc.triple
			return 0, err
		}
		c := s.src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			i++
		case c == '\n' || c == '\r':
			i += s.newlineLen(i)
			s.newline(i)
		case c == '#':
			for i < len(s.src) && s.src[i] != '\n' && s.src[i] != '\r' {
				i++
			}
		case c == '\\':
			if w := s.newlineLen(i + 1); w > 0 {
				i += 1 + w
				s.newline(i)
				continue
			}
			p := s.posAt(i)
			p.Col++
			p.Offset++
			return 0, s.errorAt(p, errSyntax, "unexpected character after line continuation character")
		case c == '\'' || c == '"':
			if i, err = s.skipString(i, i, s.posAt(i), false, false, fc.nest, fc); err != nil {
				return 0, err
			}
		case isIdentStart(c):
			j := i + 1
			for j < len(s.src) && isIdentByte(s.src[j]) {
				j++
			}
			if j < len(s.src) && (s.src[j] == '"' || s.src[j] == '\'') && j-i <= 2 {
				if f, raw, ok := stringPrefix(s.src[i:j]); ok {
					if i, err = s.skipString(i, j, s.posAt(i), f, raw, fc.nest, fc); err != nil {
						return 0, err
					}
					continue
				}
			}
			i = j
		case c == '(' || c == '[' || c == '{':
			depth++
			i++
		case c == ')' || c == ']':
			if depth == 0 {
				return 0, s.errorAt(s.posAt(i), errSyntax, "f-string: unmatched '%c'", c)
			}
			depth--
			i++
		case c == '}':
			i++
			if depth == 0 {
				return i, nil
			}
			depth--
		case c == ':' && depth == 0:
			return s.skipSpec(i+1, fc, specDepth)
		default:
			i++
		}
	}
}

// skipSpec scans the format spec of a replacement field from i, just after
// the ':', and returns the offset just after the field's closing '}'.
func (s *Scanner) skipSpec(i int, fc *fstringCtx, specDepth int) (int, *Error) {
	var err *Error
	for {
		if i >= len(s.src) {
			err := s.unterminatedFString(fc, s.lastLine())
			err.incomplete = fc.triple
			return 0, err
		}
		switch c := s.src[i]; c {
		case fc.quote:
			if !fc.triple || i+2 < len(s.src) && s.src[i+1] == c && s.src[i+2] == c {
				return 0, s.errorAt(s.posAt(i), errSyntax, "f-string: expecting '}', or format specs")
			}
			i++
		case '\\':
			if i, err = s.skipFStringEscape(i, fc); err != nil {
				return 0, err
			}
		case '\n', '\r':
			i += s.newlineLen(i)
			s.newline(i)
			if !fc.triple {
				return 0, s.errorAt(s.posAt(i), errSyntax, "f-string: expecting '}', or format specs")
			}
		case '{':
			if specDepth >= 2 {
				return 0, s.errorCur(i, "f-string: expressions nested too deeply")
			}
			if i, err = s.skipField(i, fc, specDepth+1); err != nil {
				return 0, err
			}
		case '}':
			return i + 1, nil
		default:
			i++
		}
	}
}
