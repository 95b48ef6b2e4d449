package compiler

import (
	"fmt"
	"sort"
	"strings"

	"pyg/lexer"
	"pyg/parser"
)

// This file is the resolver: a pass over the AST, before code generation,
// that builds the tree of scopes and decides how every name is accessed.
// It follows CPython's Python/symtable.c in two steps:
//
//  1. declare: walk the AST once, recording per scope which names are bound
//     (assigned, parameters, imports, def/class names, for/with/except
//     targets, del), used, declared global or nonlocal; report the
//     statement-level errors (global after use, nonlocal at module level,
//     invalid assignment targets, argument order, yield outside function...).
//  2. analyze: walk the scope tree top-down with the set of names bound by
//     enclosing function scopes, classifying each name as Local, Cell, Free,
//     GlobalExplicit or GlobalImplicit; free variables flow bottom-up and turn
//     the binding occurrence in an enclosing function into a Cell.

// ScopeKind tells what kind of code block a Scope is.
type ScopeKind uint8

// Scope kinds.
const (
	ModuleScope ScopeKind = iota
	ClassScope
	FunctionScope      // def and lambda
	ComprehensionScope // list/set/dict comprehensions and generator expressions
)

func (k ScopeKind) String() string {
	return [...]string{"module", "class", "function", "comprehension"}[k]
}

// Binding is how a name is accessed in a scope.
type Binding uint8

// Bindings. In module and class scopes Local and GlobalImplicit names use
// the *_NAME opcodes (locals dict, then globals, then builtins).
const (
	Unresolved     Binding = iota
	Local                  // a local variable (fast slot in functions)
	Cell                   // a local captured by an inner function
	Free                   // a variable of an enclosing function
	GlobalExplicit         // declared `global`
	GlobalImplicit         // not bound anywhere enclosing: global, then builtin
)

func (b Binding) String() string {
	return [...]string{"unresolved", "local", "cell", "free", "global", "global_implicit"}[b]
}

// symbol flags (CPython's DEF_*).
const (
	defLocal     = 1 << iota // bound in this scope
	defParam                 // a parameter
	defGlobal                // declared global
	defNonlocal              // declared nonlocal
	defUse                   // read in this scope
	defAnnot                 // annotated
	defFreeClass             // class binds it, but an inner scope needs the enclosing function's
	defCompIter              // comprehension iteration variable
	defInlined               // a local of an inlined comprehension, merged into this scope
)

// Symbol is one name of a scope.
type Symbol struct {
	Name    string
	flags   int
	Binding Binding
	declPos parser.Node // the global/nonlocal statement, for errors
}

// Scope is one code block: module, class body, function, lambda or comprehension.
type Scope struct {
	Kind     ScopeKind
	Name     string // "<module>", class or function name, "<lambda>", "<listcomp>"...
	QualName string
	Node     parser.Node // *parser.Module is represented by nil
	Parent   *Scope
	Children []*Scope

	Symbols map[string]*Symbol
	order   []string // symbol names in order of first appearance
	Params  []string // parameter names in VarNames order

	IsGenerator    bool
	IsCoroutine    bool
	NeedsClassCell bool // class scope: some method uses __class__ or super
	// Inlined: a list/set/dict comprehension compiled inline in the code of
	// its function-like parent (PEP 709): its locals are fast locals of the
	// parent, saved before and restored after the loop.
	Inlined        bool
	HasAnnotations bool // module/class scope: has simple annotated names (SETUP_ANNOTATIONS)
	private        string
	// childFree and hasFree are computed by analyze.
	hasFree bool
}

// Lookup returns the symbol for name, or nil.
func (s *Scope) Lookup(name string) *Symbol { return s.Symbols[name] }

// functionLike reports whether the scope has fast locals.
func (s *Scope) functionLike() bool { return s.Kind == FunctionScope || s.Kind == ComprehensionScope }

func (s *Scope) add(name string, flag int) *Symbol {
	sym := s.Symbols[name]
	if sym == nil {
		sym = &Symbol{Name: name}
		s.Symbols[name] = sym
		s.order = append(s.order, name)
	}
	sym.flags |= flag
	return sym
}

// LocalNames returns the fast locals of a function-like scope: the
// parameters first, then the other local (non-cell) names in order of first
// appearance.
func (s *Scope) LocalNames() []string {
	if !s.functionLike() {
		return nil
	}
	names := append([]string(nil), s.Params...)
	isParam := map[string]bool{}
	for _, p := range s.Params {
		isParam[p] = true
	}
	for _, n := range s.order {
		if !isParam[n] && s.Symbols[n].Binding == Local {
			names = append(names, n)
		}
	}
	return names
}

