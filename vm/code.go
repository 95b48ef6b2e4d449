package vm

import (
	"fmt"
	"math/big"
	"sync/atomic"

	"pyg/compiler"
	"pyg/parser"
	"pyg/runtime"
)

// Code is a loaded code object: a *compiler.Code with its constants turned into
// runtime objects and its names interned. Codes are immutable and immortal.
type Code struct {
	runtime.Header
	C *compiler.Code

	Name     string
	QualName string
	Filename string

	// nameStr, qualStr and docStr are the interned __name__, __qualname__
	// and __doc__ (nil: no docstring) of the functions made from the code.
	nameStr, qualStr, docStr *runtime.Str

	instrs []uint32
	consts []runtime.Object
	names  []*runtime.Str
	// kwnames[i] is Consts[i] as a []string when it is a tuple of strings (the
	// keyword names of CALL_KW), else nil.
	kwnames [][]string

	nlocals int // len(VarNames)
	ncells  int // len(CellVars)
	nfree   int // len(FreeVars)
	// stackBase is the index in Frame.slots of the first value-stack slot.
	stackBase int
	// nslots is the frame size: locals, cells, free variables and the stack.
	nslots int
	// varNames are the local variable names as interned strs (locals(), errors).
	varNames []*runtime.Str
	// cellNames are CellVars ++ FreeVars as strs.
	cellNames []*runtime.Str
	// cell2arg[i] is the argument slot to copy into cell i, or -1.
	cell2arg []int
	// hasCell2Arg is true when some cell is also an argument.
	hasCell2Arg bool
	flags       compiler.CodeFlags
	// topLevel marks the code of a module run from a file (the main script
	// or an import) and of the class bodies directly in it: the functions
	// it defines are immortal (see markTopLevel).
	topLevel atomic.Bool

	// globalCache[i] caches where LOAD_GLOBAL found Names[i] (GIL mode only:
	// the GIL orders the accesses of different threads).
	globalCache []globalCacheEntry
	// globalCacheFT is the free-threaded counterpart (see ftGlobalCache).
	globalCacheFT []ftGlobalSlot
	// attrCaches[pc] is the inline cache of the attribute instruction at pc
	// (GIL mode; see attrcache.go).
	attrCaches []*attrCacheSet
	// attrCachesFT is the free-threaded counterpart (see ftAttrSlots).
	attrCachesFT atomic.Pointer[[]ftAttrSlot]
	// borrow marks the LOAD_FAST instructions that keep the frame's
	// ownership of the local's number box (see borrow.go).
	borrow []uint64
}

// globalCacheEntry remembers the dict entry holding a global (or builtin)
// while neither dict's keys change.
type globalCacheEntry struct {
	globals      *runtime.Dict
	gver, bver   uint64
	idx          int32
	fromBuiltins bool
}

// CodeType is the Python type of code objects.
var CodeType = runtime.NewBuiltinType("code", "builtins", nil, 0)

// Type returns code.
func (*Code) Type() *runtime.Type { return CodeType }

func init() {
	CodeType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		c := o.(*Code)
		return runtime.NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, addr(c), c.Filename, c.C.FirstLine)), nil
	}
	CodeType.AddGetSet("co_name", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr(o.(*Code).Name), nil
	}, nil)
	CodeType.AddGetSet("co_qualname", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr(o.(*Code).QualName), nil
	}, nil)
	CodeType.AddGetSet("co_filename", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr(o.(*Code).Filename), nil
	}, nil)
	CodeType.AddGetSet("co_firstlineno", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*Code).C.FirstLine), nil
	}, nil)
	CodeType.AddGetSet("co_argcount", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*Code).C.ArgCount), nil
	}, nil)
	CodeType.AddGetSet("co_posonlyargcount", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*Code).C.PosOnlyCount), nil
	}, nil)
	CodeType.AddGetSet("co_kwonlyargcount", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*Code).C.KwOnlyCount), nil
	}, nil)
	CodeType.AddGetSet("co_flags", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*Code).C.Flags), nil
	}, nil)
	CodeType.AddGetSet("co_nlocals", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*Code).nlocals), nil
	}, nil)
	strTuple := func(t *runtime.Thread, ss []string) runtime.Object {
		items := make([]runtime.Object, len(ss))
		for i, s := range ss {
			items[i] = runtime.Intern(s)
		}
		return runtime.NewTuple(t, items)
	}
	CodeType.AddGetSet("co_varnames", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return strTuple(t, o.(*Code).C.VarNames), nil
	}, nil)
	CodeType.AddGetSet("co_names", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return strTuple(t, o.(*Code).C.Names), nil
	}, nil)
	CodeType.AddGetSet("co_cellvars", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return strTuple(t, o.(*Code).C.CellVars), nil
	}, nil)
	CodeType.AddGetSet("co_freevars", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return strTuple(t, o.(*Code).C.FreeVars), nil
	}, nil)
	CodeType.AddGetSet("co_consts", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		c := o.(*Code)
		return runtime.NewTuple(t, append([]runtime.Object(nil), c.consts...)), nil
	}, nil)
}

