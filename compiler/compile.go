package compiler

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"pyg/lexer"
	"pyg/parser"
)

// Mode selects what Compile produces.
type Mode int

// Compilation modes (the mode argument of Python's compile()).
const (
	ModeExec   Mode = iota // a module: statements, returns None
	ModeEval               // a single expression: returns its value
	ModeSingle             // the REPL: top-level expression statements are echoed with PRINT_EXPR
)

// Compile compiles a parsed module to a code object. Errors are
// *parser.SyntaxError values in CPython's wording.
func Compile(mod *parser.Module, filename string, src []byte, mode Mode) (code *Code, err error) {
	if mod == nil {
		mod = &parser.Module{}
	}
	if mode == ModeEval {
		if len(mod.Body) != 1 {
			return nil, parser.NewSyntaxError(filename, src, firstPos(mod), firstPos(mod), "SyntaxError", "invalid syntax")
		}
		es, ok := mod.Body[0].(*parser.ExprStmt)
		if !ok {
			s, e := mod.Body[0].Span()
			return nil, parser.NewSyntaxError(filename, src, s, e, "SyntaxError", "invalid syntax")
		}
		return CompileExpr(es.Value, filename, src)
	}
	res, err := Resolve(mod, filename, src)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: filename, src: src, mode: mode, res: res}
	defer c.recover(&code, &err)
	c.pushUnit(res.Module, "<module>", 1)
	body := mod.Body
	if res.Module.HasAnnotations {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if mode == ModeExec {
		if doc, ok := docstring(body); ok {
			c.setLineOf(body[0])
			c.u.code.Docstring, c.u.code.HasDocstring = doc, true
			c.loadConst(doc)
			c.emit(STORE_NAME, c.name("__doc__"))
			body = body[1:]
		}
	}
	c.stmts(body)
	c.returnNone()
	return c.popUnit(), nil
}

func firstPos(mod *parser.Module) (p lexer.Pos) {
	if len(mod.Body) > 0 {
		p, _ = mod.Body[0].Span()
	}
	return p
}

// CompileExpr compiles one expression (eval mode): the code returns its value.
func CompileExpr(e parser.Expr, filename string, src []byte) (code *Code, err error) {
	res, err := resolve(nil, e, filename, src)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: filename, src: src, mode: ModeEval, res: res}
	defer c.recover(&code, &err)
	line := 1
	if e != nil {
		s, _ := e.Span()
		line = max(s.Line, 1)
	}
	c.pushUnit(res.Module, "<module>", line)
	c.expr(e)
	c.emit(RETURN_VALUE, 0)
	return c.popUnit(), nil
}

func (c *compiler) recover(code **Code, err *error) {
	if e := recover(); e != nil {
		*code = nil
		if b, ok := e.(bailout); ok {
			*err = b.err
			return
		}
		*err = fmt.Errorf("internal compiler error: %v", e)
	}
}

// opSetup is a pseudo-instruction marking where an exception handler
// becomes active; the assembler removes it after using it to compute the
// handler's stack depth.
const opSetup Opcode = 0xff

type label struct{ pos int }

// handler is an exception-table target. The stack depth recorded in the
// table is the depth at the setup point plus adjust.
type handler struct {
	target  *label
	lasti   bool
	adjust  int
	depth   int
	reached bool
}

type instr struct {
	op     Opcode
	arg    uint32
	target *label
	h      *handler // opSetup: the handler set up; otherwise the innermost active handler
	loc    Position
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbHandlerCleanup
	fbExceptionHandler
	fbPopValue
)

// fblock is a frame block: a statement whose exits (break, continue,
// return) must run cleanup code, as in CPython's compiler.
type fblock struct {
	kind      fblockKind
	cont, brk *label
	finalBody []parser.Stmt
	name      string // fbHandlerCleanup: the `as` name
	async     bool   // fbWith: `async with`
}

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

type unit struct {
	scope    *Scope
	code     *Code
	instrs   []instr
	consts   map[string]int
	names    map[string]int
	varnames map[string]int
	derefs   map[string]int
	handlers []*handler
	fblocks  []fblock
	loc      Position
	endLabel int // len(instrs) when a label was last bound
	parent   *unit
}

type compiler struct {
	filename string
	src      []byte
	mode     Mode
	res      *Resolution
	u        *unit
	depth    int
}

func (c *compiler) errorf(n parser.Node, format string, args ...any) {
	panic(bailout{errorAt(c.filename, c.src, n, fmt.Sprintf(format, args...))})
}

func (c *compiler) internal(format string, args ...any) {
	panic(fmt.Sprintf(format, args...))
}

func (c *compiler) enter(n parser.Node) {
	c.depth++
	if c.depth > maxNesting {
		panic(bailout{compileRecursionError(c.filename)})
	}
}

func (c *compiler) leave() { c.depth-- }

// ---- units ----

func (c *compiler) pushUnit(s *Scope, name string, firstLine int) {
	code := &Code{Name: name, QualName: s.QualName, Filename: c.filename, FirstLine: firstLine}
	if s.Kind == ModuleScope {
		code.QualName = name
	}
	u := &unit{scope: s, code: code, consts: map[string]int{}, names: map[string]int{},
		varnames: map[string]int{}, derefs: map[string]int{}, parent: c.u, loc: Position{Line: int32(firstLine)}, endLabel: -1}
	code.VarNames = s.LocalNames()
	for i, n := range code.VarNames {
		u.varnames[n] = i
	}
	code.CellVars = s.CellNames()
	code.FreeVars = s.FreeNames()
	for i, n := range code.CellVars {
		u.derefs[n] = i
	}
	for i, n := range code.FreeVars {
		if _, ok := u.derefs[n]; !ok {
			u.derefs[n] = len(code.CellVars) + i
		}
	}
	if len(code.CellVars) > 0 {
		code.Cell2Arg = make([]int, len(code.CellVars))
		for i, n := range code.CellVars {
			code.Cell2Arg[i] = -1
			for j, p := range s.Params {
				if p == n {
					code.Cell2Arg[i] = j
				}
			}
		}
	}
	if s.functionLike() {
		code.Flags |= FlagOptimized | FlagNewLocals
		switch {
		case s.IsCoroutine && s.IsGenerator:
			code.Flags |= FlagAsyncGenerator
		case s.IsCoroutine:
			code.Flags |= FlagCoroutine
		case s.IsGenerator:
			code.Flags |= FlagGenerator
		}
		if s.Parent != nil && s.Parent.Kind != ModuleScope {
			code.Flags |= FlagNested
		}
	}
	if len(code.CellVars) == 0 && len(code.FreeVars) == 0 {
		code.Flags |= FlagNoFree
	}
	c.u = u
}

func (c *compiler) popUnit() *Code {
	u := c.u
	code := c.assemble(u)
	c.u = u.parent
	return code
}

// ---- emission ----

func (c *compiler) newLabel() *label { return &label{pos: -1} }

func (c *compiler) bind(l *label) {
	l.pos = len(c.u.instrs)
	c.u.endLabel = l.pos
}

func (c *compiler) curHandler() *handler {
	if n := len(c.u.handlers); n > 0 {
		return c.u.handlers[n-1]
	}
	return nil
}

func (c *compiler) emit(op Opcode, arg uint32) {
	if arg > MaxArg {
		c.errorf(nil, "too many constants, names or arguments")
	}
	c.u.instrs = append(c.u.instrs, instr{op: op, arg: arg, h: c.curHandler(), loc: c.u.loc})
}