// CellNames returns the sorted cell variables of the scope.
func (s *Scope) CellNames() []string {
	var names []string
	for n, sym := range s.Symbols {
		if sym.Binding == Cell {
			names = append(names, n)
		}
	}
	if s.NeedsClassCell {
		names = append(names, "__class__")
	}
	sort.Strings(names)
	return names
}

// FreeNames returns the sorted free variables of the scope.
func (s *Scope) FreeNames() []string {
	var names []string
	for n, sym := range s.Symbols {
		if sym.Binding == Free || sym.flags&defFreeClass != 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// Resolution is the result of the resolver: the scope of every code block.
type Resolution struct {
	Module *Scope
	Scopes map[parser.Node]*Scope // keyed by *FunctionDef, *ClassDef, *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp
}

type resolver struct {
	filename string
	src      []byte
	res      *Resolution
	cur      *Scope
	depth    int
}

// maxNesting bounds the recursion depth of the resolver and the code
// generator, so that pathological input gives CPython's RecursionError
// ("maximum recursion depth exceeded during compilation", at about the same
// depth), not a Go stack overflow.
const maxNesting = 9990

// bailout is panicked with to abandon a pass on the first error.
type bailout struct{ err error }

func errorAt(filename string, src []byte, n parser.Node, msg string) error {
	var start, end lexer.Pos
	if n != nil {
		start, end = n.Span()
	}
	return parser.NewSyntaxError(filename, src, start, end, "SyntaxError", msg)
}

func (r *resolver) errorf(n parser.Node, format string, args ...any) {
	panic(bailout{errorAt(r.filename, r.src, n, fmt.Sprintf(format, args...))})
}

// Resolve builds the scopes of a module. The errors are *parser.SyntaxError.
func Resolve(mod *parser.Module, filename string, src []byte) (res *Resolution, err error) {
	return resolve(mod, nil, filename, src)
}

func resolve(mod *parser.Module, expr parser.Expr, filename string, src []byte) (res *Resolution, err error) {
	r := &resolver{filename: filename, src: src}
	r.res = &Resolution{Scopes: map[parser.Node]*Scope{}}
	top := r.newScope(ModuleScope, "<module>", nil)
	r.res.Module = top
	defer func() {
		if e := recover(); e != nil {
			if b, ok := e.(bailout); ok {
				res, err = nil, b.err
				return
			}
			res, err = nil, fmt.Errorf("internal compiler error: %v", e)
		}
	}()
	r.cur = top
	if mod != nil {
		r.stmts(mod.Body)
		top.HasAnnotations = hasAnnotations(mod.Body)
	}
	if expr != nil {
		r.expr(expr)
	}
	r.analyze(top, nil, map[string]bool{}, map[string]bool{})
	return r.res, nil
}

func (r *resolver) newScope(kind ScopeKind, name string, node parser.Node) *Scope {
	s := &Scope{Kind: kind, Name: name, Node: node, Parent: r.cur, Symbols: map[string]*Symbol{}}
	if r.cur != nil {
		r.cur.Children = append(r.cur.Children, s)
		s.private = r.cur.private
		// qualified name, as CPython's compiler_set_qualname
		p := r.cur
		forceGlobal := false
		if kind != ComprehensionScope && name != "<lambda>" {
			if sym := p.Symbols[mangle(p.private, name)]; sym != nil && sym.flags&defGlobal != 0 {
				forceGlobal = true
			}
		}
		switch {
		case p.Kind == ModuleScope || forceGlobal:
			s.QualName = name
		case p.functionLike():
			s.QualName = p.QualName + ".<locals>." + name
		default:
			s.QualName = p.QualName + "." + name
		}
	} else {
		s.QualName = name
	}
	if node != nil {
		r.res.Scopes[node] = s
	}
	return s
}

// mangle applies private name mangling (`__x` inside class C is `_C__x`).
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (r *resolver) def(name string, flag int, n parser.Node) *Symbol {
	name = mangle(r.cur.private, name)
	if name == "__debug__" && flag&(defLocal|defParam) != 0 {
		r.errorf(n, "cannot assign to __debug__")
	}
	return r.cur.add(name, flag)
}

func (r *resolver) enter(n parser.Node) {
	r.depth++
	if r.depth > maxNesting {
		panic(bailout{compileRecursionError(r.filename)})
	}
}

func (r *resolver) stmts(list []parser.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) stmt(s parser.Stmt) {
	r.enter(s)
	defer func() { r.depth-- }()
	switch s := s.(type) {
	case *parser.FunctionDef:
		r.exprs(s.Decorators)
		r.arguments(s.Args)
		r.annotations(s.Args, s.Returns)
		r.def(s.Name, defLocal, s)
		outer := r.cur
		fs := r.newScope(FunctionScope, s.Name, s)
		fs.IsCoroutine = s.IsAsync
		r.cur = fs
		r.params(s.Args)
		r.stmts(s.Body)
		r.cur = outer
	case *parser.ClassDef:
		r.exprs(s.Decorators)
		r.exprs(s.Bases)
		r.keywords(s.Keywords)
		r.def(s.Name, defLocal, s)
		outer := r.cur
		cs := r.newScope(ClassScope, s.Name, s)
		cs.private = s.Name
		cs.HasAnnotations = hasAnnotations(s.Body)
		r.cur = cs
		r.stmts(s.Body)
		r.cur = outer
	case *parser.Return:
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *parser.Delete:
		for _, t := range s.Targets {
			r.target(t, targetDel)
		}
	case *parser.Assign:
		for _, t := range s.Targets {
			kind := targetAssign
			if len(s.Targets) == 1 {
				kind = targetAssignSingle
			}
			r.target(t, kind)
		}
		r.expr(s.Value)
	case *parser.AugAssign:
		switch t := s.Target.(type) {
		case *parser.Name:
			r.def(t.Id, defLocal|defUse, t)
		case *parser.Attribute, *parser.Subscript:
			r.target(t, targetAssign)
		default:
			r.errorf(t, "'%s' is an illegal expression for augmented assignment", exprName(t))
		}
		r.expr(s.Value)
	case *parser.AnnAssign:
		if n, ok := s.Target.(*parser.Name); ok && s.Simple {
			name := mangle(r.cur.private, n.Id)
			if sym := r.cur.Symbols[name]; sym != nil && sym.flags&(defGlobal|defNonlocal) != 0 && sym.flags&defAnnot == 0 {
				what := "global"
				if sym.flags&defNonlocal != 0 {
					what = "nonlocal"
				}
				r.errorf(n, "annotated name '%s' can't be %s", n.Id, what)
			}
			r.def(n.Id, defLocal|defAnnot, n)
		} else {
			if _, ok := s.Target.(*parser.List); ok {
				r.errorf(s.Target, "only single target (not list) can be annotated")
			}
			if _, ok := s.Target.(*parser.Tuple); ok {
				r.errorf(s.Target, "only single target (not tuple) can be annotated")
			}
			r.target(s.Target, targetAssign)
		}
		if !r.cur.functionLike() {
			r.expr(s.Annotation)
		}
		if s.Value != nil {
			r.expr(s.Value)
		}
	case *parser.For:
		r.target(s.Target, targetFor)
		r.expr(s.Iter)
		r.stmts(s.Body)
		r.stmts(s.OrElse)
	case *parser.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.OrElse)
	case *parser.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.OrElse)
	case *parser.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				r.target(it.OptionalVars, targetFor)
			}
		}
		r.stmts(s.Body)
	case *parser.Raise:
		if s.Exc != nil {
			r.expr(s.Exc)
		}
		if s.Cause != nil {
			r.expr(s.Cause)
		}
	case *parser.Try:
		r.stmts(s.Body)
		for i, h := range s.Handlers {
			if h.Type == nil && i != len(s.Handlers)-1 {
				r.errorf(h, "default 'except:' must be last")
			}
			if h.Type != nil {
				r.expr(h.Type)
			}
			if h.Name != "" {
				r.def(h.Name, defLocal, h)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.OrElse)
		r.stmts(s.FinalBody)
	case *parser.Assert:
		r.expr(s.Test)
		if s.Msg != nil {
			r.expr(s.Msg)
		}
	case *parser.Import:
		for _, a := range s.Names {
			name := a.AsName
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
			}
			r.def(name, defLocal, a)
		}
	case *parser.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.Kind != ModuleScope {
					r.errorf(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.AsName
			if name == "" {
				name = a.Name
			}
			r.def(name, defLocal, a)
		}
	case *parser.Global:
		for _, n := range s.Names {
			name := mangle(r.cur.private, n)
			if sym := r.cur.Symbols[name]; sym != nil {
				switch {
				case sym.flags&defParam != 0:
					r.errorf(s, "name '%s' is parameter and global", n)
				case sym.flags&defUse != 0:
					r.errorf(s, "name '%s' is used prior to global declaration", n)
				case sym.flags&defAnnot != 0:
					r.errorf(s, "annotated name '%s' can't be global", n)
				case sym.flags&defLocal != 0:
					r.errorf(s, "name '%s' is assigned to before global declaration", n)
				}
			}
			sym := r.cur.add(name, defGlobal)
			if sym.declPos == nil {
				sym.declPos = s
			}
		}
	case *parser.Nonlocal:
		for _, n := range s.Names {
			name := mangle(r.cur.private, n)
			if sym := r.cur.Symbols[name]; sym != nil {
				switch {
				case sym.flags&defParam != 0:
					r.errorf(s, "name '%s' is parameter and nonlocal", n)
				case sym.flags&defUse != 0:
					r.errorf(s, "name '%s' is used prior to nonlocal declaration", n)
				case sym.flags&defAnnot != 0:
					r.errorf(s, "annotated name '%s' can't be nonlocal", n)
				case sym.flags&defLocal != 0:
					r.errorf(s, "name '%s' is assigned to before nonlocal declaration", n)
				}
			}
			if r.cur.Kind == ModuleScope {
				r.errorf(s, "nonlocal declaration not allowed at module level")
			}
			sym := r.cur.add(name, defNonlocal)
			if sym.declPos == nil {
				sym.declPos = s
			}
		}
	case *parser.ExprStmt:
		r.expr(s.Value)
	case *parser.Pass, *parser.Break, *parser.Continue:
	default:
		r.errorf(s, "unsupported statement %T", s)
	}
}

