package runtime

import (
	"sync/atomic"
	"unsafe"
)

// Slot function signatures. A slot that does not apply is nil. Binary number
// slots and RichCompare return NotImplemented when they do not handle the
// operands, as in CPython's number protocol (either operand may be the
// type's instance: the dispatcher calls the left operand's slot, then the
// right one's).
type (
	// NewFunc creates an instance of typ (the __new__ step of a call to a type).
	NewFunc func(t *Thread, typ *Type, args []Object, kw []string) (Object, error)
	// InitFunc initializes a new instance (__init__).
	InitFunc func(t *Thread, self Object, args []Object, kw []string) error
	// CallFunc calls fn with positional args and keyword args: the last len(kw)
	// elements of args are the values of the keywords named in kw. args is
	// borrowed for the duration of the call.
	CallFunc func(t *Thread, fn Object, args []Object, kw []string) (Object, error)
	// UnaryFunc is a one-operand slot (repr, str, neg, iter, ...).
	UnaryFunc func(t *Thread, o Object) (Object, error)
	// BinaryFunc is a two-operand slot (add, getitem, ...).
	BinaryFunc func(t *Thread, a, b Object) (Object, error)
	// CompareFunc is the rich comparison slot.
	CompareFunc func(t *Thread, a, b Object, op CompareOp) (Object, error)
	// NextFunc advances an iterator: (nil, nil) means exhausted.
	NextFunc func(t *Thread, it Object) (Object, error)
	// GetAttrFunc looks up an attribute; AttributeError when missing.
	GetAttrFunc func(t *Thread, o Object, name *Str) (Object, error)
	// SetAttrFunc sets an attribute, or deletes it when v is nil.
	SetAttrFunc func(t *Thread, o Object, name *Str, v Object) error
	// SetItemFunc sets o[key] = v, or deletes o[key] when v is nil.
	SetItemFunc func(t *Thread, o, key, v Object) error
	// DescrGetFunc is __get__: obj is nil when the attribute is looked up on the type.
	DescrGetFunc func(t *Thread, descr, obj Object, typ *Type) (Object, error)
	// DescrSetFunc is __set__, or __delete__ when v is nil.
	DescrSetFunc func(t *Thread, descr, obj, v Object) error
	// DeallocFunc releases the references o holds (and runs __del__ for user
	// classes) when o's count reaches zero.
	DeallocFunc func(t *Thread, o Object)
)

// CompareOp is a rich comparison operator (same order as parser.CmpOp's first six).
type CompareOp uint8

// Comparison operators.
const (
	OpEq CompareOp = iota
	OpNe
	OpLt
	OpLe
	OpGt
	OpGe
)

// Reflected returns the operator to use with swapped operands.
func (op CompareOp) Reflected() CompareOp {
	return [...]CompareOp{OpEq, OpNe, OpGt, OpGe, OpLt, OpLe}[op]
}

// BinaryOp is a binary arithmetic operator. The order matches parser.Operator
// (the VM passes BINARY_OP's argument straight through).
type BinaryOp uint8

// Binary operators.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	NumBinaryOps
)

// BinaryOpSymbol is the operator text used in error messages.
var BinaryOpSymbol = [NumBinaryOps]string{"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"}

// BinaryOpDunder are the method names of the operators (without the r/i prefixes).
var BinaryOpDunder = [NumBinaryOps]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

// TypeFlags describe a type.
type TypeFlags uint32

// Type flags.
const (
	FlagBaseType  TypeFlags = 1 << iota // may be subclassed
	FlagHeapType                        // created by a class statement or type()
	FlagImmutable                       // attributes cannot be set on the type
	FlagException                       // BaseException or a subclass
)

