package parser

import (
	"pyg/lexer"
)

// The expression parser: hand-written recursive descent over pyg tokens, with
// one table-driven precedence climber for the binary and unary operator levels
// (after starlark-go's syntax/parse.go). It is reached from the participle
// statement grammar through participle.ParseTypeWith hooks.

// keywords are the hard keywords; they never parse as names.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true, "finally": true,
	"for": true, "from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// Precedence levels, lowest first.
const (
	precOr = 1 + iota
	precAnd
	precNot
	precCmp
	precBitOr
	precBitXor
	precBitAnd
	precShift
	precArith
	precTerm
	precUnary
	precPower
)

// binop describes one binary operator of the precedence table.
type binop struct {
	prec int
	op   Operator
}

var binops = map[string]binop{
	"|": {precBitOr, BitOr}, "^": {precBitXor, BitXor}, "&": {precBitAnd, BitAnd},
	"<<": {precShift, LShift}, ">>": {precShift, RShift},
	"+": {precArith, Add}, "-": {precArith, Sub},
	"*": {precTerm, Mult}, "/": {precTerm, Div}, "//": {precTerm, FloorDiv}, "%": {precTerm, Mod}, "@": {precTerm, MatMult},
	"**": {precPower, Pow},
}

var cmpops = map[string]CmpOp{"==": Eq, "!=": NotEq, "<": Lt, "<=": LtE, ">": Gt, ">=": GtE}

var unaryops = map[string]UnaryOperator{"+": UAdd, "-": USub, "~": Invert}

// ---- token helpers ----

func (p *state) tok() *lexer.Token {
	if p.i >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.i]
}

func (p *state) peekAt(k int) *lexer.Token {
	if p.i+k >= len(p.toks) {
		return &p.toks[len(p.toks)-1]
	}
	return &p.toks[p.i+k]
}

func (p *state) isOp(v string) bool {
	t := p.tok()
	return t.Kind == lexer.OP && t.Value == v
}

func (p *state) isKw(v string) bool {
	t := p.tok()
	return t.Kind == lexer.NAME && t.Value == v
}

func (p *state) next() lexer.Token {
	t := *p.tok()
	if t.Kind != lexer.EOF {
		p.i++
	}
	p.prevEnd = t.End
	return t
}

func (p *state) expectOp(v string) lexer.Token {
	if !p.isOp(v) {
		p.syntaxError()
	}
	return p.next()
}

// syntaxError reports "invalid syntax" at the current token.
func (p *state) syntaxError() {
	t := p.tok()
	if t.Kind == lexer.INDENT {
		p.fail(p.i, p.errorKindAt(p.i, "IndentationError", "unexpected indent"))
	}
	p.errorf(p.i, "invalid syntax")
}

func (p *state) enter() {
	p.depth++
	if p.depth > maxDepth {
		// CPython: the parser's stack is full (no location is reported).
		p.fail(p.i, &SyntaxError{Filename: p.filename, Kind: "MemoryError", Msg: "Parser stack overflowed - Python source too complex to parse"})
	}
}

func (p *state) leave() { p.depth-- }

func (p *state) openBracket() lexer.Token {
	p.nest++
	if p.nest > maxNesting {
		p.errorf(p.i, "too many nested parentheses")
	}
	return p.next()
}

// ---- start predicates (used by hooks to return participle.NextMatch) ----

func (p *state) startsExpr() bool {
	t := p.tok()
	switch t.Kind {
	case lexer.NAME:
		if keywords[t.Value] {
			switch t.Value {
			case "True", "False", "None", "not", "lambda", "await":
				return true
			}
			return false
		}
		return true
	case lexer.INT, lexer.FLOAT, lexer.IMAG, lexer.STRING:
		return true
	case lexer.OP:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	}
	return false
}

func (p *state) startsStarExprs() bool {
	return p.startsExpr() || p.isOp("*") || p.isKw("yield")
}

func (p *state) startsTarget() bool { return p.startsExpr() || p.isOp("*") }

func (p *state) startsName() bool {
	t := p.tok()
	return t.Kind == lexer.NAME && !keywords[t.Value]
}

func (p *state) startsParam() bool {
	return p.startsName() || p.isOp("*") || p.isOp("**") || p.isOp("/")
}

func (p *state) startsArg() bool {
	return p.startsExpr() || p.isOp("*") || p.isOp("**")
}

// ---- expressions ----

