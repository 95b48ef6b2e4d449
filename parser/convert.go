package parser

import (
	"pyg/lexer"
)

// convert.go turns the participle grammar structs into the AST.

var augOps = map[string]Operator{
	"+=": Add, "-=": Sub, "*=": Mult, "/=": Div, "//=": FloorDiv, "%=": Mod, "@=": MatMult,
	"&=": BitAnd, "|=": BitOr, "^=": BitXor, ">>=": RShift, "<<=": LShift, "**=": Pow,
}

func (st *state) convertModule(g *gModule) (mod *Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(bailout); !ok {
				panic(r)
			}
			mod, err = nil, st.err
		}
	}()
	mod = &Module{}
	for _, s := range g.Stmts {
		mod.Body = append(mod.Body, st.stmt(s)...)
	}
	return mod, nil
}

func (st *state) tokPos(idx int) lexer.Pos {
	if idx < 0 {
		idx = 0
	}
	if idx >= len(st.toks) {
		idx = len(st.toks) - 1
	}
	return st.toks[idx].Pos
}

func (st *state) tokEnd(idx int) lexer.Pos {
	if idx < 0 {
		idx = 0
	}
	if idx >= len(st.toks) {
		idx = len(st.toks) - 1
	}
	return st.toks[idx].End
}

func (st *state) stmt(s *gStmt) []Stmt {
	if s.Compound != nil {
		return []Stmt{st.compound(s.Compound)}
	}
	return st.simpleLine(s.Simple)
}

func (st *state) simpleLine(l *gSimpleLine) []Stmt {
	out := make([]Stmt, 0, len(l.Stmts))
	for _, s := range l.Stmts {
		out = append(out, st.small(s))
	}
	return out
}

func (st *state) block(b *gBlock) []Stmt {
	if b == nil {
		return nil
	}
	if b.Simple != nil {
		return st.simpleLine(b.Simple)
	}
	var out []Stmt
	for _, s := range b.Stmts {
		out = append(out, st.stmt(s)...)
	}
	return out
}

func lastEnd(bodies ...[]Stmt) lexer.Pos {
	for i := len(bodies) - 1; i >= 0; i-- {
		if n := len(bodies[i]); n > 0 {
			return end(bodies[i][n-1])
		}
	}
	return lexer.Pos{}
}

func exprOrNil(x Expr) Expr {
	if x == nil {
		return nil
	}
	return x
}

func (st *state) small(s *gSmall) Stmt {
	pos := Pos{st.tokPos(s.Pos.Offset), st.tokEnd(s.EndPos.Offset - 1)}
	switch {
	case s.Kw == "pass":
		return &Pass{Pos: pos}
	case s.Kw == "break":
		return &Break{Pos: pos}
	case s.Kw == "continue":
		return &Continue{Pos: pos}
	case s.Return != nil:
		return &Return{Pos: pos, Value: exprOrNil(s.Return.Value)}
	case s.Raise != nil:
		return &Raise{Pos: pos, Exc: exprOrNil(s.Raise.Exc), Cause: exprOrNil(s.Raise.Cause)}
	case s.Names != nil:
		names := make([]string, len(s.Names.Names))
		for i, n := range s.Names.Names {
			names[i] = n.(*Name).Id
		}
		if s.Names.Kw == "global" {
			return &Global{Pos: pos, Names: names}
		}
		return &Nonlocal{Pos: pos, Names: names}
	case s.Del != nil:
		t := Expr(s.Del.Targets)
		var targets []Expr
		if tup, ok := t.(*Tuple); ok && len(tup.Elts) > 0 && start(tup) == start(tup.Elts[0]) {
			targets = tup.Elts
		} else {
			targets = []Expr{t}
		}
		return &Delete{Pos: pos, Targets: targets}
	case s.Assert != nil:
		return &Assert{Pos: pos, Test: s.Assert.Test, Msg: exprOrNil(s.Assert.Msg)}
	case s.Import != nil:
		im := &Import{Pos: pos}
		for _, a := range s.Import.Names {
			im.Names = append(im.Names, a.(*Alias))
		}
		return im
	case s.From != nil:
		f := &ImportFrom{Pos: pos}
		for _, d := range s.From.Dots {
			f.Level += len(d)
		}
		if s.From.Module != nil {
			f.Module = s.From.Module.(*Name).Id
		}
		if s.From.Star {
			idx := s.EndPos.Offset - 1
			f.Names = []*Alias{{Pos: Pos{st.tokPos(idx), st.tokEnd(idx)}, Name: "*"}}
		}
		for _, a := range s.From.Names {
			if a != nil {
				f.Names = append(f.Names, a.(*Alias))
			}
		}
		return f
	case s.Expr != nil:
		return st.exprStmt(s.Expr, pos)
	}
	st.fail(s.Pos.Offset, st.errorAt(s.Pos.Offset, "invalid syntax"))
	return nil
}

