package compiler

// Code is a compiled function, class body or module: the output of the
// compiler and the input of the VM. It holds only plain Go values; the VM turns
// constants into objects once, when it loads the code.
type Code struct {
	Name      string // function name, "<module>", "<lambda>", "<listcomp>", class name...
	QualName  string // dotted qualified name as CPython's __qualname__ ("f.<locals>.g", "C.m")
	Filename  string
	FirstLine int

	Instrs []uint32 // see Instr/Decode
	Lines  []int32  // source line of each instruction (same length as Instrs)
	// Cols locates each instruction's expression within the source (same
	// length as Instrs), for the caret lines of CPython 3.13 tracebacks.
	Cols []ColSpan
	// ExcTable lists exception handlers, innermost first: the VM takes the first
	// entry whose [Start, End) contains the failing instruction.
	ExcTable []ExcEntry

	// Consts are nil (None), bool, int64, *big.Int, float64, complex128, string,
	// parser.Bytes, parser.Ellipsis, ConstTuple or *Code.
	Consts []any
	// Names are attribute, global and module-level names (LOAD_ATTR, LOAD_GLOBAL, LOAD_NAME...).
	Names []string
	// VarNames are the local variables; parameters come first, in order:
	// positional (incl. positional-only), keyword-only, *args, **kwargs.
	VarNames []string
	// CellVars are locals captured by inner functions; FreeVars are variables of
	// enclosing functions used here. LOAD_DEREF i indexes CellVars ++ FreeVars.
	CellVars []string
	FreeVars []string
	// Cell2Arg[i] is the VarNames index of a parameter that is also CellVars[i], or -1.
	Cell2Arg []int

	ArgCount     int // positional parameters, including positional-only ones
	PosOnlyCount int
	KwOnlyCount  int
	Flags        CodeFlags
	MaxStack     int
	Docstring    string // first statement string literal of a function/class/module, if any
	HasDocstring bool
}

// CodeFlags describe a code object (the values are CPython's CO_* flags).
type CodeFlags uint32

// Code flags.
const (
	FlagOptimized      CodeFlags = 0x0001 // locals are fast slots (functions, not module/class bodies)
	FlagNewLocals      CodeFlags = 0x0002
	FlagVarArgs        CodeFlags = 0x0004 // has *args
	FlagVarKeywords    CodeFlags = 0x0008 // has **kwargs
	FlagNested         CodeFlags = 0x0010
	FlagGenerator      CodeFlags = 0x0020
	FlagNoFree         CodeFlags = 0x0040
	FlagCoroutine      CodeFlags = 0x0080
	FlagIterableCoro   CodeFlags = 0x0100
	FlagAsyncGenerator CodeFlags = 0x0200
	// FlagInlined marks a list/set/dict comprehension that keeps its own
	// code (in a module or class body, or holding a closure): CPython 3.12+
	// inlines these too (PEP 709), so tracebacks show no frame of their
	// own; pyg runs them as functions and hides the frame when printing a
	// traceback. The others are compiled inline (Scope.Inlined).
	FlagInlined CodeFlags = 0x01000000
)

// ConstTuple is a tuple constant (e.g. keyword names for CALL_KW, folded tuples).
type ConstTuple []any

// ExcEntry is one row of the exception table: an exception raised by an
// instruction in [Start, End) pops the value stack down to Depth items, pushes
// the instruction index (as an int) if Lasti, pushes the exception, and jumps to
// Handler.
type ExcEntry struct {
	Start, End int
	Handler    int
	Depth      int
	Lasti      bool
}

// LineAt returns the source line of instruction pc.
func (c *Code) LineAt(pc int) int {
	if pc >= 0 && pc < len(c.Lines) {
		return int(c.Lines[pc])
	}
	return c.FirstLine
}

// ColSpan is where an instruction's source expression lies: it starts at
// column Col of the instruction's line and ends before column EndCol of
// EndLine. Columns are 0-based and count characters (code points).
type ColSpan struct {
	EndLine     int32
	Col, EndCol int32
}

// Position is a source span during compilation.
type Position struct {
	Line, EndLine int32
	Col, EndCol   int32
}

// SpanAt returns the source span of instruction pc (ok=false if unknown).
func (c *Code) SpanAt(pc int) (line, endLine, col, endCol int, ok bool) {
	if pc < 0 || pc >= len(c.Cols) || pc >= len(c.Lines) {
		return 0, 0, 0, 0, false
	}
	s := c.Cols[pc]
	return int(c.Lines[pc]), int(s.EndLine), int(s.Col), int(s.EndCol), s.EndLine > 0
}