// namedExpr parses `NAME := test` or a test.
func (p *state) namedExpr() Expr {
	t := p.tok()
	if t.Kind == lexer.NAME && !keywords[t.Value] {
		if n := p.peekAt(1); n.Kind == lexer.OP && n.Value == ":=" {
			p.enter()
			defer p.leave()
			target := &Name{Pos: Pos{t.Pos, t.End}, Id: t.Value, Ctx: Store}
			p.next()
			p.next()
			v := p.test()
			return &NamedExpr{Pos: Pos{t.Pos, end(v)}, Target: target, Value: v}
		}
	}
	x := p.test()
	if p.isOp(":=") {
		p.errorSpan(p.i, start(x), end(x), "cannot use assignment expressions with "+describe(x))
	}
	return x
}

// test parses a conditional expression or a lambda.
func (p *state) test() Expr {
	p.enter()
	defer p.leave()
	if p.isKw("lambda") {
		return p.lambda()
	}
	if !p.startsExpr() {
		p.syntaxError()
	}
	x := p.binary(precOr)
	if p.isKw("if") {
		p.next()
		cond := p.binary(precOr)
		if !p.isKw("else") {
			p.errorSpan(p.i, start(x), end(cond), "expected 'else' after 'if' expression")
		}
		p.next()
		orelse := p.test()
		return &IfExp{Pos: Pos{start(x), end(orelse)}, Test: cond, Body: x, OrElse: orelse}
	}
	return x
}

// testNoCond parses an or_test (disjunction): comprehension iterables and conditions.
func (p *state) testNoCond() Expr {
	if !p.startsExpr() || p.isKw("lambda") {
		p.syntaxError()
	}
	return p.binary(precOr)
}

func (p *state) lambda() Expr {
	kw := p.next()
	args := &Arguments{}
	if !p.isOp(":") {
		args = p.params(false, ":")
	}
	p.expectOp(":")
	body := p.test()
	return &Lambda{Pos: Pos{kw.Pos, end(body)}, Args: args, Body: body}
}

// binary is the precedence climber: it parses an expression whose operators
// all bind at least as tightly as minPrec.
func (p *state) binary(minPrec int) Expr {
	p.enter()
	defer p.leave()
	x := p.prefix(minPrec)
	for {
		t := p.tok()
		var prec int
		switch t.Kind {
		case lexer.NAME:
			switch t.Value {
			case "or":
				prec = precOr
			case "and":
				prec = precAnd
			case "in", "is":
				prec = precCmp
			case "not":
				if n := p.peekAt(1); n.Kind == lexer.NAME && n.Value == "in" {
					prec = precCmp
				}
			}
		case lexer.OP:
			if b, ok := binops[t.Value]; ok {
				prec = b.prec
			} else if _, ok := cmpops[t.Value]; ok {
				prec = precCmp
			}
		}
		if prec == 0 || prec < minPrec {
			return x
		}
		switch prec {
		case precOr, precAnd:
			op := Or
			if prec == precAnd {
				op = And
			}
			values := []Expr{x}
			for p.isKw(t.Value) {
				p.next()
				values = append(values, p.binary(prec+1))
			}
			x = &BoolOp{Pos: Pos{start(x), end(values[len(values)-1])}, Op: op, Values: values}
		case precCmp:
			cmp := &Compare{Left: x}
			for {
				op, ok := p.cmpOp()
				if !ok {
					break
				}
				cmp.Ops = append(cmp.Ops, op)
				cmp.Comparators = append(cmp.Comparators, p.binary(precBitOr))
			}
			cmp.Pos = Pos{start(x), end(cmp.Comparators[len(cmp.Comparators)-1])}
			x = cmp
		case precPower:
			p.next()
			y := p.binary(precUnary) // right associative; allows 2**-1
			x = &BinOp{Pos: Pos{start(x), end(y)}, Left: x, Op: Pow, Right: y}
		default:
			p.next()
			y := p.binary(prec + 1)
			x = &BinOp{Pos: Pos{start(x), end(y)}, Left: x, Op: binops[t.Value].op, Right: y}
		}
	}
}