func (c *compiler) emitJump(op Opcode, l *label) {
	c.u.instrs = append(c.u.instrs, instr{op: op, target: l, h: c.curHandler(), loc: c.u.loc})
}

// setup activates h for the instructions that follow (SETUP_FINALLY,
// SETUP_CLEANUP and SETUP_WITH in CPython).
func (c *compiler) setup(h *handler) {
	c.u.instrs = append(c.u.instrs, instr{op: opSetup, h: h, loc: c.u.loc})
	c.u.handlers = append(c.u.handlers, h)
}

// popBlock deactivates the innermost handler (POP_BLOCK).
func (c *compiler) popBlock() {
	c.u.handlers = c.u.handlers[:len(c.u.handlers)-1]
}

func (c *compiler) pushFblock(n parser.Node, fb fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.errorf(n, "too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fb)
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) setLineOf(n parser.Node) {
	if n == nil {
		return
	}
	if s, e := n.Span(); s.Line > 0 {
		c.u.loc = Position{Line: int32(s.Line), EndLine: int32(e.Line), Col: int32(s.Col - 1), EndCol: int32(e.Col - 1)}
		if e.Line < s.Line {
			c.u.loc.EndLine, c.u.loc.EndCol = c.u.loc.Line, c.u.loc.Col
		}
	}
}

// returnNone ends a code block with `return None` unless it already ends
// with a return that nothing jumps past.
func (c *compiler) returnNone() {
	u := c.u
	if n := len(u.instrs); n > 0 && u.endLabel != n {
		switch u.instrs[n-1].op {
		case RETURN_VALUE, RETURN_CONST:
			return
		}
	}
	c.emit(RETURN_CONST, c.constIndex(nil))
}

// ---- constants and names ----

func constKey(v any) string {
	switch v := v.(type) {
	case nil:
		return "N"
	case bool:
		return "B" + strconv.FormatBool(v)
	case int64:
		return "I" + strconv.FormatInt(v, 10)
	case *big.Int:
		return "L" + v.String()
	case float64:
		return "F" + strconv.FormatUint(math.Float64bits(v), 16)
	case complex128:
		return "C" + strconv.FormatUint(math.Float64bits(real(v)), 16) + "," + strconv.FormatUint(math.Float64bits(imag(v)), 16)
	case string:
		return "S" + strconv.Itoa(len(v)) + ":" + v
	case parser.Bytes:
		return "Y" + strconv.Itoa(len(v)) + ":" + string(v)
	case parser.Ellipsis:
		return "E"
	case ConstTuple:
		var b strings.Builder
		b.WriteString("T(")
		for _, x := range v {
			k := constKey(x)
			b.WriteString(strconv.Itoa(len(k)) + ":" + k)
		}
		b.WriteString(")")
		return b.String()
	}
	return fmt.Sprintf("P%p", v)
}

func (c *compiler) constIndex(v any) uint32 {
	u := c.u
	k := constKey(v)
	if i, ok := u.consts[k]; ok {
		return uint32(i)
	}
	i := len(u.code.Consts)
	u.code.Consts = append(u.code.Consts, v)
	u.consts[k] = i
	return uint32(i)
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.constIndex(v)) }

func (c *compiler) name(n string) uint32 {
	u := c.u
	if i, ok := u.names[n]; ok {
		return uint32(i)
	}
	i := len(u.code.Names)
	u.code.Names = append(u.code.Names, n)
	u.names[n] = i
	return uint32(i)
}

func (c *compiler) mangle(n string) string { return mangle(c.u.scope.private, n) }

func (c *compiler) derefIndex(n string) uint32 {
	i, ok := c.u.derefs[n]
	if !ok {
		c.internal("no cell or free variable %q in %s", n, c.u.code.QualName)
	}
	return uint32(i)
}

// nameOp emits the load, store or delete of a variable.
func (c *compiler) nameOp(n string, ctx parser.Ctx) {
	n = c.mangle(n)
	if ctx == parser.Load && n == "__debug__" {
		c.loadConst(true)
		return
	}
	s := c.u.scope
	sym := s.Symbols[n]
	for s.Inlined && (sym == nil || sym.Binding == Free) {
		// a variable of the code the comprehension is inlined in
		s = s.Parent
		sym = s.Symbols[n]
	}
	b := Unresolved
	if sym != nil {
		b = sym.Binding
	}
	pick := func(load, store, del Opcode) Opcode {
		switch ctx {
		case parser.Store:
			return store
		case parser.Del:
			return del
		}
		return load
	}
	switch b {
	case Free, Cell:
		op := pick(LOAD_DEREF, STORE_DEREF, DELETE_DEREF)
		if s.Kind == ClassScope && ctx == parser.Load {
			op = LOAD_CLASSDEREF
		}
		c.emit(op, c.derefIndex(n))
		return
	case Local:
		if s.functionLike() {
			i, ok := c.u.varnames[n]
			if !ok {
				c.internal("no local %q", n)
			}
			c.emit(pick(LOAD_FAST, STORE_FAST, DELETE_FAST), uint32(i))
			return
		}
	case GlobalExplicit:
		c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.name(n))
		return
	default:
		if s.functionLike() {
			c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.name(n))
			return
		}
	}
	c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.name(n))
}

// ---- assembly ----

func isTerminator(op Opcode) bool {
	switch op {
	case JUMP, JUMP_BACKWARD, RETURN_VALUE, RETURN_CONST, RAISE_VARARGS, RERAISE:
		return true
	}
	return false
}

func isConditionalJump(op Opcode) bool {
	switch op {
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER:
		return true
	}
	return false
}

// assemble resolves labels, computes stack depths (MaxStack and the depth
// of every exception handler) and builds the exception table.
func (c *compiler) assemble(u *unit) *Code {
	code := u.code
	ins := u.instrs
	final := make([]int, len(ins)+1)
	n := 0
	for i, in := range ins {
		final[i] = n
		if in.op != opSetup {
			n++
		}
	}
	final[len(ins)] = n

	// Stack depth flow analysis over the internal instruction list.
	depth := make([]int, len(ins)+1)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth := 0
	var work []int
	reach := func(i, d int) {
		if d < 0 {
			c.internal("%s: negative stack depth at %d", code.QualName, i)
		}
		if i >= len(ins) {
			c.internal("%s: control falls off the end of the code", code.QualName)
		}
		maxDepth = max(maxDepth, d)
		if depth[i] < 0 {
			depth[i] = d
			work = append(work, i)
		} else if depth[i] != d {
			c.internal("%s: inconsistent stack depth at %d (%d vs %d)", code.QualName, i, depth[i], d)
		}
	}
	if len(ins) > 0 {
		reach(0, 0)
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		in := ins[i]
		d := depth[i]
		if in.op == opSetup {
			h := in.h
			hd := d + h.adjust
			if h.reached && h.depth != hd {
				c.internal("%s: handler set up at two depths", code.QualName)
			}
			h.depth, h.reached = hd, true
			entry := hd + 1
			if h.lasti {
				entry++
			}
			reach(h.target.pos, entry)
			reach(i+1, d)
			continue
		}
		if in.target != nil {
			reach(in.target.pos, d+StackEffect(in.op, in.arg, true))
		}
		if !isTerminator(in.op) {
			reach(i+1, d+StackEffect(in.op, in.arg, false))
		}
	}
	code.MaxStack = maxDepth

	code.Instrs = make([]uint32, 0, n)
	code.Lines = make([]int32, 0, n)
	code.Cols = make([]ColSpan, 0, n)
	for i, in := range ins {
		if in.op == opSetup {
			continue
		}
		arg := in.arg
		op := in.op
		if in.target != nil {
			if in.target.pos < 0 {
				c.internal("%s: unbound label", code.QualName)
			}
			t := final[in.target.pos]
			if t >= n {
				c.internal("%s: jump past the end", code.QualName)
			}
			if op == JUMP && t <= final[i] {
				op = JUMP_BACKWARD
			} else if isConditionalJump(op) && t <= final[i] {
				c.internal("%s: backward conditional jump", code.QualName)
			}
			arg = uint32(t)
		}
		code.Instrs = append(code.Instrs, Instr(op, arg))
		code.Lines = append(code.Lines, in.loc.Line)
		code.Cols = append(code.Cols, ColSpan{EndLine: in.loc.EndLine, Col: in.loc.Col, EndCol: in.loc.EndCol})
	}
	fuse(code.Instrs)

	// Exception table: runs of instructions with the same innermost handler.
	var cur *handler
	start := 0
	flush := func(end int) {
		if cur != nil && end > start {
			code.ExcTable = append(code.ExcTable, ExcEntry{
				Start: start, End: end, Handler: final[cur.target.pos],
				Depth: cur.depth, Lasti: cur.lasti,
			})
		}
	}
	for i, in := range ins {
		if in.op == opSetup {
			continue
		}
		if in.h != cur {
			flush(final[i])
			cur, start = in.h, final[i]
		}
	}
	flush(n)
	return code
}

