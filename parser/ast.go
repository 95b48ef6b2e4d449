package parser

import (
	"math/big"

	"pyg/lexer"
)

// The AST mirrors CPython's `ast` module (Python/Python.asdl): the same node
// names and fields, spelled in Go. Every node records where it starts and ends.

// Node is any AST node.
type Node interface {
	Span() (start, end lexer.Pos)
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Pos is embedded in every node: the first character and the position just
// after the last one.
type Pos struct {
	Start, End lexer.Pos
}

// Span returns the node's extent.
func (p Pos) Span() (start, end lexer.Pos) { return p.Start, p.End }

// Ctx tells whether a Name/Attribute/Subscript/Starred/List/Tuple is read,
// assigned or deleted.
type Ctx uint8

// Expression contexts.
const (
	Load Ctx = iota
	Store
	Del
)

// Operator is a binary (and augmented-assignment) operator.
type Operator uint8

// Binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorText = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

func (o Operator) String() string { return operatorText[o] }

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota // ~
	Not                         // not
	UAdd                        // +
	USub                        // -
)

var unaryText = [...]string{"~", "not", "+", "-"}

func (o UnaryOperator) String() string { return unaryText[o] }

// CmpOp is a comparison operator.
type CmpOp uint8

// Comparison operators.
const (
	Eq CmpOp = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpText = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

func (o CmpOp) String() string { return cmpText[o] }

// BoolOperator is `and` or `or`.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

func (o BoolOperator) String() string {
	if o == And {
		return "and"
	}
	return "or"
}

// ---- Expressions ----

// BoolOp is `a and b and c` / `a or b`.
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `target := value`.
type NamedExpr struct {
	Pos
	Target *Name
	Value  Expr
}

// BinOp is `left op right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `op operand`.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda args: body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Pos
	Test, Body, OrElse Expr
}

// Dict is `{k: v, **m}`; a nil key marks `**value`.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is `{a, b}`.
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[elt for ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{key: value for ...}`.
type DictComp struct {
	Pos
	Key, Value Expr
	Generators []*Comprehension
}

// GeneratorExp is `(elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Comprehension is one `for target in iter if cond...` clause.
type Comprehension struct {
	Pos
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Await is `await value`.
type Await struct {
	Pos
	Value Expr
}

// Yield is `yield value` (Value may be nil).
type Yield struct {
	Pos
	Value Expr
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Pos
	Value Expr
}

// Compare is `left op1 c1 op2 c2 ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is `fn(args, keywords)`. Args may contain *Starred; a Keyword with
// Arg == "" is `**value`.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Keyword is `arg=value` in a call or class definition, or `**value` when Arg is "".
type Keyword struct {
	Pos
	Arg   string
	Value Expr
}

// FormattedValue is one `{value!conv:spec}` field of an f-string.
// Conversion is 0, 's', 'r' or 'a'; FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Pos
	Value      Expr
	Conversion byte
	FormatSpec Expr
}

// JoinedStr is an f-string: *Constant (string) and *FormattedValue parts.
type JoinedStr struct {
	Pos
	Values []Expr
}

// Ellipsis is the value of the `...` constant.
type Ellipsis struct{}

// Bytes is the value of a bytes constant.
type Bytes string

// Constant is a literal. Value is one of: nil (None), bool, int64, *big.Int
// (only when the value does not fit in int64), float64, complex128, string,
// Bytes, Ellipsis.
type Constant struct {
	Pos
	Value any
}

var _ = big.NewInt // *big.Int is a documented Constant value type.

// Attribute is `value.attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   Ctx
}

// Subscript is `value[slice]`; Slice is an Expr, a *Slice, or a *Tuple that may contain *Slice.
type Subscript struct {
	Pos
	Value Expr
	Slice Expr
	Ctx   Ctx
}

// Starred is `*value` in a call, display or assignment target.
type Starred struct {
	Pos
	Value Expr
	Ctx   Ctx
}

// Name is an identifier.
type Name struct {
	Pos
	Id  string
	Ctx Ctx
}

// List is `[a, b]`.
type List struct {
	Pos
	Elts []Expr
	Ctx  Ctx
}

// Tuple is `a, b` or `(a, b)`.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  Ctx
}

// Slice is `lower:upper:step` inside a subscript; any part may be nil.
type Slice struct {
	Pos
	Lower, Upper, Step Expr
}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// ---- Function parameters ----

// Arguments are a function's or lambda's parameters. Defaults belong to the
// last len(Defaults) of PosOnly+Args; KwDefaults is parallel to KwOnly (nil
// entries have no default).
type Arguments struct {
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg
	Defaults   []Expr
}

// Arg is one parameter.
type Arg struct {
	Pos
	Name       string
	Annotation Expr
}

// ---- Statements ----

// Module is a whole source file.
type Module struct {
	Body []Stmt
}

// FunctionDef is `def` (or `async def` when IsAsync).
type FunctionDef struct {
	Pos
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr
	IsAsync    bool
}

// ClassDef is `class Name(bases, keywords): body`.
type ClassDef struct {
	Pos
	Name       string
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// Return is `return value` (Value may be nil).
type Return struct {
	Pos
	Value Expr
}

// Delete is `del a, b`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `t1 = t2 = value`.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is `target op= value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `target: annotation [= value]`; Simple is true for a bare name target.
type AnnAssign struct {
	Pos
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     bool
}

// For is `for target in iter: body else: orelse`.
type For struct {
	Pos
	Target  Expr
	Iter    Expr
	Body    []Stmt
	OrElse  []Stmt
	IsAsync bool
}

// While is `while test: body else: orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// If is `if test: body else: orelse` (elif chains nest in OrElse).
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	OrElse []Stmt
}

// With is `with a as x, b: body`.
type With struct {
	Pos
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// WithItem is `context_expr [as optional_vars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// Raise is `raise [exc [from cause]]`.
type Raise struct {
	Pos
	Exc   Expr
	Cause Expr
}

// Try is `try/except/else/finally`.
type Try struct {
	Pos
	Body      []Stmt
	Handlers  []*ExceptHandler
	OrElse    []Stmt
	FinalBody []Stmt
}

// ExceptHandler is `except [type [as name]]: body`.
type ExceptHandler struct {
	Pos
	Type Expr
	Name string
	Body []Stmt
}

// Assert is `assert test, msg`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from ..module import a as b` (Level counts the dots;
// a single Alias named "*" is `import *`).
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Alias is `name [as asname]`.
type Alias struct {
	Pos
	Name   string
	AsName string
}

// Global is `global a, b`.
type Global struct {
	Pos
	Names []string
}

// Nonlocal is `nonlocal a, b`.
type Nonlocal struct {
	Pos
	Names []string
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}