// cmpOp consumes one comparison operator if present.
func (p *state) cmpOp() (CmpOp, bool) {
	t := p.tok()
	switch {
	case t.Kind == lexer.OP:
		if op, ok := cmpops[t.Value]; ok {
			p.next()
			return op, true
		}
	case t.Kind == lexer.NAME && t.Value == "in":
		p.next()
		return In, true
	case t.Kind == lexer.NAME && t.Value == "is":
		p.next()
		if p.isKw("not") {
			p.next()
			return IsNot, true
		}
		return Is, true
	case t.Kind == lexer.NAME && t.Value == "not":
		if n := p.peekAt(1); n.Kind == lexer.NAME && n.Value == "in" {
			p.next()
			p.next()
			return NotIn, true
		}
	}
	return 0, false
}

// prefix parses the operand at level minPrec: `not`, unary + - ~, await and primaries.
func (p *state) prefix(minPrec int) Expr {
	t := p.tok()
	if t.Kind == lexer.NAME && t.Value == "not" && minPrec <= precNot {
		p.next()
		x := p.binary(precNot)
		return &UnaryOp{Pos: Pos{t.Pos, end(x)}, Op: Not, Operand: x}
	}
	if t.Kind == lexer.OP && minPrec <= precUnary {
		if op, ok := unaryops[t.Value]; ok {
			p.next()
			x := p.binary(precUnary)
			return &UnaryOp{Pos: Pos{t.Pos, end(x)}, Op: op, Operand: x}
		}
	}
	if t.Kind == lexer.NAME && t.Value == "await" {
		p.next()
		x := p.primary()
		return &Await{Pos: Pos{t.Pos, end(x)}, Value: x}
	}
	return p.primary()
}

// primary parses an atom followed by calls, subscripts and attribute references.
func (p *state) primary() Expr {
	x := p.atom()
	for {
		t := p.tok()
		if t.Kind != lexer.OP {
			return x
		}
		switch t.Value {
		case ".":
			p.next()
			n := p.tok()
			if n.Kind != lexer.NAME || keywords[n.Value] {
				p.syntaxError()
			}
			p.next()
			x = &Attribute{Pos: Pos{start(x), n.End}, Value: x, Attr: n.Value}
		case "(":
			x = p.call(x)
		case "[":
			p.openBracket()
			s := p.subscriptList()
			closeTok := p.closeBracket("[", "]")
			x = &Subscript{Pos: Pos{start(x), closeTok.End}, Value: x, Slice: s}
		default:
			return x
		}
	}
}

// closeBracket expects the closing bracket for open.
func (p *state) closeBracket(open, close string) lexer.Token {
	if !p.isOp(close) {
		p.syntaxError()
	}
	p.nest--
	return p.next()
}

// subscriptList parses the inside of x[...].
func (p *state) subscriptList() Expr {
	first := p.sliceItem()
	if !p.isOp(",") {
		if s, ok := first.(*Starred); ok {
			return &Tuple{Pos: s.Pos, Elts: []Expr{s}}
		}
		return first
	}
	elts := []Expr{first}
	for p.isOp(",") {
		p.next()
		if p.isOp("]") {
			break
		}
		elts = append(elts, p.sliceItem())
	}
	return &Tuple{Pos: Pos{start(first), end(elts[len(elts)-1])}, Elts: elts}
}

func (p *state) sliceItem() Expr {
	t := p.tok()
	if t.Kind == lexer.OP && t.Value == "*" {
		p.next()
		v := p.binary(precBitOr)
		return &Starred{Pos: Pos{t.Pos, end(v)}, Value: v}
	}
	var lower, upper, step Expr
	if !p.isOp(":") {
		lower = p.namedExpr()
		if !p.isOp(":") {
			return lower
		}
	}
	startPos := t.Pos
	colon := p.next()
	endPos := colon.End
	if !p.isOp(":") && !p.isOp(",") && !p.isOp("]") {
		upper = p.test()
		endPos = end(upper)
	}
	if p.isOp(":") {
		c2 := p.next()
		endPos = c2.End
		if !p.isOp(",") && !p.isOp("]") {
			step = p.test()
			endPos = end(step)
		}
	}
	return &Slice{Pos: Pos{startPos, endPos}, Lower: lower, Upper: upper, Step: step}
}

// call parses a call's argument list after fn.
func (p *state) call(fn Expr) Expr {
	open := p.openBracket()
	c := &Call{Func: fn}
	bare := p.arguments(c, ")")
	closeTok := p.closeBracket("(", ")")
	c.Pos = Pos{start(fn), closeTok.End}
	if bare != nil && len(c.Args) == 1 && len(c.Keywords) == 0 {
		// CPython's position for a sole generator argument spans the parentheses.
		bare.Pos = Pos{open.Pos, closeTok.End}
	}
	return c
}