// hasAnnotations reports whether a module or class body has a simple
// annotated name at its top level (CPython's find_ann: looks into compound
// statements but not into function or class definitions).
func hasAnnotations(body []parser.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *parser.AnnAssign:
			return true
		case *parser.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) {
				return true
			}
		case *parser.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) {
				return true
			}
		case *parser.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) {
				return true
			}
		case *parser.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *parser.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.OrElse) || hasAnnotations(s.FinalBody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// arguments visits default values (evaluated in the enclosing scope).
func (r *resolver) arguments(a *parser.Arguments) {
	if a == nil {
		return
	}
	r.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			r.expr(d)
		}
	}
}

func (r *resolver) annotations(a *parser.Arguments, returns parser.Expr) {
	if a != nil {
		for _, p := range allParams(a) {
			if p.Annotation != nil {
				r.expr(p.Annotation)
			}
		}
	}
	if returns != nil {
		r.expr(returns)
	}
}

// allParams lists the parameters in VarNames order.
func allParams(a *parser.Arguments) []*parser.Arg {
	var ps []*parser.Arg
	ps = append(ps, a.PosOnly...)
	ps = append(ps, a.Args...)
	ps = append(ps, a.KwOnly...)
	if a.Vararg != nil {
		ps = append(ps, a.Vararg)
	}
	if a.Kwarg != nil {
		ps = append(ps, a.Kwarg)
	}
	return ps
}

