package parser

import (
	"math/big"
	"strconv"
	"strings"

	"pyg/lexer"
)

// parseInt converts an INT token's text (any base, underscores allowed) into
// an int64, or a *big.Int when it does not fit.
func parseInt(text string) (any, bool) {
	s := strings.ReplaceAll(text, "_", "")
	base := 10
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, s = 16, s[2:]
		case 'o', 'O':
			base, s = 8, s[2:]
		case 'b', 'B':
			base, s = 2, s[2:]
		}
	}
	if s == "" {
		return nil, false
	}
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		return v, true
	}
	z, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	return z, true
}

// parseFloat converts a FLOAT token's text into a float64 (inf on overflow, as CPython).
func parseFloat(text string) (float64, bool) {
	s := strings.ReplaceAll(text, "_", "")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// parseImag converts an IMAG token's text ("3j", "1.5e3J") into a complex128.
func parseImag(text string) (complex128, bool) {
	s := strings.TrimRight(text, "jJ")
	f, ok := parseFloat(s)
	if !ok {
		return 0, false
	}
	return complex(0, f), true
}

// stringPrefix returns the prefix letters (lower-cased) of a raw string literal.
func stringPrefix(raw string) string {
	i := 0
	for i < len(raw) && raw[i] != '\'' && raw[i] != '"' {
		i++
	}
	return strings.ToLower(raw[:i])
}

// strings parses one or more adjacent STRING tokens into a Constant (str or
// bytes) or, when any is an f-string, a JoinedStr.
func (p *state) strings() Expr {
	first := *p.tok()
	var (
		parts    []Expr // for JoinedStr
		buf      strings.Builder
		isF      bool
		bytesAny bool
		strAny   bool
		last     lexer.Token
	)
	flush := func(pos Pos) {
		if buf.Len() > 0 {
			parts = append(parts, &Constant{Pos: pos, Value: buf.String()})
			buf.Reset()
		}
	}
	for p.tok().Kind == lexer.STRING {
		t := p.next()
		last = t
		prefix := stringPrefix(t.Value)
		isBytes := strings.ContainsRune(prefix, 'b')
		if isBytes {
			bytesAny = true
		} else {
			strAny = true
		}
		if bytesAny && strAny {
			p.errorSpan(p.i-1, t.End, t.End, "cannot mix bytes and nonbytes literals")
		}
		if strings.ContainsRune(prefix, 'f') {
			isF = true
			fparts, err := lexer.SplitFString(t.Value, t.Pos)
			if err != nil {
				p.lexError(p.i-1, err)
			}
			for _, fp := range fparts {
				if !fp.IsExpr {
					buf.WriteString(fp.Literal)
					continue
				}
				flush(Pos{first.Pos, t.End})
				parts = append(parts, p.formattedValue(fp, Pos{t.Pos, t.End}))
			}
			continue
		}
		v, _, err := lexer.DecodeString(t.Value)
		if err != nil {
			p.lexError(p.i-1, err)
		}
		buf.WriteString(v)
	}
	span := Pos{first.Pos, last.End}
	if isF {
		flush(span)
		for _, x := range parts {
			if c, ok := x.(*Constant); ok {
				c.Pos = span
			}
		}
		return &JoinedStr{Pos: span, Values: parts}
	}
	if bytesAny {
		return &Constant{Pos: span, Value: Bytes(buf.String())}
	}
	return &Constant{Pos: span, Value: buf.String()}
}

// formattedValue turns one replacement field of an f-string into a FormattedValue.
func (p *state) formattedValue(fp lexer.FPart, span Pos) Expr {
	x := p.subExpr(fp.Expr, fp.ExprPos)
	fv := &FormattedValue{Pos: span, Value: x, Conversion: fp.Conversion}
	if fp.Debug && fp.Conversion == 0 && len(fp.Spec) == 0 {
		fv.Conversion = 'r'
	}
	if fp.Spec != nil {
		spec := &JoinedStr{Pos: span}
		var buf strings.Builder
		for _, sp := range fp.Spec {
			if !sp.IsExpr {
				buf.WriteString(sp.Literal)
				continue
			}
			if buf.Len() > 0 {
				spec.Values = append(spec.Values, &Constant{Pos: span, Value: buf.String()})
				buf.Reset()
			}
			spec.Values = append(spec.Values, p.formattedValue(sp, span))
		}
		if buf.Len() > 0 {
			spec.Values = append(spec.Values, &Constant{Pos: span, Value: buf.String()})
		}
		fv.FormatSpec = spec
	}
	return fv
}

// subExpr parses the source of an f-string replacement field, positioned at pos.
func (p *state) subExpr(src string, pos lexer.Pos) Expr {
	toks, err := lexer.TokenizeExpr(p.filename, src, pos)
	if err != nil {
		p.lexError(p.i-1, err)
	}
	sub := &state{filename: p.filename, src: p.src, toks: toks, depth: p.depth, nest: p.nest}
	x, serr := sub.parseFieldTokens()
	if serr != nil {
		p.fail(p.i-1, serr)
	}
	return x
}

func (st *state) parseFieldTokens() (x Expr, err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			x, err = nil, st.err
		}
	}()
	if !st.startsStarExprs() {
		st.errorf(st.i, "f-string: valid expression required before '}'")
	}
	x = st.starExprsOrYield()
	if st.tok().Kind != lexer.EOF {
		st.errorf(st.i, "f-string: expecting '}'")
	}
	return x, nil
}

// lexError records a lexer error found while decoding a literal.
func (p *state) lexError(idx int, err error) {
	if le, ok := err.(*lexer.Error); ok && le.Pos.Line == 0 && idx >= 0 && idx < len(p.toks) {
		// A literal's decoding error has no position: CPython underlines the literal.
		t := p.toks[idx]
		p.fail(idx, NewSyntaxError(p.filename, p.src, t.Pos, t.End, "SyntaxError", le.Msg))
	}
	if e, ok := fromLexerError(p.filename, p.src, err).(*SyntaxError); ok {
		p.fail(idx, e)
	}
	p.errorf(idx, err.Error())
}