// Load converts a compiled code object (and its nested code constants) into a
// *Code ready to run.
func Load(c *compiler.Code) *Code {
	code := &Code{
		C:        c,
		Name:     c.Name,
		QualName: c.QualName,
		Filename: c.Filename,
		instrs:   c.Instrs,
		nlocals:  len(c.VarNames),
		ncells:   len(c.CellVars),
		nfree:    len(c.FreeVars),
		flags:    c.Flags,
	}
	if code.QualName == "" {
		code.QualName = code.Name
	}
	code.nameStr = runtime.Intern(code.Name)
	code.qualStr = runtime.Intern(code.QualName)
	if c.HasDocstring {
		code.docStr = runtime.Intern(c.Docstring)
	}
	code.borrow = borrowsAt(code.instrs)
	code.stackBase = code.nlocals + code.ncells + code.nfree
	code.nslots = code.stackBase + c.MaxStack + 1
	code.consts = make([]runtime.Object, len(c.Consts))
	code.kwnames = make([][]string, len(c.Consts))
	for i, k := range c.Consts {
		code.consts[i] = loadConst(k)
		if tu, ok := k.(compiler.ConstTuple); ok {
			names := make([]string, 0, len(tu))
			for _, x := range tu {
				if s, ok := x.(string); ok {
					names = append(names, s)
				}
			}
			if len(names) == len(tu) {
				code.kwnames[i] = names
			}
		}
	}
	code.globalCache = make([]globalCacheEntry, len(c.Names))
	code.globalCacheFT = make([]ftGlobalSlot, len(c.Names))
	code.names = make([]*runtime.Str, len(c.Names))
	for i, n := range c.Names {
		code.names[i] = runtime.Intern(n)
	}
	code.varNames = make([]*runtime.Str, len(c.VarNames))
	for i, n := range c.VarNames {
		code.varNames[i] = runtime.Intern(n)
	}
	for _, n := range c.CellVars {
		code.cellNames = append(code.cellNames, runtime.Intern(n))
	}
	for _, n := range c.FreeVars {
		code.cellNames = append(code.cellNames, runtime.Intern(n))
	}
	code.cell2arg = make([]int, code.ncells)
	for i := range code.cell2arg {
		code.cell2arg[i] = -1
		if i < len(c.Cell2Arg) && c.Cell2Arg[i] >= 0 {
			code.cell2arg[i] = c.Cell2Arg[i]
			code.hasCell2Arg = true
		}
	}
	runtime.SetImmortal(code)
	return code
}

// loadConst converts one compiler constant into an immortal runtime object.
func loadConst(k any) runtime.Object {
	var o runtime.Object
	switch v := k.(type) {
	case nil:
		return runtime.None
	case bool:
		return runtime.NewBool(v)
	case int64:
		return runtime.Int(v)
	case int:
		return runtime.Int(v)
	case *big.Int:
		return runtime.MakeInt(v)
	case float64:
		return runtime.Float(v)
	case complex128:
		return runtime.Complex(v)
	case string:
		return runtime.Intern(v)
	case parser.Bytes:
		o = newBytes(string(v))
	case parser.Ellipsis:
		return runtime.Ellipsis
	case compiler.ConstTuple:
		items := make([]runtime.Object, len(v))
		for i, x := range v {
			items[i] = loadConst(x)
		}
		// Items are immortal: no thread is needed to count them.
		o = &runtime.Tuple{Items: items}
	case *compiler.Code:
		return Load(v)
	default:
		panic(fmt.Sprintf("vm: unexpected constant %T", k))
	}
	runtime.SetImmortal(o)
	return o
}

// markTopLevel marks a module's code and the class bodies directly in it
// (and in those classes) as top-level. The functions they define are made
// immortal when they hold nothing mortal (Function.holdsNothingMortal), as
// CPython's free-threaded build gives module-level functions deferred
// reference counts: they live as long as the module anyway, and a call then
// needs no count on the function (its LOAD_GLOBAL or LOAD_METHOD and its
// return skip two count calls). Code run by exec(), eval() or compile() is
// not marked: it may run many times. What is visible: sys.getrefcount of
// such a function reports the immortal count, and one redefined or deleted
// stays in memory (it owns no other object that could need freeing).
func markTopLevel(code *Code) {
	if code.topLevel.Swap(true) {
		return
	}
	for _, k := range code.consts {
		if c, ok := k.(*Code); ok && c.flags&compiler.FlagOptimized == 0 {
			markTopLevel(c)
		}
	}
}