func (r *resolver) params(a *parser.Arguments) {
	if a == nil {
		return
	}
	for _, p := range allParams(a) {
		name := mangle(r.cur.private, p.Name)
		if sym := r.cur.Symbols[name]; sym != nil && sym.flags&defParam != 0 {
			r.errorf(p, "duplicate argument '%s' in function definition", p.Name)
		}
		r.def(p.Name, defParam, p)
		r.cur.Params = append(r.cur.Params, name)
	}
}

func (r *resolver) keywords(kws []*parser.Keyword) {
	for _, k := range kws {
		r.expr(k.Value)
	}
}

func (r *resolver) exprs(list []parser.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

// target kinds for error messages.
const (
	targetAssign       = iota // part of `a = b = v` or a nested target
	targetAssignSingle        // the whole target of `t = v`
	targetFor                 // for/with/comprehension target
	targetDel
)

// exprName is CPython's _PyPegen_get_expr_name.
func exprName(e parser.Expr) string {
	switch e := e.(type) {
	case *parser.Attribute:
		return "attribute"
	case *parser.Subscript:
		return "subscript"
	case *parser.Starred:
		return "starred"
	case *parser.Name:
		return "name"
	case *parser.List:
		return "list"
	case *parser.Tuple:
		return "tuple"
	case *parser.Lambda:
		return "lambda"
	case *parser.Call:
		return "function call"
	case *parser.BoolOp, *parser.BinOp, *parser.UnaryOp:
		return "expression"
	case *parser.GeneratorExp:
		return "generator expression"
	case *parser.Yield, *parser.YieldFrom:
		return "yield expression"
	case *parser.Await:
		return "await expression"
	case *parser.ListComp:
		return "list comprehension"
	case *parser.SetComp:
		return "set comprehension"
	case *parser.DictComp:
		return "dict comprehension"
	case *parser.Dict:
		return "dict literal"
	case *parser.Set:
		return "set display"
	case *parser.JoinedStr, *parser.FormattedValue:
		return "f-string expression"
	case *parser.Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case parser.Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *parser.Compare:
		return "comparison"
	case *parser.IfExp:
		return "conditional expression"
	case *parser.NamedExpr:
		return "named expression"
	}
	return "expression"
}

// target checks and declares an assignment or deletion target.
func (r *resolver) target(e parser.Expr, kind int) {
	r.enter(e)
	defer func() { r.depth-- }()
	switch t := e.(type) {
	case *parser.Name:
		r.def(t.Id, defLocal, t)
		return
	case *parser.Attribute:
		r.expr(t.Value)
		return
	case *parser.Subscript:
		r.expr(t.Value)
		r.expr(t.Slice)
		return
	case *parser.Tuple, *parser.List:
		var elts []parser.Expr
		if tu, ok := t.(*parser.Tuple); ok {
			if st := bareStarred(tu); st != nil {
				if kind == targetDel {
					r.errorf(st, "cannot delete starred")
				}
				r.errorf(st, "starred assignment target must be in a list or tuple")
			}
			elts = tu.Elts
		} else {
			elts = t.(*parser.List).Elts
		}
		sub := kind
		if sub == targetAssignSingle {
			sub = targetAssign
		}
		starred := 0
		for _, x := range elts {
			if st, ok := x.(*parser.Starred); ok && kind != targetDel {
				starred++
				if starred > 1 {
					r.errorf(e, "multiple starred expressions in assignment")
				}
				r.target(st.Value, sub)
				continue
			}
			r.target(x, sub)
		}
		return
	case *parser.Starred:
		if kind == targetDel {
			r.errorf(t, "cannot delete starred")
		}
		r.errorf(t, "starred assignment target must be in a list or tuple")
	}
	what := exprName(e)
	if kind == targetDel {
		r.errorf(e, "cannot delete %s", what)
	}
	if c, ok := e.(*parser.Constant); ok {
		switch c.Value.(type) {
		case nil, bool:
			r.errorf(e, "cannot assign to %s", what)
		}
	}
	if kind == targetAssignSingle {
		switch e.(type) {
		case *parser.Compare, *parser.IfExp, *parser.Lambda, *parser.NamedExpr, *parser.BoolOp:
		default:
			if u, ok := e.(*parser.UnaryOp); !ok || u.Op != parser.Not {
				r.errorf(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what)
			}
		}
	}
	r.errorf(e, "cannot assign to %s", what)
}

func (r *resolver) expr(e parser.Expr) {
	if e == nil {
		return
	}
	r.enter(e)
	defer func() { r.depth-- }()
	switch e := e.(type) {
	case *parser.BoolOp:
		r.exprs(e.Values)
	case *parser.NamedExpr:
		r.expr(e.Value)
		if r.cur.Kind == ComprehensionScope {
			r.namedExprTarget(e.Target)
		} else {
			r.def(e.Target.Id, defLocal, e.Target)
		}
	case *parser.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *parser.UnaryOp:
		r.expr(e.Operand)
	case *parser.Lambda:
		r.arguments(e.Args)
		outer := r.cur
		r.cur = r.newScope(FunctionScope, "<lambda>", e)
		r.params(e.Args)
		r.expr(e.Body)
		r.cur = outer
	case *parser.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.OrElse)
	case *parser.Dict:
		for i := range e.Values {
			if e.Keys[i] != nil {
				r.expr(e.Keys[i])
			}
			r.expr(e.Values[i])
		}
	case *parser.Set:
		r.exprs(e.Elts)
	case *parser.ListComp:
		r.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil)
	case *parser.SetComp:
		r.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil)
	case *parser.DictComp:
		r.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *parser.GeneratorExp:
		r.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil)
	case *parser.Await:
		if r.cur.Kind == ComprehensionScope {
			r.cur.IsCoroutine = true // awaited by the enclosing async function
		}
		r.expr(e.Value)
	case *parser.Yield:
		r.yield(e)
		r.expr(e.Value)
	case *parser.YieldFrom:
		r.yield(e)
		r.expr(e.Value)
	case *parser.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *parser.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		r.keywords(e.Keywords)
		r.checkCallArgs(e)
	case *parser.FormattedValue:
		r.expr(e.Value)
		r.expr(e.FormatSpec)
	case *parser.JoinedStr:
		r.exprs(e.Values)
	case *parser.Constant:
	case *parser.Attribute:
		r.expr(e.Value)
	case *parser.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *parser.Starred:
		r.expr(e.Value)
	case *parser.Name:
		switch e.Ctx {
		case parser.Load:
			r.def(e.Id, defUse, e)
			if e.Id == "super" && (r.cur.Kind == FunctionScope || r.cur.Kind == ComprehensionScope && !r.cur.IsGenerator) {
				r.cur.add("__class__", defUse)
			}
		default:
			r.target(e, targetAssign)
		}
	case *parser.List:
		r.exprs(e.Elts)
	case *parser.Tuple:
		if st := bareStarred(e); st != nil {
			r.errorf(st, "can't use starred expression here")
		}
		r.exprs(e.Elts)
	case *parser.Slice:
		r.expr(e.Lower)
		r.expr(e.Upper)
		r.expr(e.Step)
	default:
		r.errorf(e, "unsupported expression %T", e)
	}
}