func (st *state) exprStmt(e *gExprStmt, pos Pos) Stmt {
	first := Expr(e.First)
	switch {
	case e.AugOp != "":
		st.checkAugTarget(first)
		return &AugAssign{Pos: pos, Target: first, Op: augOps[e.AugOp], Value: e.AugValue}
	case e.Ann != nil:
		simple := false
		switch t := first.(type) {
		case *Name:
			simple = pos.Start == t.Start
			t.Ctx = Store
		case *Attribute, *Subscript:
			st.setCtx(first, Store, "")
		default:
			st.failNode(first, "only single target (not "+annTargetKind(first)+") can be annotated")
		}
		return &AnnAssign{Pos: pos, Target: first, Annotation: e.Ann, Value: exprOrNil(e.AnnValue), Simple: simple}
	case len(e.Values) > 0:
		targets := []Expr{first}
		for _, v := range e.Values[:len(e.Values)-1] {
			targets = append(targets, v)
		}
		for _, t := range targets {
			st.setCtx(t, Store, "=")
		}
		return &Assign{Pos: pos, Targets: targets, Value: e.Values[len(e.Values)-1]}
	}
	return &ExprStmt{Pos: pos, Value: first}
}

func annTargetKind(x Expr) string {
	switch x.(type) {
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	}
	return "expression"
}

func (st *state) checkAugTarget(x Expr) {
	switch x.(type) {
	case *Name, *Attribute, *Subscript:
		st.setCtx(x, Store, "")
		return
	}
	kind := describe(x)
	switch x.(type) {
	case *Tuple:
		kind = "tuple"
	case *List:
		kind = "list"
	}
	st.failNode(x, "'"+kind+"' is an illegal expression for augmented assignment")
}

func (st *state) failNode(x Node, msg string) {
	s, e := x.Span()
	st.fail(0, NewSyntaxError(st.filename, st.src, s, e, "SyntaxError", msg))
}

func (st *state) compound(c *gCompound) Stmt {
	switch {
	case c.If != nil:
		return st.ifStmt(c.If)
	case c.While != nil:
		w := c.While
		body, orelse := st.block(w.Body), st.block(w.Else)
		return &While{Pos: Pos{st.tokPos(w.Pos.Offset), lastEnd(body, orelse)}, Test: w.Test, Body: body, OrElse: orelse}
	case c.For != nil:
		return st.forStmt(c.For, st.tokPos(c.For.Pos.Offset), false)
	case c.Try != nil:
		return st.tryStmt(c.Try)
	case c.With != nil:
		return st.withStmt(c.With, st.tokPos(c.With.Pos.Offset), false)
	case c.Def != nil:
		return st.funcDef(c.Def, st.tokPos(c.Def.Pos.Offset), false, nil)
	case c.Class != nil:
		return st.classDef(c.Class, nil)
	case c.Async != nil:
		a := c.Async
		s := st.tokPos(a.Pos.Offset)
		switch {
		case a.Def != nil:
			return st.funcDef(a.Def, s, true, nil)
		case a.For != nil:
			return st.forStmt(a.For, s, true)
		default:
			return st.withStmt(a.With, s, true)
		}
	case c.Decorated != nil:
		d := c.Decorated
		decs := make([]Expr, len(d.Decorators))
		for i, x := range d.Decorators {
			decs[i] = x.Expr
		}
		switch {
		case d.Def != nil:
			return st.funcDef(d.Def, st.tokPos(d.Def.Pos.Offset), false, decs)
		case d.Class != nil:
			return st.classDef(d.Class, decs)
		default:
			return st.funcDef(d.Async, st.tokPos(d.Async.Pos.Offset-1), true, decs)
		}
	}
	return &Pass{}
}

func (st *state) ifStmt(g *gIf) Stmt {
	body := st.block(g.Body)
	orelse := st.block(g.Else)
	for i := len(g.Elifs) - 1; i >= 0; i-- {
		e := g.Elifs[i]
		eb := st.block(e.Body)
		n := &If{Pos: Pos{st.tokPos(e.Pos.Offset), lastEnd(eb, orelse)}, Test: e.Test, Body: eb, OrElse: orelse}
		orelse = []Stmt{n}
	}
	return &If{Pos: Pos{st.tokPos(g.Pos.Offset), lastEnd(body, orelse)}, Test: g.Test, Body: body, OrElse: orelse}
}

func (st *state) forStmt(g *gFor, s lexer.Pos, async bool) Stmt {
	st.setCtx(g.Target, Store, "")
	body, orelse := st.block(g.Body), st.block(g.Else)
	return &For{Pos: Pos{s, lastEnd(body, orelse)}, Target: g.Target, Iter: g.Iter, Body: body, OrElse: orelse, IsAsync: async}
}