// Type is a Python type: built-in types are package-level values built at init;
// classes are created at run time by type.__new__.
type Type struct {
	Header
	Name     string // __name__
	QualName string
	Module   string
	Doc      string
	Base     *Type   // the first base (object's is nil)
	Bases    []*Type // __bases__
	MRO      []*Type // __mro__, starting with the type itself
	Dict     *Dict   // __dict__: methods, descriptors, class attributes
	Flags    TypeFlags
	Meta     *Type // the metaclass; nil means type

	New     NewFunc
	Init    InitFunc
	Call    CallFunc // calling an instance
	Dealloc DeallocFunc

	Repr    UnaryFunc // must return a *Str
	Str     UnaryFunc // must return a *Str; nil: use Repr
	Hash    func(t *Thread, o Object) (int64, error)
	Compare CompareFunc
	Bool    func(t *Thread, o Object) (bool, error)
	Len     func(t *Thread, o Object) (int, error)

	GetAttr  GetAttrFunc
	SetAttr  SetAttrFunc
	DescrGet DescrGetFunc
	DescrSet DescrSetFunc

	Iter     UnaryFunc
	Next     NextFunc
	GetItem  BinaryFunc
	SetItem  SetItemFunc
	Contains func(t *Thread, container, v Object) (bool, error)

	Number  [NumBinaryOps]BinaryFunc // a op b (either operand may be the instance)
	Inplace [NumBinaryOps]BinaryFunc // a op= b (a is the instance); nil: use Number
	Neg     UnaryFunc
	Pos     UnaryFunc
	Invert  UnaryFunc
	Abs     UnaryFunc
	Int     UnaryFunc // __int__ / __index__ conversion to an int object
	Float   UnaryFunc // __float__
	Index   UnaryFunc // __index__

	// Extra holds per-type data of the package that defines the type.
	Extra any
}

// Type returns the type of a type (type, or a metaclass).
func (typ *Type) Type() *Type {
	if typ.Meta != nil {
		return typ.Meta
	}
	return TypeType
}

// IsSubtype reports whether typ is base or derives from it.
func (typ *Type) IsSubtype(base *Type) bool {
	if typ == base {
		return true
	}
	for _, m := range typ.MRO {
		if m == base {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO without invoking descriptors. Results
// are remembered in a cache shared by all types and threads (CPython's type
// attribute cache), keyed by type and name and validated by MROVersion, so
// a lookup that hits costs a hash, an atomic load and the version sum.
//
// The cache also makes Lookup safe against classes modified by other
// threads in free-threaded mode: a hit reads only an immutable entry, and a
// miss reads each dict of the MRO under its lock.
func (typ *Type) Lookup(name *Str) Object {
	ver := typ.MROVersion()
	h := name.Hash()
	slot := &typeCache[(uint64(uintptr(unsafe.Pointer(typ)))>>4^uint64(h))&(typeCacheSize-1)]
	if e := slot.Load(); e != nil && e.typ == typ && e.ver == ver && (e.name == name || e.name.s == name.s) {
		return e.value
	}
	var v Object
	for _, m := range typ.MRO {
		if m.Dict == nil {
			continue
		}
		d := m.Dict
		d.Mu.Lock()
		_, ix := d.findStr(name, h)
		if ix >= 0 {
			v = d.entries[ix].value
		}
		d.Mu.Unlock()
		if ix >= 0 {
			break
		}
	}
	// ver was read before the dicts: a change made meanwhile leaves the
	// entry stale (a later lookup sees a larger sum and misses).
	slot.Store(&typeCacheEntry{typ: typ, name: name, ver: ver, value: v})
	return v
}

// MROVersion changes whenever a key or value changes in the dict of any
// class of typ's MRO: it sums their write versions, which only grow, so
// equal sums mean unchanged dicts. It may be read without locks.
func (typ *Type) MROVersion() uint64 {
	var s uint64
	for _, m := range typ.MRO {
		if m.Dict != nil {
			s += m.Dict.WriteVersion()
		}
	}
	return s
}

// typeCacheEntry is an immutable record of one Lookup: value (nil: absent)
// is name's value on typ while typ.MROVersion() is still ver. Holding typ
// keeps it alive, so its address cannot be reused by another type.
type typeCacheEntry struct {
	typ   *Type
	name  *Str
	ver   uint64
	value Object
}

// typeCacheSize is the number of entries of the Lookup cache (a power of 2).
const typeCacheSize = 4096

var typeCache [typeCacheSize]atomic.Pointer[typeCacheEntry]

// IsInstance reports whether o's type is typ or a subtype.
func IsInstance(o Object, typ *Type) bool { return o.Type().IsSubtype(typ) }