// bareStarred returns the element of a one-element tuple written without
// a comma (`*a = x`, `x = *a`), which the parser represents as a tuple.
func bareStarred(t *parser.Tuple) *parser.Starred {
	if len(t.Elts) != 1 {
		return nil
	}
	st, ok := t.Elts[0].(*parser.Starred)
	if !ok {
		return nil
	}
	_, tend := t.Span()
	_, send := st.Span()
	if tend.Offset != send.Offset {
		return nil
	}
	return st
}

func (r *resolver) yield(e parser.Expr) {
	switch r.cur.Kind {
	case ModuleScope, ClassScope:
		r.errorf(e, "'yield' outside function")
	case ComprehensionScope:
		what := map[string]string{"<listcomp>": "list comprehension", "<setcomp>": "set comprehension",
			"<dictcomp>": "dict comprehension", "<genexpr>": "generator expression"}[r.cur.Name]
		r.errorf(e, "'yield' inside %s", what)
	}
	r.cur.IsGenerator = true
}

// checkCallArgs reports misordered or repeated call arguments, which the AST
// cannot represent except through positions.
func (r *resolver) checkCallArgs(c *parser.Call) {
	seen := map[string]bool{}
	firstKw, firstKwUnpack := -1, -1
	for _, k := range c.Keywords {
		s, _ := k.Span()
		if k.Arg == "" {
			if firstKwUnpack < 0 || s.Offset < firstKwUnpack {
				firstKwUnpack = s.Offset
			}
		} else {
			if firstKw < 0 || s.Offset < firstKw {
				firstKw = s.Offset
			}
			if seen[k.Arg] {
				r.errorf(k, "keyword argument repeated: %s", k.Arg)
			}
			seen[k.Arg] = true
		}
	}
	// CPython reports a positional argument after keyword arguments at the
	// last token its parser read: the call's closing parenthesis.
	_, callEnd := c.Span()
	closing := parser.Pos{Start: callEnd, End: callEnd}
	closing.Start.Offset--
	closing.Start.Col--
	for _, a := range c.Args {
		s, _ := a.Span()
		_, starred := a.(*parser.Starred)
		switch {
		case starred && firstKwUnpack >= 0 && s.Offset > firstKwUnpack:
			r.errorf(a, "iterable argument unpacking follows keyword argument unpacking")
		case !starred && firstKwUnpack >= 0 && s.Offset > firstKwUnpack && (firstKw < 0 || firstKwUnpack < firstKw || s.Offset < firstKw):
			r.errorf(closing, "positional argument follows keyword argument unpacking")
		case !starred && firstKw >= 0 && s.Offset > firstKw:
			r.errorf(closing, "positional argument follows keyword argument")
		case !starred && firstKwUnpack >= 0 && s.Offset > firstKwUnpack:
			r.errorf(closing, "positional argument follows keyword argument unpacking")
		}
	}
}

