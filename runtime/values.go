package runtime

import (
	"math/big"
	"sync"
)

// Int is a Python int that fits in 64 bits. Ints are values: they are not
// reference counted. Every int that fits in int64 is an Int; larger ones are *BigInt.
type Int int64

// BigInt is a Python int beyond 64 bits (immutable; never holds a value that fits in int64).
type BigInt struct {
	V *big.Int
}

// Float is a Python float (a value, not reference counted).
type Float float64

// Complex is a Python complex (a value).
type Complex complex128

// Bool is a Python bool (True and False are its only values).
type Bool bool

// NoneType is the type of None.
type NoneType struct{}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// The singletons.
var (
	None           Object = NoneType{}
	True           Object = Bool(true)
	False          Object = Bool(false)
	NotImplemented Object = NotImplementedType{}
	Ellipsis       Object = EllipsisType{}
)

func (Int) header() *Header                { return nil }
func (*BigInt) header() *Header            { return nil }
func (Float) header() *Header              { return nil }
func (Complex) header() *Header            { return nil }
func (Bool) header() *Header               { return nil }
func (NoneType) header() *Header           { return nil }
func (NotImplementedType) header() *Header { return nil }
func (EllipsisType) header() *Header       { return nil }

// Type methods of the value types.
func (Int) Type() *Type                { return IntType }
func (*BigInt) Type() *Type            { return IntType }
func (Float) Type() *Type              { return FloatType }
func (Complex) Type() *Type            { return ComplexType }
func (Bool) Type() *Type               { return BoolType }
func (NoneType) Type() *Type           { return NoneTypeType }
func (NotImplementedType) Type() *Type { return NotImplementedTypeType }
func (EllipsisType) Type() *Type       { return EllipsisTypeType }

// NewBool returns True or False.
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}

// MakeInt returns the int object for a *big.Int, normalized to Int when it fits.
func MakeInt(v *big.Int) Object {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	return &BigInt{V: v}
}

// Tuple is a Python tuple (immutable once built; Items must not change after
// the tuple is shared).
type Tuple struct {
	Header
	Items []Object
	sub   *subInst // nil: an exact tuple; else an instance of a tuple subclass
}

// Type returns tuple (or the tuple subclass).
func (tu *Tuple) Type() *Type {
	if tu.sub != nil {
		return tu.sub.typ
	}
	return TupleType
}

// List is a Python list. In free-threaded mode Mu guards Items.
type List struct {
	Header
	Mu    sync.Mutex
	Items []Object
	sub   *subInst // nil: an exact list; else an instance of a list subclass
}

// Type returns list (or the list subclass).
func (l *List) Type() *Type {
	if l.sub != nil {
		return l.sub.typ
	}
	return ListType
}

// Module is a Python module object.
type Module struct {
	Header
	Name string
	Dict *Dict
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(t *Thread, name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr(t, Intern("__name__"), NewStr(name))
	return m
}

// Cell holds a variable captured by a closure (a cell or free variable).
// In free-threaded mode Mu guards V.
type Cell struct {
	Header
	Mu sync.Mutex
	V  Object // nil: empty (unbound)
}

// CellType is the type of Cell.
var CellType = NewBuiltinType("cell", "builtins", nil, 0)

// Type returns cell.
func (*Cell) Type() *Type { return CellType }

// Get returns the cell's value (nil when empty).
func (c *Cell) Get(t *Thread) Object {
	t.lock(&c.Mu)
	v := c.V
	t.unlock(&c.Mu)
	return v
}

// Set stores v (nil empties the cell), adjusting counts.
func (c *Cell) Set(t *Thread, v Object) {
	t.Incref(v)
	t.lock(&c.Mu)
	old := c.V
	c.V = v
	t.unlock(&c.Mu)
	t.Decref(old)
}

func init() {
	CellType.Dealloc = func(t *Thread, o Object) { o.(*Cell).Set(t, nil) }
	CellType.AddGetSet("cell_contents", func(t *Thread, self Object) (Object, error) {
		if v := self.(*Cell).Get(t); v != nil {
			return v, nil
		}
		return nil, Errorf(t, ValueErrorType, "Cell is empty")
	}, func(t *Thread, self, v Object) error {
		self.(*Cell).Set(t, v)
		return nil
	})
}
