package parser

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	plexer "github.com/alecthomas/participle/v2/lexer"

	"pyg/lexer"
)

// maxNesting bounds bracket nesting (CPython's tokenizer limit, MAXLEVEL).
const maxNesting = 200

// maxDepth bounds the expression parser's recursion, so that no input can
// overflow the Go stack.
const maxDepth = 5960

// state is the per-parse state shared by the participle grammar hooks and the
// hand-written expression parser.
type state struct {
	filename string
	src      []byte
	toks     []lexer.Token

	i       int       // index of the next token for the expression parser
	prevEnd lexer.Pos // end of the last consumed token
	depth   int       // recursion depth of the expression parser
	nest    int       // bracket nesting of the expression parser

	err    *SyntaxError // first error recorded by a hook
	errIdx int          // token index of err
	preIdx int          // token index of the prescan error

	furthest   int // furthest token index where a hook found no match
	lastErrIdx int // token index of the error parseModule returned
}

// bailout is the panic value the expression parser uses to unwind after it
// has recorded an error in state.err; it never escapes the package.
type bailout struct{}

// states maps a parse's participle token array to its state. participle copies
// its PeekingLexer into branch contexts, but every copy shares one token array.
var states sync.Map // *plexer.Token -> *state

func stateOf(lex *plexer.PeekingLexer) *state {
	toks := lex.Range(0, 1)
	if len(toks) == 0 {
		return nil
	}
	v, _ := states.Load(&toks[0])
	st, _ := v.(*state)
	return st
}

// hook runs one hand-written parse function at the participle lexer's cursor.
// It returns participle.NextMatch when the current token cannot start the
// construct (start reports that), so that participle reports the error.
func hook[T any](lex *plexer.PeekingLexer, start func(*state) bool, parse func(*state) T) (res T, err error) {
	st := stateOf(lex)
	if st == nil {
		return res, errors.New("parser state missing")
	}
	st.i = int(lex.RawCursor())
	if st.i >= len(st.toks) {
		return res, participle.NextMatch
	}
	if !start(st) {
		st.furthest = max(st.furthest, st.i)
		return res, participle.NextMatch
	}
	begin := st.i
	ok := false
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, isBail := r.(bailout); !isBail {
					panic(r)
				}
			}
		}()
		st.depth, st.nest = 0, 0
		res = parse(st)
		ok = true
	}()
	if !ok {
		return res, st.err
	}
	if st.i <= begin {
		return res, participle.NextMatch
	}
	for int(lex.RawCursor()) < st.i {
		lex.Next()
	}
	return res, nil
}

// Hook types: each is a distinct interface type so that participle can tell
// which hand-written parse function fills a grammar field.
type (
	xTest       interface{ Expr } // named expression, conditional, lambda
	xStarExprs  interface{ Expr } // star_expressions or a yield expression; a Tuple if commas
	xTargets    interface{ Expr } // for-loop targets (no comparisons)
	xDelTargets interface{ Expr } // del targets
	xName       interface{ Expr } // one identifier (*Name)
	xDotted     interface{ Expr } // dotted module name (*Name with dots)
	xAlias      interface{ Node } // name [as name] (*Alias)
	xDottedAs   interface{ Node } // dotted name [as name] (*Alias)
	xParams     interface{ Node } // def parameters (*argumentsNode)
	xCallArgs   interface{ Node } // class bases and keywords (*Call)
	xWithItems  interface{ Node } // with items (*withItemsNode)
)

type argumentsNode struct {
	Pos
	Args *Arguments
}

type withItemsNode struct {
	Pos
	Items []*WithItem
}