// arguments parses call arguments up to (not including) close.
// It returns the generator expression of `f(x for x in y)`, if any.
func (p *state) arguments(c *Call, close string) (bare *GeneratorExp) {
	for !p.isOp(close) {
		t := p.tok()
		switch {
		case t.Kind == lexer.OP && t.Value == "*":
			p.next()
			v := p.test()
			c.Args = append(c.Args, &Starred{Pos: Pos{t.Pos, end(v)}, Value: v})
		case t.Kind == lexer.OP && t.Value == "**":
			p.next()
			v := p.test()
			c.Keywords = append(c.Keywords, &Keyword{Pos: Pos{t.Pos, end(v)}, Value: v})
		case t.Kind == lexer.NAME && !keywords[t.Value] && p.peekAt(1).Kind == lexer.OP && p.peekAt(1).Value == "=":
			p.next()
			p.next()
			v := p.test()
			p.checkMissingComma(v)
			c.Keywords = append(c.Keywords, &Keyword{Pos: Pos{t.Pos, end(v)}, Arg: t.Value, Value: v})
		default:
			x := p.namedExpr()
			if p.isKw("for") || p.isKw("async") {
				gens := p.comprehension()
				g := &GeneratorExp{Pos: Pos{start(x), end(x)}, Elt: x, Generators: gens}
				g.End = p.prevEnd
				if len(c.Args) > 0 || len(c.Keywords) > 0 || !p.isOp(close) {
					if len(c.Args) > 0 || len(c.Keywords) > 0 || p.isOp(",") {
						p.errorSpan(p.i, start(x), p.prevEnd, "Generator expression must be parenthesized")
					}
				}
				c.Args = append(c.Args, g)
				bare = g
				continue
			}
			if p.isOp("=") {
				p.errorSpan(p.i, start(x), end(x), `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			p.checkMissingComma(x)
			c.Args = append(c.Args, x)
		}
		if !p.isOp(",") {
			break
		}
		p.next()
	}
	return bare
}

// checkMissingComma reports CPython's "Perhaps you forgot a comma?" when an
// expression inside brackets is directly followed by another one.
func (p *state) checkMissingComma(x Expr) {
	if p.nest <= 0 || !p.startsExpr() || p.isKw("not") {
		return
	}
	save, saveErr, saveDepth, saveNest := p.i, p.err, p.depth, p.nest
	idx := p.i
	var y Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(bailout); !ok {
					panic(r)
				}
				y = nil
			}
		}()
		y = p.binary(precOr)
	}()
	p.err = saveErr
	if y == nil {
		p.i, p.depth, p.nest = save, saveDepth, saveNest
		p.errorf(idx, "invalid syntax")
	}
	p.errorSpan(idx, start(x), end(y), "invalid syntax. Perhaps you forgot a comma?")
}

// comprehension parses one or more `[async] for targets in iter [if cond]...` clauses.
func (p *state) comprehension() []*Comprehension {
	var gens []*Comprehension
	for p.isKw("for") || (p.isKw("async") && p.peekAt(1).Kind == lexer.NAME && p.peekAt(1).Value == "for") {
		t := p.next()
		isAsync := false
		if t.Value == "async" {
			isAsync = true
			p.next()
		}
		target := p.targetList()
		p.setCtx(target, Store, "")
		if !p.isKw("in") {
			p.syntaxError()
		}
		p.next()
		iter := p.testNoCond()
		c := &Comprehension{Target: target, Iter: iter, IsAsync: isAsync}
		for p.isKw("if") {
			p.next()
			c.Ifs = append(c.Ifs, p.testNoCond())
		}
		c.Pos = Pos{t.Pos, p.prevEnd}
		gens = append(gens, c)
	}
	return gens
}

// starExprsOrYield parses a yield expression or star_expressions.
func (p *state) starExprsOrYield() Expr {
	if p.isKw("yield") {
		return p.yieldExpr()
	}
	return p.starExprs()
}

func (p *state) yieldExpr() Expr {
	kw := p.next()
	if p.isKw("from") {
		p.next()
		v := p.test()
		return &YieldFrom{Pos: Pos{kw.Pos, end(v)}, Value: v}
	}
	if !p.startsStarExprs() || p.isKw("yield") {
		return &Yield{Pos: Pos{kw.Pos, kw.End}}
	}
	v := p.starExprs()
	return &Yield{Pos: Pos{kw.Pos, end(v)}, Value: v}
}

// starExpr parses `*bitor` or a named expression.
func (p *state) starExpr() Expr {
	t := p.tok()
	if t.Kind == lexer.OP && t.Value == "*" {
		p.next()
		v := p.binary(precBitOr)
		return &Starred{Pos: Pos{t.Pos, end(v)}, Value: v}
	}
	return p.namedExpr()
}

// starExprs parses a comma-separated list; a Tuple when there is a comma.
func (p *state) starExprs() Expr {
	first := p.starExpr()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			return &Tuple{Pos: first.(*Starred).Pos, Elts: []Expr{first}}
		}
		return first
	}
	elts := []Expr{first}
	endPos := end(first)
	for p.isOp(",") {
		c := p.next()
		endPos = c.End
		if !p.startsTarget() {
			break
		}
		x := p.starExpr()
		elts = append(elts, x)
		endPos = end(x)
	}
	return &Tuple{Pos: Pos{start(first), endPos}, Elts: elts}
}

// target parses one for-loop/comprehension target: `*bitor` or bitor.
func (p *state) target() Expr {
	t := p.tok()
	if t.Kind == lexer.OP && t.Value == "*" {
		p.next()
		v := p.binary(precBitOr)
		return &Starred{Pos: Pos{t.Pos, end(v)}, Value: v}
	}
	if !p.startsExpr() {
		p.syntaxError()
	}
	return p.binary(precBitOr)
}

// targetList parses targets separated by commas (a Tuple when there is a comma).
func (p *state) targetList() Expr {
	first := p.target()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	endPos := end(first)
	for p.isOp(",") {
		c := p.next()
		endPos = c.End
		if !p.startsTarget() || p.isKw("in") {
			break
		}
		x := p.target()
		elts = append(elts, x)
		endPos = end(x)
	}
	return &Tuple{Pos: Pos{start(first), endPos}, Elts: elts}
}

func (p *state) delTargets() Expr {
	x := p.targetList()
	p.setCtx(x, Del, "del")
	return x
}

// atom parses names, literals and displays.
func (p *state) atom() Expr {
	t := p.tok()
	switch t.Kind {
	case lexer.NAME:
		switch t.Value {
		case "True":
			p.next()
			return &Constant{Pos: Pos{t.Pos, t.End}, Value: true}
		case "False":
			p.next()
			return &Constant{Pos: Pos{t.Pos, t.End}, Value: false}
		case "None":
			p.next()
			return &Constant{Pos: Pos{t.Pos, t.End}, Value: nil}
		}
		if keywords[t.Value] {
			p.syntaxError()
		}
		p.next()
		return &Name{Pos: Pos{t.Pos, t.End}, Id: t.Value}
	case lexer.INT:
		p.next()
		v, ok := parseInt(t.Value)
		if !ok {
			p.errorf(p.i-1, "invalid syntax")
		}
		return &Constant{Pos: Pos{t.Pos, t.End}, Value: v}
	case lexer.FLOAT:
		p.next()
		v, ok := parseFloat(t.Value)
		if !ok {
			p.errorf(p.i-1, "invalid syntax")
		}
		return &Constant{Pos: Pos{t.Pos, t.End}, Value: v}
	case lexer.IMAG:
		p.next()
		v, ok := parseImag(t.Value)
		if !ok {
			p.errorf(p.i-1, "invalid syntax")
		}
		return &Constant{Pos: Pos{t.Pos, t.End}, Value: v}
	case lexer.STRING:
		return p.strings()
	case lexer.OP:
		switch t.Value {
		case "...":
			p.next()
			return &Constant{Pos: Pos{t.Pos, t.End}, Value: Ellipsis{}}
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.dictAtom()
		}
	}
	p.syntaxError()
	return nil
}

func (p *state) parenAtom() Expr {
	open := p.openBracket()
	if p.isOp(")") {
		c := p.closeBracket("(", ")")
		return &Tuple{Pos: Pos{open.Pos, c.End}}
	}
	if p.isKw("yield") {
		y := p.yieldExpr()
		p.closeBracket("(", ")")
		return y
	}
	first := p.starExpr()
	if p.isKw("for") || p.isKw("async") {
		gens := p.comprehension()
		c := p.closeBracket("(", ")")
		return &GeneratorExp{Pos: Pos{open.Pos, c.End}, Elt: first, Generators: gens}
	}
	if p.isOp(")") {
		p.closeBracket("(", ")")
		if s, ok := first.(*Starred); ok {
			p.errorSpan(p.i, s.Start, s.End, "cannot use starred expression here")
		}
		return first
	}
	if !p.isOp(",") {
		p.checkMissingComma(first)
		p.syntaxError()
	}
	elts := []Expr{first}
	for p.isOp(",") {
		p.next()
		if p.isOp(")") {
			break
		}
		x := p.starExpr()
		p.checkMissingComma(x)
		elts = append(elts, x)
	}
	c := p.closeBracket("(", ")")
	return &Tuple{Pos: Pos{open.Pos, c.End}, Elts: elts}
}

func (p *state) listAtom() Expr {
	open := p.openBracket()
	if p.isOp("]") {
		c := p.closeBracket("[", "]")
		return &List{Pos: Pos{open.Pos, c.End}}
	}
	first := p.starExpr()
	if p.isKw("for") || p.isKw("async") {
		gens := p.comprehension()
		c := p.closeBracket("[", "]")
		return &ListComp{Pos: Pos{open.Pos, c.End}, Elt: first, Generators: gens}
	}
	p.checkMissingComma(first)
	elts := []Expr{first}
	for p.isOp(",") {
		p.next()
		if p.isOp("]") {
			break
		}
		x := p.starExpr()
		p.checkMissingComma(x)
		elts = append(elts, x)
	}
	c := p.closeBracket("[", "]")
	return &List{Pos: Pos{open.Pos, c.End}, Elts: elts}
}

func (p *state) dictAtom() Expr {
	open := p.openBracket()
	if p.isOp("}") {
		c := p.closeBracket("{", "}")
		return &Dict{Pos: Pos{open.Pos, c.End}}
	}
	// First item decides between dict and set.
	var key, value Expr
	if p.isOp("**") {
		p.next()
		value = p.binary(precBitOr)
	} else {
		key = p.starExpr()
		if p.isOp(":") {
			p.next()
			value = p.test()
		}
	}
	if value == nil {
		// set or set comprehension
		if p.isKw("for") || p.isKw("async") {
			gens := p.comprehension()
			c := p.closeBracket("{", "}")
			return &SetComp{Pos: Pos{open.Pos, c.End}, Elt: key, Generators: gens}
		}
		p.checkMissingComma(key)
		elts := []Expr{key}
		for p.isOp(",") {
			p.next()
			if p.isOp("}") {
				break
			}
			x := p.starExpr()
			p.checkMissingComma(x)
			elts = append(elts, x)
		}
		c := p.closeBracket("{", "}")
		return &Set{Pos: Pos{open.Pos, c.End}, Elts: elts}
	}
	if key != nil && (p.isKw("for") || p.isKw("async")) {
		gens := p.comprehension()
		c := p.closeBracket("{", "}")
		return &DictComp{Pos: Pos{open.Pos, c.End}, Key: key, Value: value, Generators: gens}
	}
	p.checkMissingComma(value)
	d := &Dict{Keys: []Expr{key}, Values: []Expr{value}}
	for p.isOp(",") {
		p.next()
		if p.isOp("}") {
			break
		}
		if p.isOp("**") {
			p.next()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.binary(precBitOr))
			continue
		}
		k := p.test()
		if !p.isOp(":") {
			p.syntaxError()
		}
		p.next()
		v := p.test()
		p.checkMissingComma(v)
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, v)
	}
	c := p.closeBracket("{", "}")
	d.Pos = Pos{open.Pos, c.End}
	return d
}

// name parses one identifier.
func (p *state) name() Expr {
	t := p.tok()
	if t.Kind != lexer.NAME || keywords[t.Value] {
		p.syntaxError()
	}
	p.next()
	return &Name{Pos: Pos{t.Pos, t.End}, Id: t.Value, Ctx: Store}
}

// dottedName parses a.b.c into a Name whose Id is the dotted text.
func (p *state) dottedName() Expr {
	n := p.name().(*Name)
	for p.isOp(".") {
		p.next()
		m := p.name().(*Name)
		n.Id += "." + m.Id
		n.End = m.End
	}
	return n
}

// alias parses `name [as name]` (dotted when dotted is set).
func (p *state) alias(dotted bool) Node {
	var n *Name
	if dotted {
		n = p.dottedName().(*Name)
	} else {
		n = p.name().(*Name)
	}
	a := &Alias{Pos: n.Pos, Name: n.Id}
	if p.isKw("as") {
		p.next()
		m := p.name().(*Name)
		a.AsName = m.Id
		a.End = m.End
	}
	return a
}

// defParams parses a def's parameter list (up to the closing parenthesis).
func (p *state) defParams() Node {
	s := p.tok().Pos
	args := p.params(true, ")")
	return &argumentsNode{Pos: Pos{s, p.prevEnd}, Args: args}
}

// params parses parameters with optional annotations until close.
func (p *state) params(annotations bool, close string) *Arguments {
	a := &Arguments{}
	seenDefault, seenStar := false, false
	param := func() *Arg {
		n := p.name().(*Name)
		arg := &Arg{Pos: n.Pos, Name: n.Id}
		if annotations && p.isOp(":") {
			p.next()
			arg.Annotation = p.test()
			arg.End = end(arg.Annotation)
		}
		return arg
	}
	for !p.isOp(close) {
		t := p.tok()
		switch {
		case t.Kind == lexer.OP && t.Value == "/":
			if seenStar || len(a.PosOnly) > 0 || len(a.Args) == 0 {
				p.errorf(p.i, "invalid syntax")
			}
			p.next()
			a.PosOnly, a.Args = a.Args, nil
		case t.Kind == lexer.OP && t.Value == "*":
			if seenStar {
				p.errorf(p.i, "* argument may appear only once")
			}
			seenStar = true
			p.next()
			if !p.isOp(",") && !p.isOp(close) {
				a.Vararg = param()
			}
		case t.Kind == lexer.OP && t.Value == "**":
			p.next()
			a.Kwarg = param()
			if p.isOp(",") {
				p.next()
			}
			if !p.isOp(close) {
				p.errorf(p.i, "arguments cannot follow var-keyword argument")
			}
			return a
		default:
			arg := param()
			var def Expr
			if p.isOp("=") {
				p.next()
				def = p.test()
			}
			if seenStar {
				a.KwOnly = append(a.KwOnly, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					seenDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if seenDefault {
					p.errorSpan(p.i, arg.Start, arg.End, "parameter without a default follows parameter with a default")
				}
			}
		}
		if !p.isOp(",") {
			break
		}
		p.next()
	}
	return a
}

// classArgs parses a class's bases and keywords (inside the parentheses).
func (p *state) classArgs() Node {
	s := p.tok().Pos
	c := &Call{}
	p.nest++
	p.arguments(c, ")")
	p.nest--
	c.Pos = Pos{s, p.prevEnd}
	return c
}

// withItems parses the items of a with statement, parenthesized or not.
func (p *state) withItems() Node {
	s := p.tok().Pos
	if p.isOp("(") {
		save, saveErr, saveDepth, saveNest, savePrev := p.i, p.err, p.depth, p.nest, p.prevEnd
		var items []*WithItem
		ok := func() (ok bool) {
			defer func() {
				if r := recover(); r != nil {
					if _, b := r.(bailout); !b {
						panic(r)
					}
					ok = false
				}
			}()
			p.openBracket()
			for {
				items = append(items, p.withItem())
				if !p.isOp(",") {
					break
				}
				p.next()
				if p.isOp(")") {
					break
				}
			}
			p.closeBracket("(", ")")
			return p.isOp(":")
		}()
		if ok {
			return &withItemsNode{Pos: Pos{s, p.prevEnd}, Items: items}
		}
		p.i, p.err, p.depth, p.nest, p.prevEnd = save, saveErr, saveDepth, saveNest, savePrev
	}
	var items []*WithItem
	for {
		items = append(items, p.withItem())
		if !p.isOp(",") {
			break
		}
		p.next()
	}
	return &withItemsNode{Pos: Pos{s, p.prevEnd}, Items: items}
}

func (p *state) withItem() *WithItem {
	x := p.test()
	item := &WithItem{ContextExpr: x}
	if p.isKw("as") {
		p.next()
		t := p.target()
		p.setCtx(t, Store, "with")
		item.OptionalVars = t
	}
	return item
}

// start and end return a node's extent.
func start(n Node) lexer.Pos { s, _ := n.Span(); return s }
func end(n Node) lexer.Pos   { _, e := n.Span(); return e }