// ---- statements ----

func docstring(body []parser.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*parser.ExprStmt); ok {
		if k, ok := es.Value.(*parser.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

func (c *compiler) stmts(list []parser.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s parser.Stmt) {
	c.enter(s)
	defer c.leave()
	c.setLineOf(s)
	switch s := s.(type) {
	case *parser.FunctionDef:
		c.function(s, s.Name, s.Args, s.Body, nil, s.Decorators, s.Returns)
		c.nameOp(s.Name, parser.Store)
	case *parser.ClassDef:
		c.class(s)
	case *parser.Return:
		c.returnStmt(s)
	case *parser.Delete:
		for _, t := range s.Targets {
			c.delete(t)
		}
	case *parser.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(COPY, 1)
			}
			c.store(t)
		}
	case *parser.AugAssign:
		c.augAssign(s)
	case *parser.AnnAssign:
		c.annAssign(s)
	case *parser.For:
		c.forStmt(s)
	case *parser.While:
		c.whileStmt(s)
	case *parser.If:
		c.ifStmt(s)
	case *parser.With:
		if s.IsAsync && !c.inAsyncFunction() {
			c.errorf(s, "'async with' outside async function")
		}
		c.with(s, 0)
	case *parser.Raise:
		n := uint32(0)
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *parser.Try:
		if len(s.FinalBody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *parser.Assert:
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		c.setLineOf(s.Test) // CPython's traceback points at the test
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *parser.Import:
		c.importStmt(s)
	case *parser.ImportFrom:
		c.importFrom(s)
	case *parser.Global, *parser.Nonlocal, *parser.Pass:
	case *parser.ExprStmt:
		if c.mode == ModeSingle && c.u.scope.Kind == ModuleScope {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if _, ok := s.Value.(*parser.Constant); ok {
			return // no effect (docstrings, `...`)
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 0)
	case *parser.Break:
		c.breakStmt(s)
	case *parser.Continue:
		c.continueStmt(s)
	default:
		c.errorf(s, "unsupported statement %T", s)
	}
}

// function compiles a def or lambda and leaves the function object on the stack.
func (c *compiler) function(node parser.Node, name string, args *parser.Arguments, body []parser.Stmt, lambdaBody parser.Expr, decorators []parser.Expr, returns parser.Expr) {
	scope := c.res.Scopes[node]
	if scope == nil {
		c.internal("no scope for %s", name)
	}
	if args == nil {
		args = &parser.Arguments{}
	}
	for _, d := range decorators {
		c.expr(d)
	}
	c.setLineOf(node)
	flags := uint32(0)
	if len(args.Defaults) > 0 {
		for _, d := range args.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, uint32(len(args.Defaults)))
		flags |= 1
	}
	nkw := 0
	for i, d := range args.KwDefaults {
		if d != nil && i < len(args.KwOnly) {
			c.loadConst(c.mangle(args.KwOnly[i].Name))
			c.expr(d)
			nkw++
		}
	}
	if nkw > 0 {
		c.emit(BUILD_MAP, uint32(nkw))
		flags |= 2
	}
	if lambdaBody == nil {
		nann := 0
		for _, p := range allParams(args) {
			if p.Annotation != nil {
				c.loadConst(c.mangle(p.Name))
				c.expr(p.Annotation)
				nann++
			}
		}
		if returns != nil {
			c.loadConst("return")
			c.expr(returns)
			nann++
		}
		if nann > 0 {
			c.emit(BUILD_TUPLE, uint32(2*nann))
			flags |= 4
		}
	}

	c.pushUnit(scope, name, firstLine(node, decorators))
	code := c.u.code
	code.ArgCount = len(args.PosOnly) + len(args.Args)
	code.PosOnlyCount = len(args.PosOnly)
	code.KwOnlyCount = len(args.KwOnly)
	if args.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if args.Kwarg != nil {
		code.Flags |= FlagVarKeywords
	}
	if lambdaBody != nil {
		c.expr(lambdaBody)
		if scope.IsGenerator {
			c.emit(POP_TOP, 0)
			c.returnNone()
		} else {
			c.emit(RETURN_VALUE, 0)
		}
	} else {
		if doc, ok := docstring(body); ok {
			code.Docstring, code.HasDocstring = doc, true
			body = body[1:]
		}
		c.stmts(body)
		c.returnNone()
	}
	code = c.popUnit()
	c.makeFunction(code, flags)
	for range decorators {
		c.emit(CALL, 1)
	}
}

// makeFunction emits the closure tuple (if any), the code constant and MAKE_FUNCTION.
func (c *compiler) makeFunction(code *Code, flags uint32) {
	if len(code.FreeVars) > 0 {
		for _, n := range code.FreeVars {
			c.emit(LOAD_CLOSURE, c.derefIndex(n))
		}
		c.emit(BUILD_TUPLE, uint32(len(code.FreeVars)))
		flags |= 8
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) class(s *parser.ClassDef) {
	scope := c.res.Scopes[s]
	if scope == nil {
		c.internal("no scope for class %s", s.Name)
	}
	for _, d := range s.Decorators {
		c.expr(d)
	}
	c.setLineOf(s)
	c.emit(LOAD_BUILD_CLASS, 0)

	c.pushUnit(scope, s.Name, firstLine(s, s.Decorators))
	c.emit(LOAD_NAME, c.name("__name__"))
	c.emit(STORE_NAME, c.name("__module__"))
	c.loadConst(scope.QualName)
	c.emit(STORE_NAME, c.name("__qualname__"))
	if scope.HasAnnotations {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.setLineOf(body[0])
		c.u.code.Docstring, c.u.code.HasDocstring = doc, true
		c.loadConst(doc)
		c.emit(STORE_NAME, c.name("__doc__"))
		body = body[1:]
	}
	c.stmts(body)
	if scope.NeedsClassCell {
		c.emit(LOAD_CLOSURE, c.derefIndex("__class__"))
		c.emit(COPY, 1)
		c.emit(STORE_NAME, c.name("__classcell__"))
		c.emit(RETURN_VALUE, 0)
	} else {
		c.returnNone()
	}
	code := c.popUnit()

	c.setLineOf(s)
	c.makeFunction(code, 0)
	c.loadConst(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, parser.Store)
}

// firstLine is the first line of a definition: its first decorator's, as in CPython.
func firstLine(n parser.Node, decorators []parser.Expr) int {
	start, _ := n.Span()
	line := start.Line
	for _, d := range decorators {
		if s, _ := d.Span(); s.Line > 0 && s.Line < line {
			line = s.Line
		}
	}
	return max(line, 1)
}

func isConst(e parser.Expr) bool {
	_, ok := e.(*parser.Constant)
	return ok
}

func (c *compiler) returnStmt(s *parser.Return) {
	if !c.u.scope.functionLike() {
		c.errorf(s, "'return' outside function")
	}
	if s.Value != nil && c.u.scope.IsCoroutine && c.u.scope.IsGenerator {
		c.errorf(s, "'return' with value in async generator")
	}
	preserve := s.Value != nil && !isConst(s.Value)
	if preserve {
		c.expr(s.Value)
	}
	restore := c.unwind(s, preserve, false)
	c.setLineOf(s)
	switch {
	case s.Value == nil:
		c.emit(RETURN_CONST, c.constIndex(nil))
	case preserve:
		c.emit(RETURN_VALUE, 0)
	default:
		c.emit(RETURN_CONST, c.constIndex(s.Value.(*parser.Constant).Value))
	}
	restore()
}

func (c *compiler) breakStmt(s *parser.Break) {
	loop, restore := c.unwindToLoop(s)
	if loop == nil {
		c.errorf(s, "'break' outside loop")
	}
	c.unwindFblock(*loop, false)
	c.emitJump(JUMP, loop.brk)
	restore()
}

func (c *compiler) continueStmt(s *parser.Continue) {
	loop, restore := c.unwindToLoop(s)
	if loop == nil {
		c.errorf(s, "'continue' not properly in loop")
	}
	c.emitJump(JUMP, loop.cont)
	restore()
}

func (c *compiler) unwindToLoop(n parser.Node) (*fblock, func()) {
	var loop *fblock
	restore := c.unwindUntil(n, false, &loop)
	return loop, restore
}

func (c *compiler) unwind(n parser.Node, preserveTos, _ bool) func() {
	return c.unwindUntil(n, preserveTos, nil)
}

// unwindUntil emits the cleanup of the enclosing frame blocks, innermost
// first, stopping at the innermost loop when loop is not nil. The returned
// function restores the compiler's block state; call it after emitting the
// jump or return that leaves the blocks.
func (c *compiler) unwindUntil(n parser.Node, preserveTos bool, loop **fblock) func() {
	u := c.u
	savedF := append([]fblock(nil), u.fblocks...)
	savedH := append([]*handler(nil), u.handlers...)
	for len(u.fblocks) > 0 {
		top := u.fblocks[len(u.fblocks)-1]
		if loop != nil && (top.kind == fbWhile || top.kind == fbFor) {
			l := top
			*loop = &l
			break
		}
		u.fblocks = u.fblocks[:len(u.fblocks)-1]
		c.unwindFblock(top, preserveTos)
		c.setLineOf(n)
	}
	return func() {
		u.fblocks = savedF
		u.handlers = savedH
	}
}

func (c *compiler) unwindFblock(fb fblock, preserveTos bool) {
	swap := func() {
		if preserveTos {
			c.emit(SWAP, 2)
		}
	}
	switch fb.kind {
	case fbWhile, fbExceptionHandler:
	case fbFor:
		swap()
		c.emit(POP_TOP, 0)
	case fbTryExcept:
		c.popBlock()
	case fbFinallyTry:
		c.popBlock()
		if preserveTos {
			c.pushFblock(nil, fblock{kind: fbPopValue})
		}
		c.stmts(fb.finalBody)
		if preserveTos {
			c.popFblock()
		}
	case fbFinallyEnd:
		swap()
		c.emit(POP_TOP, 0) // the exception
		swap()
		c.popBlock()
		c.emit(POP_EXCEPT, 0)
	case fbWith:
		c.popBlock()
		swap()
		c.callExitWithNones()
		if fb.async {
			c.await(2)
		}
		c.emit(POP_TOP, 0)
	case fbHandlerCleanup:
		if fb.name != "" {
			c.popBlock()
		}
		swap()
		c.popBlock()
		c.emit(POP_EXCEPT, 0)
		if fb.name != "" {
			c.loadConst(nil)
			c.nameOp(fb.name, parser.Store)
			c.nameOp(fb.name, parser.Del)
		}
	case fbPopValue:
		swap()
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) callExitWithNones() {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.emit(CALL, 3)
}

func (c *compiler) ifStmt(s *parser.If) {
	end := c.newLabel()
	orelse := end
	if len(s.OrElse) > 0 {
		orelse = c.newLabel()
	}
	c.jumpIf(s.Test, orelse, false)
	c.stmts(s.Body)
	if len(s.OrElse) > 0 {
		c.setLineOf(s)
		c.emitJump(JUMP, end)
		c.bind(orelse)
		c.stmts(s.OrElse)
	}
	c.bind(end)
}

// constTruth reports the truth value of a constant expression, if it has one.
func constTruth(e parser.Expr) (truth, ok bool) {
	k, isConst := e.(*parser.Constant)
	if !isConst {
		return false, false
	}
	switch v := k.Value.(type) {
	case nil:
		return false, true
	case bool:
		return v, true
	case int64:
		return v != 0, true
	case float64:
		return v != 0, true
	case string:
		return v != "", true
	case *big.Int:
		return v.Sign() != 0, true
	case parser.Ellipsis:
		return true, true
	}
	return false, false
}

func (c *compiler) whileStmt(s *parser.While) {
	loop, end, orelse := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(loop)
	if t, ok := constTruth(s.Test); !ok || !t {
		c.jumpIf(s.Test, orelse, false)
	}
	c.pushFblock(s, fblock{kind: fbWhile, cont: loop, brk: end})
	c.stmts(s.Body)
	c.popFblock()
	// The loop edge is located at the test, as CPython's (where Ctrl-C
	// interrupts `while True: pass`).
	c.setLineOf(s.Test)
	c.emitJump(JUMP, loop)
	c.bind(orelse)
	c.stmts(s.OrElse)
	c.bind(end)
}

func (c *compiler) forStmt(s *parser.For) {
	if s.IsAsync {
		c.asyncForStmt(s)
		return
	}
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setLineOf(s.Iter) // errors from iter()/next() point at the iterable
	c.emit(GET_ITER, 0)
	c.bind(start)
	c.emitJump(FOR_ITER, cleanup)
	c.setLineOf(s)
	c.store(s.Target)
	c.pushFblock(s, fblock{kind: fbFor, cont: start, brk: end})
	c.stmts(s.Body)
	c.popFblock()
	// The loop edge keeps the location of the end of the body, as CPython's.
	c.emitJump(JUMP, start)
	c.bind(cleanup)
	c.stmts(s.OrElse)
	c.bind(end)
}

// inAsyncFunction reports whether the code being compiled is an async def.
func (c *compiler) inAsyncFunction() bool {
	return c.u.scope.Kind == FunctionScope && c.u.scope.IsCoroutine
}

// await emits the awaiting of TOS (arg: GET_AWAITABLE's argument).
func (c *compiler) await(arg uint32) {
	c.emit(GET_AWAITABLE, arg)
	c.loadConst(nil)
	c.emit(YIELD_FROM, 0)
}

// asyncForStmt compiles `async for`: the loop ends when __anext__'s
// awaitable raises StopAsyncIteration, caught by END_ASYNC_FOR.
func (c *compiler) asyncForStmt(s *parser.For) {
	if !c.inAsyncFunction() {
		c.errorf(s, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.setLineOf(s.Iter)
	c.emit(GET_AITER, 0)
	c.bind(start)
	c.setup(&handler{target: except})
	c.emit(GET_ANEXT, 0)
	c.await(0)
	c.popBlock()
	c.setLineOf(s)
	c.store(s.Target)
	c.pushFblock(s, fblock{kind: fbFor, cont: start, brk: end})
	c.stmts(s.Body)
	c.popFblock()
	c.setLineOf(s)
	c.emitJump(JUMP, start)
	c.bind(except)
	c.setLineOf(s)
	c.emit(END_ASYNC_FOR, 0)
	c.stmts(s.OrElse)
	c.bind(end)
}

// popExceptAndReraise is the cleanup handler shared by except, finally and
// with blocks: stack prev lasti exc.
func (c *compiler) popExceptAndReraise() {
	c.emit(COPY, 3)
	c.emit(POP_EXCEPT, 0)
	c.emit(RERAISE, 0)
}

func (c *compiler) tryExcept(s *parser.Try) {
	except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.setup(&handler{target: except})
	c.pushFblock(s, fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.popBlock()
	c.stmts(s.OrElse)
	c.setLineOf(s)
	c.emitJump(JUMP, end)

	c.bind(except)
	h2 := &handler{target: cleanup, lasti: true}
	c.setup(h2)
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(s, fblock{kind: fbExceptionHandler})
	for _, h := range s.Handlers {
		c.setLineOf(h)
		next := c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanupEnd := c.newLabel()
			c.nameOp(h.Name, parser.Store)
			c.setup(&handler{target: cleanupEnd, lasti: true})
			c.pushFblock(h, fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.popBlock()
			c.popBlock()
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.nameOp(h.Name, parser.Store)
			c.nameOp(h.Name, parser.Del)
			c.emitJump(JUMP, end)
			c.u.handlers = append(c.u.handlers, h2)
			c.bind(cleanupEnd)
			c.loadConst(nil)
			c.nameOp(h.Name, parser.Store)
			c.nameOp(h.Name, parser.Del)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.pushFblock(h, fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.popBlock()
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
			c.u.handlers = append(c.u.handlers, h2)
		}
		c.bind(next)
	}
	c.popFblock()
	c.emit(RERAISE, 0)
	c.popBlock()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(end)
}

func (c *compiler) tryFinally(s *parser.Try) {
	end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel()
	c.setup(&handler{target: end})
	c.pushFblock(s, fblock{kind: fbFinallyTry, finalBody: s.FinalBody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.popBlock()
	c.popFblock()
	c.stmts(s.FinalBody)
	c.emitJump(JUMP, exit)

	c.bind(end)
	c.setup(&handler{target: cleanup, lasti: true})
	c.emit(PUSH_EXC_INFO, 0)
	c.pushFblock(s, fblock{kind: fbFinallyEnd})
	c.stmts(s.FinalBody)
	c.popFblock()
	c.emit(RERAISE, 0)
	c.popBlock()
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(exit)
}

func (c *compiler) with(s *parser.With, i int) {
	if i >= len(s.Items) {
		c.stmts(s.Body)
		return
	}
	item := s.Items[i]
	final, exit, cleanup, suppress := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setLineOf(s)
	if s.IsAsync {
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.await(1)
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	c.setup(&handler{target: final, adjust: -1})
	c.pushFblock(s, fblock{kind: fbWith, async: s.IsAsync})
	if item.OptionalVars != nil {
		c.store(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.with(s, i+1)
	c.popFblock()
	c.popBlock()
	c.setLineOf(s)
	c.callExitWithNones()
	if s.IsAsync {
		c.await(2)
	}
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, exit)

	c.bind(final)
	c.setup(&handler{target: cleanup, lasti: true})
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(WITH_EXCEPT_START, 0)
	if s.IsAsync {
		c.await(2)
	}
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.bind(suppress)
	c.emit(POP_TOP, 0) // exc
	c.popBlock()
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0) // exit
	c.emitJump(JUMP, exit)
	c.bind(cleanup)
	c.popExceptAndReraise()
	c.bind(exit)
}

func (c *compiler) importStmt(s *parser.Import) {
	for _, a := range s.Names {
		c.setLineOf(a)
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emit(IMPORT_NAME, c.name(a.Name))
		if a.AsName == "" {
			top, _, _ := strings.Cut(a.Name, ".")
			c.nameOp(top, parser.Store)
			continue
		}
		parts := strings.Split(a.Name, ".")
		for j, p := range parts[1:] {
			c.emit(IMPORT_FROM, c.name(p))
			if j < len(parts)-2 {
				c.emit(SWAP, 2)
				c.emit(POP_TOP, 0)
			}
		}
		c.nameOp(a.AsName, parser.Store)
		if len(parts) > 1 {
			c.emit(POP_TOP, 0)
		}
	}
}

func (c *compiler) importFrom(s *parser.ImportFrom) {
	c.loadConst(int64(s.Level))
	names := make(ConstTuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(names)
	c.emit(IMPORT_NAME, c.name(s.Module))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emit(IMPORT_STAR, 0)
		return
	}
	for _, a := range s.Names {
		c.setLineOf(a)
		c.emit(IMPORT_FROM, c.name(a.Name))
		n := a.AsName
		if n == "" {
			n = a.Name
		}
		c.nameOp(n, parser.Store)
	}
	c.emit(POP_TOP, 0)
}

func (c *compiler) augAssign(s *parser.AugAssign) {
	op := uint32(s.Op) + InplaceFlag
	switch t := s.Target.(type) {
	case *parser.Name:
		c.setLineOf(t)
		c.nameOp(t.Id, parser.Load)
		c.expr(s.Value)
		c.setLineOf(s)
		c.emit(BINARY_OP, op)
		c.setLineOf(t)
		c.nameOp(t.Id, parser.Store)
	case *parser.Attribute:
		c.expr(t.Value)
		c.setLineOf(t)
		c.emit(COPY, 1)
		c.emit(LOAD_ATTR, c.name(c.mangle(t.Attr)))
		c.expr(s.Value)
		c.setLineOf(s)
		c.emit(BINARY_OP, op)
		c.setLineOf(t)
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.name(c.mangle(t.Attr)))
	case *parser.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.setLineOf(t)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.setLineOf(s)
		c.emit(BINARY_OP, op)
		c.setLineOf(t)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorf(t, "'%s' is an illegal expression for augmented assignment", exprName(t))
	}
}

func (c *compiler) annAssign(s *parser.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.store(s.Target)
	}
	evalAnn := !c.u.scope.functionLike()
	if n, ok := s.Target.(*parser.Name); ok && s.Simple {
		if evalAnn {
			c.expr(s.Annotation)
			c.emit(LOAD_NAME, c.name("__annotations__"))
			c.loadConst(c.mangle(n.Id))
			c.emit(STORE_SUBSCR, 0)
		}
		return
	}
	if s.Value == nil {
		switch t := s.Target.(type) {
		case *parser.Attribute:
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
		case *parser.Subscript:
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
			c.expr(t.Slice)
			c.emit(POP_TOP, 0)
		}
	}
	if evalAnn {
		c.expr(s.Annotation)
		c.emit(POP_TOP, 0)
	}
}

// store assigns the value on top of the stack to a target.
func (c *compiler) store(t parser.Expr) {
	c.enter(t)
	defer c.leave()
	switch t := t.(type) {
	case *parser.Name:
		c.nameOp(t.Id, parser.Store)
	case *parser.Attribute:
		c.expr(t.Value)
		loc := c.u.loc
		c.setLineOf(t)
		c.emit(STORE_ATTR, c.name(c.mangle(t.Attr)))
		c.u.loc = loc
	case *parser.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		loc := c.u.loc
		c.setLineOf(t)
		c.emit(STORE_SUBSCR, 0)
		c.u.loc = loc
	case *parser.Tuple:
		c.unpack(t, t.Elts)
	case *parser.List:
		c.unpack(t, t.Elts)
	case *parser.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t, "cannot assign to %s", exprName(t))
	}
}

func (c *compiler) unpack(n parser.Expr, elts []parser.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			if star >= 0 {
				c.errorf(n, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star >= 0 {
		before, after := star, len(elts)-star-1
		if before >= 1<<8 || after >= 1<<16 {
			c.errorf(n, "too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, uint32(before|after<<8))
	} else {
		c.emit(UNPACK_SEQUENCE, uint32(len(elts)))
	}
	for _, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			c.store(s.Value)
		} else {
			c.store(e)
		}
	}
}

func (c *compiler) delete(t parser.Expr) {
	c.enter(t)
	defer c.leave()
	c.setLineOf(t)
	switch t := t.(type) {
	case *parser.Name:
		c.nameOp(t.Id, parser.Del)
	case *parser.Attribute:
		c.expr(t.Value)
		c.emit(DELETE_ATTR, c.name(c.mangle(t.Attr)))
	case *parser.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(DELETE_SUBSCR, 0)
	case *parser.Tuple:
		for _, e := range t.Elts {
			c.delete(e)
		}
	case *parser.List:
		for _, e := range t.Elts {
			c.delete(e)
		}
	default:
		c.errorf(t, "cannot delete %s", exprName(t))
	}
}

// ---- expressions ----

// jumpIf emits a jump to l taken when the truth of e equals cond.
func (c *compiler) jumpIf(e parser.Expr, l *label, cond bool) {
	c.enter(e)
	defer c.leave()
	saved := c.u.loc
	defer func() { c.u.loc = saved }()
	c.setLineOf(e)
	switch e := e.(type) {
	case *parser.UnaryOp:
		if e.Op == parser.Not {
			c.jumpIf(e.Operand, l, !cond)
			return
		}
	case *parser.BoolOp:
		if len(e.Values) == 0 {
			break
		}
		last := len(e.Values) - 1
		// `and` jumps early on false, `or` on true.
		early := e.Op == parser.Or
		if cond == early {
			for _, v := range e.Values {
				c.jumpIf(v, l, cond)
			}
			return
		}
		next := c.newLabel()
		for _, v := range e.Values[:last] {
			c.jumpIf(v, next, early)
		}
		c.jumpIf(e.Values[last], l, cond)
		c.bind(next)
		return
	case *parser.Compare:
		if len(e.Ops) == 1 && len(e.Comparators) == 1 {
			if k, ok := e.Comparators[0].(*parser.Constant); ok && k.Value == nil && (e.Ops[0] == parser.Is || e.Ops[0] == parser.IsNot) {
				c.expr(e.Left)
				isNone := (e.Ops[0] == parser.Is) == cond
				if isNone {
					c.emitJump(POP_JUMP_IF_NONE, l)
				} else {
					c.emitJump(POP_JUMP_IF_NOT_NONE, l)
				}
				return
			}
		}
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, l)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, l)
	}
}

// constValue returns the constant value of e when it is a literal or a
// tuple of literals.
func constValue(e parser.Expr) (any, bool) {
	switch e := e.(type) {
	case *parser.Constant:
		return e.Value, true
	case *parser.Tuple:
		if e.Ctx != parser.Load {
			return nil, false
		}
		t := make(ConstTuple, len(e.Elts))
		for i, x := range e.Elts {
			v, ok := constValue(x)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	}
	return nil, false
}

func hasStarred(elts []parser.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			return true
		}
	}
	return false
}

func (c *compiler) exprs(list []parser.Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

// expr compiles an expression, leaving its value on the stack.
func (c *compiler) expr(e parser.Expr) {
	if e == nil {
		c.loadConst(nil)
		return
	}
	c.enter(e)
	defer c.leave()
	saved := c.u.loc
	defer func() { c.u.loc = saved }()
	c.setLineOf(e)
	switch e := e.(type) {
	case *parser.Constant:
		c.loadConst(e.Value)
	case *parser.Name:
		c.nameOp(e.Id, parser.Load)
	case *parser.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == parser.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.emitJump(op, end)
			}
		}
		c.bind(end)
	case *parser.NamedExpr:
		c.expr(e.Value)
		c.emit(COPY, 1)
		c.nameOp(e.Target.Id, parser.Store)
	case *parser.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, uint32(e.Op))
	case *parser.UnaryOp:
		if v, ok := foldNegative(e); ok {
			c.loadConst(v)
			return
		}
		c.expr(e.Operand)
		switch e.Op {
		case parser.Invert:
			c.emit(UNARY_INVERT, 0)
		case parser.Not:
			c.emit(UNARY_NOT, 0)
		case parser.UAdd:
			c.emit(UNARY_POSITIVE, 0)
		case parser.USub:
			c.emit(UNARY_NEGATIVE, 0)
		}
	case *parser.Lambda:
		c.function(e, "<lambda>", e.Args, nil, e.Body, nil, nil)
	case *parser.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.bind(orelse)
		c.expr(e.OrElse)
		c.bind(end)
	case *parser.Dict:
		c.dict(e)
	case *parser.Set:
		c.starUnpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *parser.List:
		c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	case *parser.Tuple:
		if v, ok := constValue(e); ok {
			c.loadConst(v)
			return
		}
		c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	case *parser.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *parser.SetComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *parser.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value)
	case *parser.GeneratorExp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *parser.Await:
		switch {
		case !c.u.scope.functionLike():
			c.errorf(e, "'await' outside function")
		case !c.u.scope.IsCoroutine:
			c.errorf(e, "'await' outside async function")
		}
		c.expr(e.Value)
		c.await(0)
	case *parser.Yield:
		if !c.u.scope.functionLike() {
			c.errorf(e, "'yield' outside function")
		}
		c.expr(e.Value)
		if c.u.scope.IsCoroutine {
			c.emit(YIELD_VALUE, 1)
		} else {
			c.emit(YIELD_VALUE, 0)
		}
	case *parser.YieldFrom:
		if !c.u.scope.functionLike() {
			c.errorf(e, "'yield' outside function")
		}
		if c.u.scope.IsCoroutine {
			c.errorf(e, "'yield from' inside async function")
		}
		c.expr(e.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *parser.Compare:
		c.compare(e)
	case *parser.Call:
		c.call(e)
	case *parser.FormattedValue:
		c.formattedValue(e)
	case *parser.JoinedStr:
		n := 0
		for _, v := range e.Values {
			if k, ok := v.(*parser.Constant); ok {
				if s, ok := k.Value.(string); ok && s == "" {
					continue
				}
			}
			c.expr(v)
			n++
		}
		switch {
		case n == 0:
			c.loadConst("")
		case n == 1:
			if _, ok := e.Values[len(e.Values)-1].(*parser.FormattedValue); !ok {
				if k, ok := firstNonEmpty(e.Values).(*parser.Constant); ok {
					if _, ok := k.Value.(string); ok {
						return
					}
				}
				c.emit(BUILD_STRING, 1)
			}
		default:
			c.emit(BUILD_STRING, uint32(n))
		}
	case *parser.Attribute:
		c.expr(e.Value)
		c.setLineOf(e)
		c.emit(LOAD_ATTR, c.name(c.mangle(e.Attr)))
	case *parser.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.setLineOf(e)
		c.emit(BINARY_SUBSCR, 0)
	case *parser.Slice:
		c.expr(e.Lower)
		c.expr(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			c.emit(BUILD_SLICE, 3)
		} else {
			c.emit(BUILD_SLICE, 2)
		}
	case *parser.Starred:
		c.errorf(e, "can't use starred expression here")
	default:
		c.errorf(e, "unsupported expression %T", e)
	}
}

func firstNonEmpty(vals []parser.Expr) parser.Expr {
	for _, v := range vals {
		if k, ok := v.(*parser.Constant); ok {
			if s, ok := k.Value.(string); ok && s == "" {
				continue
			}
		}
		return v
	}
	return nil
}

// foldNegative folds `-literal` for numbers.
func foldNegative(e *parser.UnaryOp) (any, bool) {
	if e.Op != parser.USub {
		return nil, false
	}
	k, ok := e.Operand.(*parser.Constant)
	if !ok {
		return nil, false
	}
	switch v := k.Value.(type) {
	case int64:
		if v == math.MinInt64 {
			return nil, false
		}
		return -v, true
	case float64:
		return -v, true
	case *big.Int:
		n := new(big.Int).Neg(v)
		if n.IsInt64() {
			return n.Int64(), true
		}
		return n, true
	}
	return nil, false
}

func (c *compiler) formattedValue(e *parser.FormattedValue) {
	c.expr(e.Value)
	flags := uint32(0)
	switch e.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if e.FormatSpec != nil {
		c.expr(e.FormatSpec)
		flags |= 4
	}
	c.emit(FORMAT_VALUE, flags)
}

// starUnpack builds a list, set or tuple from elements that may contain
// *iterables; pushed values already on the stack become its first items.
func (c *compiler) starUnpack(elts []parser.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	if !hasStarred(elts) {
		c.exprs(elts)
		if tuple {
			c.emit(BUILD_TUPLE, uint32(pushed+len(elts)))
		} else {
			c.emit(build, uint32(pushed+len(elts)))
		}
		return
	}
	seenStar := false
	for i, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			if !seenStar {
				c.emit(build, uint32(i+pushed))
				seenStar = true
			}
			c.expr(s.Value)
			c.emit(extend, 1)
		} else {
			c.expr(e)
			if seenStar {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *parser.Dict) {
	unpack := false
	for _, k := range e.Keys {
		if k == nil {
			unpack = true
		}
	}
	if !unpack {
		for i := range e.Values {
			c.expr(e.Keys[i])
			c.expr(e.Values[i])
		}
		c.emit(BUILD_MAP, uint32(len(e.Values)))
		return
	}
	have, n := false, 0
	flush := func() {
		if n > 0 {
			c.emit(BUILD_MAP, uint32(n))
			if have {
				c.emit(DICT_UPDATE, 1)
			}
			have, n = true, 0
		}
	}
	for i := range e.Values {
		if e.Keys[i] == nil {
			flush()
			if !have {
				c.emit(BUILD_MAP, 0)
				have = true
			}
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
		n++
	}
	flush()
}

func (c *compiler) compareOp(op parser.CmpOp) {
	switch op {
	case parser.Is:
		c.emit(IS_OP, 0)
	case parser.IsNot:
		c.emit(IS_OP, 1)
	case parser.In:
		c.emit(CONTAINS_OP, 0)
	case parser.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, uint32(op))
	}
}

func (c *compiler) compare(e *parser.Compare) {
	n := min(len(e.Ops), len(e.Comparators))
	c.expr(e.Left)
	if n == 0 {
		return
	}
	if n == 1 {
		c.expr(e.Comparators[0])
		c.setLineOf(e)
		c.compareOp(e.Ops[0])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.setLineOf(e)
		c.emit(SWAP, 2)
		c.emit(COPY, 2)
		c.compareOp(e.Ops[i])
		c.emit(COPY, 1)
		c.emitJump(POP_JUMP_IF_FALSE, cleanup)
		c.emit(POP_TOP, 0)
	}
	c.expr(e.Comparators[n-1])
	c.setLineOf(e)
	c.compareOp(e.Ops[n-1])
	c.emitJump(JUMP, end)
	c.bind(cleanup)
	c.emit(SWAP, 2)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

func hasKwUnpack(kws []*parser.Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// isSuperCall reports whether e is a zero-argument super() that can be
// compiled as super(__class__, <first argument>).
func (c *compiler) isSuperCall(e *parser.Call) bool {
	n, ok := e.Func.(*parser.Name)
	if !ok || n.Id != "super" || len(e.Args) > 0 || len(e.Keywords) > 0 {
		return false
	}
	s := c.u.scope
	if sym := s.Symbols["super"]; sym == nil || sym.Binding != GlobalImplicit {
		return false
	}
	if sym := s.Symbols["__class__"]; sym == nil || sym.Binding != Free {
		return false
	}
	s = c.codeScope()
	return s.Kind == FunctionScope && c.u.code.ArgCount > 0 && len(s.Params) > 0
}

// codeScope is the scope of the code being compiled: the current scope, or
// for an inlined comprehension the scope it is inlined in.
func (c *compiler) codeScope() *Scope {
	s := c.u.scope
	for s.Inlined {
		s = s.Parent
	}
	return s
}

func (c *compiler) call(e *parser.Call) {
	if c.isSuperCall(e) {
		c.nameOp("super", parser.Load)
		c.emit(LOAD_DEREF, c.derefIndex("__class__"))
		c.nameOp(c.codeScope().Params[0], parser.Load)
		c.setLineOf(e)
		c.emit(CALL, 2)
		return
	}
	if a, ok := e.Func.(*parser.Attribute); ok && !hasStarred(e.Args) && !hasKwUnpack(e.Keywords) {
		c.expr(a.Value)
		c.setLineOf(a)
		c.emit(LOAD_METHOD, c.name(c.mangle(a.Attr)))
		c.exprs(e.Args)
		for _, k := range e.Keywords {
			c.expr(k.Value)
		}
		c.setLineOf(e)
		n := uint32(len(e.Args) + len(e.Keywords))
		if len(e.Keywords) > 0 {
			c.loadConst(kwNames(e.Keywords))
			c.emit(CALL_METHOD_KW, n)
		} else {
			c.emit(CALL_METHOD, n)
		}
		return
	}
	c.expr(e.Func)
	c.setLineOf(e)
	c.callHelper(0, e.Args, e.Keywords)
}

func kwNames(kws []*parser.Keyword) ConstTuple {
	t := make(ConstTuple, len(kws))
	for i, k := range kws {
		t[i] = k.Arg
	}
	return t
}

// callHelper emits the arguments and the call; pushed arguments are already
// on the stack above the callable.
func (c *compiler) callHelper(pushed int, args []parser.Expr, kws []*parser.Keyword) {
	loc := c.u.loc
	if !hasStarred(args) && !hasKwUnpack(kws) {
		c.exprs(args)
		for _, k := range kws {
			c.expr(k.Value)
		}
		c.u.loc = loc
		n := uint32(pushed + len(args) + len(kws))
		if len(kws) > 0 {
			c.loadConst(kwNames(kws))
			c.emit(CALL_KW, n)
		} else {
			c.emit(CALL, n)
		}
		return
	}
	c.starUnpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	if len(kws) == 0 {
		c.u.loc = loc
		c.emit(CALL_FUNCTION_EX, 0)
		return
	}
	have, n := false, 0
	flush := func() {
		if n > 0 {
			c.emit(BUILD_MAP, uint32(n))
			if have {
				c.emit(DICT_MERGE, 1)
			}
			have, n = true, 0
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			flush()
			if !have {
				c.emit(BUILD_MAP, 0)
				have = true
			}
			c.expr(k.Value)
			c.emit(DICT_MERGE, 1)
			continue
		}
		c.loadConst(k.Arg)
		c.expr(k.Value)
		n++
	}
	flush()
	c.u.loc = loc
	c.emit(CALL_FUNCTION_EX, 1)
}

// comprehension compiles a comprehension as a nested function called at
// once with the iterator of the outermost iterable as its argument ".0".
func (c *compiler) comprehension(node parser.Expr, gens []*parser.Comprehension, elt, value parser.Expr) {
	scope := c.res.Scopes[node]
	if scope == nil || len(gens) == 0 {
		c.internal("no scope for comprehension")
	}
	_, genexp := node.(*parser.GeneratorExp)
	if scope.IsCoroutine && !genexp {
		if p := c.u.scope; !p.IsCoroutine || !p.functionLike() {
			c.errorf(node, "asynchronous comprehension outside of an asynchronous function")
		}
	}
	if scope.Inlined {
		c.inlineComprehension(node, scope, gens, elt, value)
		return
	}
	start, _ := node.Span()
	loc := c.u.loc
	c.pushUnit(scope, scope.Name, max(start.Line, 1))
	c.u.loc = loc
	c.u.code.ArgCount = 1
	c.emptyResult(node)
	c.compGenerator(node, gens, 0, elt, value)
	if _, ok := node.(*parser.GeneratorExp); ok {
		c.returnNone()
	} else {
		c.emit(RETURN_VALUE, 0)
	}
	code := c.popUnit()
	if _, ok := node.(*parser.GeneratorExp); !ok {
		code.Flags |= FlagInlined
	}
	c.makeFunction(code, 0)
	c.expr(gens[0].Iter)
	c.u.loc = loc
	if gens[0].IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 1)
	if scope.IsCoroutine && !genexp {
		c.await(0)
	}
}

// inlineComprehension compiles a list, set or dict comprehension in the
// code of the enclosing function (PEP 709, see Scope.Inlined). The
// comprehension's own locals are saved on the stack (LOAD_FAST_AND_CLEAR)
// under the result and the iterators, and restored after the loop, or by a
// handler that re-raises when the loop raises:
//
//	iter save_1 .. save_n -> save_1 .. save_n result iter -> (loop)
//	save_1 .. save_n result -> result (STORE_FAST of each save)
func (c *compiler) inlineComprehension(node parser.Expr, scope *Scope, gens []*parser.Comprehension, elt, value parser.Expr) {
	loc := c.u.loc
	c.expr(gens[0].Iter)
	c.u.loc = loc
	c.emit(GET_ITER, 0)
	saved := make([]uint32, 0, 4)
	for _, n := range scope.SavedLocals() {
		i, ok := c.u.varnames[n]
		if !ok {
			c.internal("no local %q for an inlined comprehension", n)
		}
		saved = append(saved, uint32(i))
		c.emit(LOAD_FAST_AND_CLEAR, uint32(i))
		c.emit(SWAP, 2)
	}
	cleanup, end := c.newLabel(), c.newLabel()
	if len(saved) > 0 {
		c.setup(&handler{target: cleanup, adjust: -1})
	}
	c.emptyResult(node)
	c.emit(SWAP, 2)
	outer := c.u.scope
	c.u.scope = scope
	c.compGenerator(node, gens, 0, elt, value)
	c.u.scope = outer
	c.u.loc = loc
	if len(saved) == 0 {
		return
	}
	c.popBlock()
	restore := func() {
		for i := len(saved) - 1; i >= 0; i-- {
			c.emit(SWAP, 2)
			c.emit(STORE_FAST, saved[i])
		}
	}
	restore()
	c.emitJump(JUMP, end)
	c.bind(cleanup)
	restore()
	c.emit(RERAISE, 0)
	c.bind(end)
}

// emptyResult starts the result of a list, set or dict comprehension.
func (c *compiler) emptyResult(node parser.Expr) {
	switch node.(type) {
	case *parser.ListComp:
		c.emit(BUILD_LIST, 0)
	case *parser.SetComp:
		c.emit(BUILD_SET, 0)
	case *parser.DictComp:
		c.emit(BUILD_MAP, 0)
	}
}

func (c *compiler) compGenerator(node parser.Expr, gens []*parser.Comprehension, i int, elt, value parser.Expr) {
	c.enter(node)
	defer c.leave()
	g := gens[i]
	if i == 0 {
		if !c.u.scope.Inlined {
			c.nameOp(".0", parser.Load)
		}
	} else {
		c.expr(g.Iter)
		if g.IsAsync {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
	}
	start, next, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(start)
	var except *label
	if g.IsAsync {
		except = c.newLabel()
		c.setup(&handler{target: except})
		c.emit(GET_ANEXT, 0)
		c.await(0)
		c.popBlock()
	} else {
		c.emitJump(FOR_ITER, end)
	}
	c.store(g.Target)
	for _, cond := range g.Ifs {
		c.jumpIf(cond, next, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(node, gens, i+1, elt, value)
	} else {
		depth := uint32(len(gens) + 1)
		switch node.(type) {
		case *parser.ListComp:
			c.expr(elt)
			c.emit(LIST_APPEND, depth)
		case *parser.SetComp:
			c.expr(elt)
			c.emit(SET_ADD, depth)
		case *parser.DictComp:
			c.expr(elt)
			c.expr(value)
			c.emit(MAP_ADD, depth)
		case *parser.GeneratorExp:
			c.expr(elt)
			if c.u.scope.IsCoroutine {
				c.emit(YIELD_VALUE, 1)
			} else {
				c.emit(YIELD_VALUE, 0)
			}
			c.emit(POP_TOP, 0)
		}
	}
	c.bind(next)
	c.emitJump(JUMP, start)
	if except != nil {
		c.bind(except)
		c.emit(END_ASYNC_FOR, 0)
	}
	c.bind(end)
}
