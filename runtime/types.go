package runtime

import "sync"

// The built-in types. Their slots and methods are filled in by init functions
// in the files that implement each type.
var (
	ObjectType             = newObjectType()
	TypeType               = newType("type", ObjectType, FlagBaseType)
	IntType                = newType("int", ObjectType, FlagBaseType)
	BoolType               = newType("bool", IntType, 0)
	FloatType              = newType("float", ObjectType, FlagBaseType)
	ComplexType            = newType("complex", ObjectType, FlagBaseType)
	StrType                = newType("str", ObjectType, FlagBaseType)
	BytesType              = newType("bytes", ObjectType, FlagBaseType)
	ByteArrayType          = newType("bytearray", ObjectType, FlagBaseType)
	TupleType              = newType("tuple", ObjectType, FlagBaseType)
	ListType               = newType("list", ObjectType, FlagBaseType)
	DictType               = newType("dict", ObjectType, FlagBaseType)
	SetType                = newType("set", ObjectType, FlagBaseType)
	FrozenSetType          = newType("frozenset", ObjectType, FlagBaseType)
	RangeType              = newType("range", ObjectType, 0)
	SliceType              = newType("slice", ObjectType, 0)
	NoneTypeType           = newType("NoneType", ObjectType, 0)
	NotImplementedTypeType = newType("NotImplementedType", ObjectType, 0)
	EllipsisTypeType       = newType("ellipsis", ObjectType, 0)
	ModuleType             = newType("module", ObjectType, FlagBaseType)
	BuiltinFunctionType    = newType("builtin_function_or_method", ObjectType, 0)
	MethodDescrType        = newType("method_descriptor", ObjectType, 0)
	ClassMethodDescrType   = newType("classmethod_descriptor", ObjectType, 0)
	GetSetDescrType        = newType("getset_descriptor", ObjectType, 0)
)

func newType(name string, base *Type, flags TypeFlags) *Type {
	typ := &Type{Name: name, QualName: name, Module: "builtins", Base: base, Flags: flags | FlagImmutable, Dict: NewDict()}
	typ.Bases = []*Type{base}
	typ.MRO = append([]*Type{typ}, base.MRO...)
	return typ
}

// NewBuiltinType returns a new built-in (Go-implemented) type deriving from base,
// for use by other packages (vm, stdlib). module is its __module__.
func NewBuiltinType(name, module string, base *Type, flags TypeFlags) *Type {
	if base == nil {
		base = ObjectType
	}
	typ := newType(name, base, flags)
	typ.Module = module
	SetImmortal(typ)
	extraBuiltinTypesMu.Lock()
	extraBuiltinTypes = append(extraBuiltinTypes, typ)
	extraBuiltinTypesMu.Unlock()
	return typ
}

// extraBuiltinTypes are the types made by NewBuiltinType (here and in vm,
// stdlib): prepareTypes gives them slot wrappers (gen.__next__...) too.
var (
	extraBuiltinTypesMu sync.Mutex
	extraBuiltinTypes   []*Type
)

func newObjectType() *Type {
	typ := &Type{Name: "object", QualName: "object", Module: "builtins", Flags: FlagBaseType | FlagImmutable, Dict: NewDict()}
	typ.MRO = []*Type{typ}
	return typ
}

func init() {
	for _, typ := range allBuiltinTypes() {
		SetImmortal(typ)
	}
	for _, typ := range ExceptionTypes {
		SetImmortal(typ)
	}
}

func allBuiltinTypes() []*Type {
	return []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		NoneTypeType, NotImplementedTypeType, EllipsisTypeType, ModuleType, BuiltinFunctionType,
		MethodDescrType, ClassMethodDescrType, GetSetDescrType}
}