func (st *state) tryStmt(g *gTry) Stmt {
	t := &Try{Body: st.block(g.Body), OrElse: st.block(g.Else), FinalBody: st.block(g.Finally)}
	var handlerEnd lexer.Pos
	for _, h := range g.Handlers {
		hb := st.block(h.Body)
		eh := &ExceptHandler{Pos: Pos{st.tokPos(h.Pos.Offset), lastEnd(hb)}, Type: exprOrNil(h.Type), Body: hb}
		if h.Name != nil {
			eh.Name = h.Name.(*Name).Id
		}
		t.Handlers = append(t.Handlers, eh)
		handlerEnd = eh.End
	}
	if len(t.Handlers) == 0 && g.Finally == nil {
		idx := g.Pos.Offset
		// CPython: "expected 'except' or 'finally' block" at the token after the body.
		st.fail(idx, st.errorAt(st.afterBlock(g.Body), "expected 'except' or 'finally' block"))
	}
	e := lastEnd(t.FinalBody, t.OrElse)
	if len(t.FinalBody) == 0 && len(t.OrElse) == 0 {
		e = handlerEnd
	}
	t.Pos = Pos{st.tokPos(g.Pos.Offset), e}
	return t
}

// afterBlock returns the index of the token following a block (best effort).
func (st *state) afterBlock(b *gBlock) int {
	body := st.block(b)
	if len(body) == 0 {
		return len(st.toks) - 1
	}
	e := end(body[len(body)-1])
	for i, t := range st.toks {
		if t.Pos.Offset >= e.Offset && t.Kind != lexer.NEWLINE && t.Kind != lexer.DEDENT {
			return i
		}
	}
	return len(st.toks) - 1
}

func (st *state) withStmt(g *gWith, s lexer.Pos, async bool) Stmt {
	body := st.block(g.Body)
	return &With{Pos: Pos{s, lastEnd(body)}, Items: g.Items.(*withItemsNode).Items, Body: body, IsAsync: async}
}

func (st *state) funcDef(g *gDef, s lexer.Pos, async bool, decs []Expr) Stmt {
	body := st.block(g.Body)
	args := &Arguments{}
	if g.Params != nil {
		args = g.Params.(*argumentsNode).Args
	}
	return &FunctionDef{Pos: Pos{s, lastEnd(body)}, Name: g.Name.(*Name).Id, Args: args, Body: body,
		Decorators: decs, Returns: exprOrNil(g.Returns), IsAsync: async}
}

func (st *state) classDef(g *gClass, decs []Expr) Stmt {
	body := st.block(g.Body)
	c := &ClassDef{Pos: Pos{st.tokPos(g.Pos.Offset), lastEnd(body)}, Name: g.Name.(*Name).Id, Body: body, Decorators: decs}
	if g.Args != nil {
		call := g.Args.(*Call)
		c.Bases, c.Keywords = call.Args, call.Keywords
	}
	return c
}

// setCtx marks x as an assignment (Store) or deletion (Del) target and checks
// that it can be one. op is "=" for plain assignment statements, "del" for
// del, "" elsewhere; it selects CPython's wording.
func (st *state) setCtx(x Expr, ctx Ctx, op string) {
	st.setCtxDepth(x, ctx, op, true)
}

func (st *state) setCtxDepth(x Expr, ctx Ctx, op string, top bool) {
	switch t := x.(type) {
	case *Name:
		t.Ctx = ctx
		return
	case *Attribute:
		t.Ctx = ctx
		return
	case *Subscript:
		t.Ctx = ctx
		return
	case *Starred:
		if ctx == Del {
			st.failNode(x, "cannot delete starred")
		}
		t.Ctx = ctx
		st.setCtxDepth(t.Value, ctx, op, false)
		return
	case *Tuple:
		t.Ctx = ctx
		for _, e := range t.Elts {
			st.setCtxDepth(e, ctx, op, false)
		}
		return
	case *List:
		t.Ctx = ctx
		for _, e := range t.Elts {
			st.setCtxDepth(e, ctx, op, false)
		}
		return
	}
	what := describe(x)
	switch {
	case op == "del":
		st.failNode(x, "cannot delete "+what)
	case op == "=" && top:
		switch x.(type) {
		case *Constant, *Call, *Compare, *BinOp, *UnaryOp, *BoolOp, *Attribute, *Subscript:
			st.failNode(x, "cannot assign to "+what+" here. Maybe you meant '==' instead of '='?")
		}
	}
	st.failNode(x, "cannot assign to "+what)
}

// describe names an expression as CPython's error messages do.
func describe(x Expr) string {
	switch t := x.(type) {
	case *Constant:
		switch t.Value.(type) {
		case nil:
			return "None"
		case bool:
			if t.Value.(bool) {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Call:
		return "function call"
	case *BinOp, *UnaryOp, *BoolOp:
		return "expression"
	case *Compare:
		return "comparison"
	case *Lambda:
		return "lambda"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Starred:
		return "starred"
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	case *Name:
		return "name"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Slice:
		return "slice"
	}
	return "expression"
}