// comprehension declares a comprehension scope. The outermost iterable is
// evaluated in the enclosing scope and passed as the parameter ".0".
func (r *resolver) comprehension(node parser.Expr, name string, gens []*parser.Comprehension, elt, value parser.Expr) {
	if len(gens) == 0 {
		r.errorf(node, "comprehension without a for clause")
	}
	r.expr(gens[0].Iter)
	outer := r.cur
	cs := r.newScope(ComprehensionScope, name, node)
	cs.IsGenerator = name == "<genexpr>"
	r.cur = cs
	cs.add(".0", defParam)
	cs.Params = []string{".0"}
	for i, g := range gens {
		if g.IsAsync {
			cs.IsCoroutine = true
		}
		if i > 0 {
			r.expr(g.Iter)
		}
		r.compTarget(g.Target)
		r.target(g.Target, targetFor)
		r.exprs(g.Ifs)
	}
	r.expr(elt)
	r.expr(value)
	r.cur = outer
	if cs.IsCoroutine && name != "<genexpr>" && outer.Kind == ComprehensionScope {
		outer.IsCoroutine = true // it awaits cs
	}
}

// compTarget marks the iteration variables of a comprehension.
func (r *resolver) compTarget(e parser.Expr) {
	switch t := e.(type) {
	case *parser.Name:
		r.def(t.Id, defCompIter, t)
	case *parser.Tuple:
		for _, x := range t.Elts {
			r.compTarget(x)
		}
	case *parser.List:
		for _, x := range t.Elts {
			r.compTarget(x)
		}
	case *parser.Starred:
		r.compTarget(t.Value)
	}
}