var grammar = participle.MustBuild[gModule](
	participle.Lexer(tokenDefinition{}),
	participle.UseLookahead(1),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xTest, error) {
		return hook(l, (*state).startsExpr, func(p *state) xTest { return p.namedExpr() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xStarExprs, error) {
		return hook(l, (*state).startsStarExprs, func(p *state) xStarExprs { return p.starExprsOrYield() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xTargets, error) {
		return hook(l, (*state).startsTarget, func(p *state) xTargets { return p.targetList() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xDelTargets, error) {
		return hook(l, (*state).startsTarget, func(p *state) xDelTargets { return p.delTargets() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xName, error) {
		return hook(l, (*state).startsName, func(p *state) xName { return p.name() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xDotted, error) {
		return hook(l, (*state).startsName, func(p *state) xDotted { return p.dottedName() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xAlias, error) {
		return hook(l, (*state).startsName, func(p *state) xAlias { return p.alias(false) })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xDottedAs, error) {
		return hook(l, (*state).startsName, func(p *state) xDottedAs { return p.alias(true) })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xParams, error) {
		return hook(l, (*state).startsParam, func(p *state) xParams { return p.defParams() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xCallArgs, error) {
		return hook(l, (*state).startsArg, func(p *state) xCallArgs { return p.classArgs() })
	}),
	participle.ParseTypeWith(func(l *plexer.PeekingLexer) (xWithItems, error) {
		return hook(l, (*state).startsExpr, func(p *state) xWithItems { return p.withItems() })
	}),
)

// tokenDefinition tells participle the token types; tokens themselves come
// from pyg's lexer through sliceLexer.
type tokenDefinition struct{}

func (tokenDefinition) Symbols() map[string]plexer.TokenType {
	return map[string]plexer.TokenType{
		"EOF":     plexer.EOF,
		"Newline": plexer.TokenType(lexer.NEWLINE),
		"Indent":  plexer.TokenType(lexer.INDENT),
		"Dedent":  plexer.TokenType(lexer.DEDENT),
		"Name":    plexer.TokenType(lexer.NAME),
		"Int":     plexer.TokenType(lexer.INT),
		"Float":   plexer.TokenType(lexer.FLOAT),
		"Imag":    plexer.TokenType(lexer.IMAG),
		"String":  plexer.TokenType(lexer.STRING),
		"Op":      plexer.TokenType(lexer.OP),
	}
}

func (tokenDefinition) Lex(filename string, r io.Reader) (plexer.Lexer, error) {
	return nil, errors.New("pyg parser: participle must not lex")
}

// sliceLexer feeds already-scanned tokens to participle. A token's
// Position.Offset is its index in the slice, so grammar positions map back to
// pyg tokens exactly.
type sliceLexer struct {
	toks     []lexer.Token
	i        int
	filename string
}

func (s *sliceLexer) Next() (plexer.Token, error) {
	if s.i >= len(s.toks) {
		return plexer.EOFToken(plexer.Position{Filename: s.filename, Offset: len(s.toks) - 1}), nil
	}
	t := s.toks[s.i]
	typ := plexer.TokenType(t.Kind)
	if t.Kind == lexer.EOF {
		typ = plexer.EOF
	}
	pt := plexer.Token{Type: typ, Value: t.Value, Pos: plexer.Position{Filename: s.filename, Offset: s.i, Line: t.Pos.Line, Column: t.Pos.Col}}
	s.i++
	return pt, nil
}

// ParseFile parses a whole module. Errors are *SyntaxError.
func ParseFile(filename string, src []byte) (mod *Module, err error) {
	toks, lerr := lexer.Tokenize(filename, src)
	if lerr != nil {
		// Like CPython, report a syntax error found before the lexical one.
		n := len(toks)
		eof := lexer.Token{Kind: lexer.EOF}
		if n > 0 {
			eof.Pos, eof.End = toks[n-1].End, toks[n-1].End
		}
		st := &state{filename: filename, src: src, toks: append(toks, eof)}
		if _, perr := st.parseModule(); perr != nil && st.lastErrIdx < n && !unclosedWins(lerr, perr, toks[:n]) {
			return nil, perr
		}
		return nil, fromLexerError(filename, src, lerr)
	}
	st := &state{filename: filename, src: src, toks: toks}
	return st.parseModule()
}

// parseModule parses st.toks as a module.
func (st *state) parseModule() (mod *Module, err error) {
	toks := st.toks
	filename := st.filename
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, st.internalError(r)
		}
	}()
	if e, idx := st.prescan(); e != nil {
		st.err, st.preIdx = e, idx
	}
	lex, perr := plexer.Upgrade(&sliceLexer{toks: toks, filename: filename})
	if perr != nil {
		return nil, st.errorAt(0, "invalid syntax")
	}
	key := &lex.Range(0, 1)[0]
	states.Store(key, st)
	hookErr := st.err
	st.err = nil
	g, perr := grammar.ParseFromLexer(lex)
	states.Delete(key)
	if perr != nil || st.err != nil {
		return nil, st.chooseError(hookErr, perr)
	}
	if hookErr != nil {
		st.lastErrIdx = st.preIdx
		return nil, hookErr
	}
	st.lastErrIdx = len(toks)
	return st.convertModule(g)
}

// ParseExpr parses a single expression, as eval() does (an expression list
// becomes a Tuple). Errors are *SyntaxError.
func ParseExpr(filename string, src []byte) (x Expr, err error) {
	toks, lerr := lexer.Tokenize(filename, src)
	if lerr != nil {
		return nil, fromLexerError(filename, src, lerr)
	}
	st := &state{filename: filename, src: src, toks: toks}
	return st.parseExprTokens()
}

func (st *state) parseExprTokens() (x Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); ok {
				x, err = nil, st.err
				return
			}
			x, err = nil, st.internalError(r)
		}
	}()
	// Leading INDENT (eval strips leading whitespace) and trailing NEWLINEs are allowed.
	for st.i < len(st.toks) && st.toks[st.i].Kind == lexer.INDENT {
		st.i++
	}
	if !st.startsStarExprs() {
		st.errorf(st.i, "invalid syntax")
	}
	x = st.starExprs()
	for st.i < len(st.toks) && (st.toks[st.i].Kind == lexer.NEWLINE || st.toks[st.i].Kind == lexer.DEDENT) {
		st.i++
	}
	if st.i < len(st.toks) && st.toks[st.i].Kind != lexer.EOF {
		st.errorf(st.i, "invalid syntax")
	}
	return x, nil
}

func (st *state) internalError(r any) *SyntaxError {
	if _, ok := r.(bailout); ok && st.err != nil {
		return st.err
	}
	line := 1
	if st.i < len(st.toks) {
		line = st.toks[st.i].Pos.Line
	}
	return &SyntaxError{Filename: st.filename, Line: line, Kind: "SyntaxError",
		Msg: fmt.Sprintf("invalid syntax (internal parser error: %v)", r), Text: sourceLine(st.src, line)}
}

// chooseError picks the error to report: the earliest of the prescan error
// (hookErr), an error recorded by a hand-written hook, and participle's error.
func (st *state) chooseError(pre *SyntaxError, perr error) *SyntaxError {
	var cand *SyntaxError
	candIdx := -1
	if st.err != nil {
		cand, candIdx = st.err, st.errIdx
	} else if perr != nil {
		cand, candIdx = st.fromParticiple(perr)
	}
	if pre != nil && (cand == nil || st.preIdx <= candIdx) {
		st.lastErrIdx = st.preIdx
		return pre
	}
	if cand == nil {
		st.lastErrIdx = len(st.toks) - 1
		return st.errorAt(len(st.toks)-1, "invalid syntax")
	}
	st.lastErrIdx = candIdx
	return cand
}

func (st *state) fromParticiple(perr error) (*SyntaxError, int) {
	var ute *participle.UnexpectedTokenError
	if errors.As(perr, &ute) {
		idx := ute.Unexpected.Pos.Offset
		if idx < 0 || idx >= len(st.toks) {
			idx = len(st.toks) - 1
		}
		msg := ute.Message()
		if st.furthest > idx {
			idx = st.furthest
		} else if strings.Contains(msg, `(expected ":"`) {
			return st.errorAt(idx, "expected ':'"), idx
		}
		if idx > 0 && st.toks[idx-1].Kind == lexer.NAME && st.toks[idx-1].Value == "import" &&
			(st.toks[idx].Kind == lexer.NEWLINE || st.toks[idx].Kind == lexer.EOF) {
			return st.errorAt(idx, "Expected one or more names after 'import'"), idx
		}
		return st.invalidSyntaxAt(idx), idx
	}
	var pe participle.Error
	if errors.As(perr, &pe) {
		idx := max(pe.Position().Offset, st.furthest)
		if idx < 0 || idx >= len(st.toks) {
			idx = len(st.toks) - 1
		}
		return st.invalidSyntaxAt(idx), idx
	}
	return st.errorAt(len(st.toks)-1, "invalid syntax"), len(st.toks) - 1
}

// invalidSyntaxAt is the generic error at token idx.
func (st *state) invalidSyntaxAt(idx int) *SyntaxError {
	t := st.toks[idx]
	switch t.Kind {
	case lexer.INDENT:
		return st.errorKindAt(idx, "IndentationError", "unexpected indent")
	case lexer.EOF:
		return st.errorAt(idx, "invalid syntax")
	}
	return st.errorAt(idx, "invalid syntax")
}

func fromLexerError(filename string, src []byte, err error) error {
	var le *lexer.Error
	if errors.As(err, &le) {
		kind := le.Kind
		if kind == "" {
			kind = "SyntaxError"
		}
		e := NewSyntaxError(filename, src, le.Pos, le.End, kind, le.Msg)
		return e
	}
	return &SyntaxError{Filename: filename, Line: 1, Kind: "SyntaxError", Msg: err.Error(), Text: sourceLine(src, 1)}
}

// errorAt returns a SyntaxError spanning token idx.
func (st *state) errorAt(idx int, msg string) *SyntaxError {
	return st.errorKindAt(idx, "SyntaxError", msg)
}

func (st *state) errorKindAt(idx int, kind, msg string) *SyntaxError {
	if idx < 0 {
		idx = 0
	}
	if idx >= len(st.toks) {
		idx = len(st.toks) - 1
	}
	if idx < 0 {
		return &SyntaxError{Filename: st.filename, Line: 1, Msg: msg, Kind: kind}
	}
	t := st.toks[idx]
	return NewSyntaxError(st.filename, st.src, t.Pos, t.End, kind, msg)
}

// errorf records an error at token idx and unwinds the expression parser.
func (st *state) errorf(idx int, msg string) {
	st.fail(idx, st.errorAt(idx, msg))
}

// errorSpan records an error spanning start..end and unwinds.
func (st *state) errorSpan(idx int, start, end lexer.Pos, msg string) {
	st.fail(idx, NewSyntaxError(st.filename, st.src, start, end, "SyntaxError", msg))
}

func (st *state) fail(idx int, e *SyntaxError) {
	if st.err == nil {
		st.err, st.errIdx = e, idx
	}
	panic(bailout{})
}

// unclosedWins reports whether CPython would report the lexer's "'(' was
// never closed" instead of the syntax error found before it: when that error
// lies after the bracket's line or reaches the end of the input.
func unclosedWins(lerr, perr error, toks []lexer.Token) bool {
	var le *lexer.Error
	se, ok := perr.(*SyntaxError)
	if !errors.As(lerr, &le) || !ok || !strings.Contains(le.Msg, "was never closed") || len(toks) == 0 {
		return false
	}
	if se.Line > le.Pos.Line || se.EndLine > le.Pos.Line {
		return true
	}
	last := toks[len(toks)-1]
	return se.EndLine == last.End.Line && se.EndCol >= last.End.Col
}