// namedExprTarget binds the target of `:=` inside a comprehension in the
// nearest enclosing function (or module) scope, as PEP 572 specifies.
func (r *resolver) namedExprTarget(t *parser.Name) {
	name := mangle(r.cur.private, t.Id)
	for s := r.cur; s != nil; s = s.Parent {
		switch s.Kind {
		case ComprehensionScope:
			if sym := s.Symbols[name]; sym != nil && sym.flags&defCompIter != 0 {
				r.errorf(t, "assignment expression cannot rebind comprehension iteration variable '%s'", t.Id)
			}
		case FunctionScope:
			if sym := s.Symbols[name]; sym != nil && sym.flags&defGlobal != 0 {
				r.cur.add(name, defGlobal)
			} else {
				r.cur.add(name, defNonlocal)
			}
			s.add(name, defLocal)
			return
		case ModuleScope:
			r.cur.add(name, defGlobal)
			s.add(name, defLocal)
			return
		case ClassScope:
			r.errorf(t, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

// analyze classifies the names of s (CPython's analyze_block). bound holds
// the names bound by enclosing function scopes, global the names known to be
// global; the free variables of s and its children are added to free.
func (r *resolver) analyze(s *Scope, free map[string]bool, bound, global map[string]bool) {
	local := map[string]bool{}
	own := map[string]bool{} // free names of s itself
	for _, name := range s.order {
		sym := s.Symbols[name]
		f := sym.flags
		switch {
		case f&defGlobal != 0:
			if f&defNonlocal != 0 {
				r.errorf(sym.declPos, "name '%s' is nonlocal and global", name)
			}
			sym.Binding = GlobalExplicit
			global[name] = true
			delete(bound, name)
		case f&defNonlocal != 0:
			if !bound[name] {
				r.errorf(sym.declPos, "no binding for nonlocal '%s' found", name)
			}
			sym.Binding = Free
			own[name] = true
		case f&(defLocal|defParam) != 0:
			sym.Binding = Local
			local[name] = true
			delete(global, name)
		case bound[name]:
			sym.Binding = Free
			own[name] = true
		default:
			sym.Binding = GlobalImplicit
		}
	}
	newBound := map[string]bool{}
	newGlobal := map[string]bool{}
	for n := range global {
		newGlobal[n] = true
	}
	for n := range bound {
		newBound[n] = true
	}
	if s.functionLike() {
		for n := range local {
			newBound[n] = true
		}
	}
	if s.Kind == ClassScope {
		newBound["__class__"] = true
	}
	childFree := map[string]bool{}
	var cands []*Scope // comprehensions that may be inlined
	var candFree []map[string]bool
	for _, c := range s.Children {
		cb := map[string]bool{}
		for n := range newBound {
			cb[n] = true
		}
		cg := map[string]bool{}
		for n := range newGlobal {
			cg[n] = true
		}
		if s.functionLike() && c.inlinable() {
			cf := map[string]bool{}
			r.analyze(c, cf, cb, cg)
			cands = append(cands, c)
			candFree = append(candFree, cf)
			continue
		}
		r.analyze(c, childFree, cb, cg)
	}
	inlineComprehensions(s, cands, candFree, childFree)
	if s.functionLike() {
		for n := range childFree {
			if sym := s.Symbols[n]; sym != nil && sym.Binding == Local {
				sym.Binding = Cell
				delete(childFree, n)
			}
		}
	} else if s.Kind == ClassScope && childFree["__class__"] {
		delete(childFree, "__class__")
		s.NeedsClassCell = true
	}
	// update_symbols: free names of children pass through this scope.
	names := make([]string, 0, len(childFree))
	for n := range childFree {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if sym := s.Symbols[n]; sym != nil {
			if s.Kind == ClassScope && (sym.flags&(defLocal|defParam|defGlobal) != 0) {
				sym.flags |= defFreeClass
			}
			continue
		}
		if !bound[n] {
			continue
		}
		sym := s.add(n, 0)
		sym.Binding = Free
	}
	for n := range own {
		free[n] = true
	}
	for n := range childFree {
		free[n] = true
	}
	s.hasFree = len(own) > 0 || len(childFree) > 0
}

// inlinable reports whether comprehension scope c may be compiled inline in
// its parent's code (if the parent's names allow it, see
// inlineComprehensions): a list, set or dict comprehension without await
// whose nested scopes are all inlined comprehensions themselves. CPython
// 3.12+ inlines more (comprehensions holding closures, and in module and
// class bodies); those keep their own frame here, shown in tracebacks as
// part of the enclosing one (FlagInlined).
func (c *Scope) inlinable() bool {
	if c.Kind != ComprehensionScope || c.IsGenerator || c.IsCoroutine {
		return false
	}
	for _, ch := range c.Children {
		if !ch.Inlined {
			return false
		}
	}
	for _, sym := range c.Symbols {
		if sym.Binding == Cell {
			return false
		}
	}
	return true
}

// inlineComprehensions decides which candidate comprehensions of the
// function-like scope s are inlined (CPython's inline_comprehension). A
// candidate is inlined when each of its locals is either unknown to s or a
// plain fast local of s (not a cell: its slot is saved and restored around
// the loop). An inlined comprehension's locals become locals of s, and its
// free variables that s binds stay plain locals of s instead of cells. The
// free variables of the other children, childFree, decide which locals of s
// become cells, and a new local must not hide a variable another candidate
// reads from further out, so rejecting a candidate (its free variables join
// childFree) is repeated until no candidate changes.
func inlineComprehensions(s *Scope, cands []*Scope, candFree []map[string]bool, childFree map[string]bool) {
	rejected := make([]bool, len(cands))
	for changed := true; changed; {
		changed = false
		for i, c := range cands {
			if rejected[i] {
				continue
			}
			for _, n := range c.order {
				sym := c.Symbols[n]
				if sym.Binding != Local || sym.flags&defParam != 0 {
					continue
				}
				p := s.Symbols[n]
				if p != nil && (p.Binding != Local || childFree[n]) || p == nil && freeInOther(n, i, candFree, rejected) {
					rejected[i] = true
					break
				}
			}
			if rejected[i] {
				for n := range candFree[i] {
					childFree[n] = true
				}
				changed = true
			}
		}
	}
	for i, c := range cands {
		if rejected[i] {
			continue
		}
		c.Inlined = true
		for _, n := range c.order {
			sym := c.Symbols[n]
			if sym.Binding != Local || sym.flags&defParam != 0 {
				continue
			}
			if s.Symbols[n] == nil {
				s.add(n, defInlined).Binding = Local
			}
		}
		for n := range candFree[i] {
			if p := s.Symbols[n]; p != nil && p.Binding == Local {
				continue // a local of s: the inlined code reads the slot
			}
			childFree[n] = true
		}
	}
}

// freeInOther reports whether name is a free variable of a candidate other
// than i still in the running: it names a variable of an enclosing scope,
// which a new local of the same name in s would hide.
func freeInOther(name string, i int, candFree []map[string]bool, rejected []bool) bool {
	for j, f := range candFree {
		if j != i && !rejected[j] && f[name] {
			return true
		}
	}
	return false
}

// SavedLocals returns the locals an inlined comprehension binds itself, in
// order of first appearance: the compiler saves their slots in the parent
// frame before the loop and restores them after (those of comprehensions
// inlined in it are saved by those).
func (s *Scope) SavedLocals() []string {
	var names []string
	for _, n := range s.order {
		sym := s.Symbols[n]
		if sym.Binding == Local && sym.flags&defParam == 0 && sym.flags&(defLocal|defCompIter) != 0 {
			names = append(names, n)
		}
	}
	return names
}
