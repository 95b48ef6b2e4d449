package runtime

import (
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// This file builds the builtins module: the built-in types, the exception
// classes, the constants, and the built-in functions that need no VM
// (globals, locals, eval, exec, compile, __import__ and the no-argument
// forms of vars and dir belong to the VM).

var prepareBuiltinTypes sync.Once

// prepareTypes finishes the built-in types once every package's init has
// run: slot wrappers (int.__add__...) in their dicts, and __class_getitem__
// for the generic containers.
func prepareTypes() {
	types := append(allBuiltinTypes(), ExceptionTypes...)
	types = append(types, PropertyType, StaticMethodType, ClassMethodType, SuperType, MethodType,
		EnumerateType, ZipType, MapType, FilterType, ReversedType, MappingProxyType, FileTextType,
		FileBufferedReaderType, FileBufferedWriterType, FileBufferedRandomType)
	extraBuiltinTypesMu.Lock()
	types = append(types, extraBuiltinTypes...)
	extraBuiltinTypesMu.Unlock()
	for _, typ := range types {
		fillSlotWrappers(typ)
	}
	divmod := func(typ *Type, fn func(t *Thread, a, b Object) (Object, error)) {
		if _, ok := typ.Dict.GetStr(Intern("__divmod__")); !ok {
			typ.AddMethod("__divmod__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := CheckArgs(t, "__divmod__", args, kw, 1, 1); err != nil {
					return nil, err
				}
				return fn(t, self, args[0])
			})
		}
		if _, ok := typ.Dict.GetStr(Intern("__rdivmod__")); !ok {
			typ.AddMethod("__rdivmod__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
				if err := CheckArgs(t, "__rdivmod__", args, kw, 1, 1); err != nil {
					return nil, err
				}
				return fn(t, args[0], self)
			})
		}
	}
	divmod(IntType, IntDivMod)
	divmod(FloatType, FloatDivMod)
	for _, typ := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType, EnumerateType} {
		if _, ok := typ.Dict.GetStr(Intern("__class_getitem__")); !ok {
			typ.AddMethod("__class_getitem__", ClassMethod, classGetItem)
		}
	}
}

// NewBuiltins returns a new builtins module.
func NewBuiltins(t *Thread) *Module {
	prepareBuiltinTypes.Do(prepareTypes)
	m := NewModule(t, "builtins")
	d := m.Dict
	set := func(name string, v Object) { d.SetStr(t, Intern(name), v) }
	set("__doc__", NewStr("Built-in functions, types, exceptions, and other objects."))
	for _, typ := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType,
		SliceType, EnumerateType, ZipType, MapType, FilterType, ReversedType, PropertyType,
		StaticMethodType, ClassMethodType, SuperType} {
		set(typ.Name, typ)
	}
	for _, typ := range ExceptionTypes {
		set(typ.Name, typ)
	}
	set("EnvironmentError", OSErrorType)
	set("IOError", OSErrorType)
	set("None", None)
	set("True", True)
	set("False", False)
	set("Ellipsis", Ellipsis)
	set("NotImplemented", NotImplemented)
	set("__debug__", True)
	for _, f := range builtinFuncs {
		b := &Builtin{Name: f.name, Module: "builtins", Fn: f.fn, Doc: f.doc, ReleasesGIL: f.blocking, Fn1: builtinFns1[f.name]}
		SetImmortal(b)
		set(f.name, b)
	}
	set("exit", &Quitter{Name: "exit"})
	set("quit", &Quitter{Name: "quit"})
	return m
}

type builtinFunc struct {
	name     string
	fn       BuiltinFn
	doc      string
	blocking bool
}

var builtinFuncs []builtinFunc

func init() {
	builtinFuncs = []builtinFunc{
		{"print", builtinPrint, "Prints the values to a stream, or to sys.stdout by default.", true},
		{"input", builtinInput, "Read a string from standard input.  The trailing newline is stripped.", true},
		{"len", builtinLen, "Return the number of items in a container.", false},
		{"abs", builtinAbs, "Return the absolute value of the argument.", false},
		{"all", builtinAll, "Return True if bool(x) is True for all values x in the iterable.", false},
		{"any", builtinAny, "Return True if bool(x) is True for any x in the iterable.", false},
		{"ascii", builtinASCII, "Return an ASCII-only representation of an object.", false},
		{"bin", builtinBase(2, "bin"), "Return the binary representation of an integer.", false},
		{"oct", builtinBase(8, "oct"), "Return the octal representation of an integer.", false},
		{"hex", builtinBase(16, "hex"), "Return the hexadecimal representation of an integer.", false},
		{"callable", builtinCallable, "Return whether the object is callable (i.e., some kind of function).", false},
		{"chr", builtinChr, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.", false},
		{"ord", builtinOrd, "Return the Unicode code point for a one-character string.", false},
		{"divmod", builtinDivmod, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.", false},
		{"pow", builtinPow, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments", false},
		{"round", builtinRound, "Round a number to a given precision in decimal digits.", false},
		{"sum", builtinSum, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers", false},
		{"min", builtinMinMax(OpLt, "min"), "With a single iterable argument, return its smallest item.", false},
		{"max", builtinMinMax(OpGt, "max"), "With a single iterable argument, return its biggest item.", false},
		{"sorted", builtinSorted, "Return a new list containing all items from the iterable in ascending order.", false},
		{"isinstance", builtinIsInstance, "Return whether an object is an instance of a class or of a subclass thereof.", false},
		{"issubclass", builtinIsSubclass, "Return whether 'cls' is derived from another class or is the same class.", false},
		{"hasattr", builtinHasattr, "Return whether the object has an attribute with the given name.", false},
		{"getattr", builtinGetattr, "Get a named attribute from an object.", false},
		{"setattr", builtinSetattr, "Sets the named attribute on the given object to the specified value.", false},
		{"delattr", builtinDelattr, "Deletes the named attribute from the given object.", false},
		{"id", builtinID, "Return the identity of an object.", false},
		{"hash", builtinHash, "Return the hash value for the given object.", false},
		{"repr", builtinRepr, "Return the canonical string representation of the object.", false},
		{"format", builtinFormat, "Return type(value).__format__(value, format_spec)", false},
		{"iter", builtinIter, "Get an iterator from an object.", false},
		{"next", builtinNext, "Return the next item from the iterator.", false},
		{"vars", builtinVars, "Show vars.", false},
		{"dir", builtinDir, "Show attributes of an object.", false},
		{"open", builtinOpen, "Open file and return a stream.  Raise OSError upon failure.", true},
		{"__build_class__", buildClass, "Internal helper function used by the class statement.", false},
	}
}

// sysStream returns sys.<name> if the sys module exists (nil otherwise).
func sysStream(t *Thread, name string) (Object, bool) {
	if t.Interp.Modules == nil {
		return nil, false
	}
	sys, ok := t.Interp.Modules.GetStrT(t, Intern("sys"))
	if !ok {
		return nil, false
	}
	if m, ok := sys.(*Module); ok {
		return m.Dict.GetStrT(t, Intern(name))
	}
	v, err := GetAttrString(t, sys, name)
	if err != nil {
		return nil, false
	}
	return v, true
}

// writeTo writes s to a file-like object (a FileObj directly, otherwise its
// write method); file nil writes to the interpreter's stdout.
func writeTo(t *Thread, file Object, s string) error {
	switch f := file.(type) {
	case nil:
		w := t.Interp.Stdout
		if w == nil {
			return nil
		}
		var err error
		t.Blocking(func() { _, err = io.WriteString(w, s) })
		if err != nil {
			return OSErrorFromGo(t, err, "")
		}
		return nil
	case *FileObj:
		if !f.binary {
			_, err := f.writeString(t, s)
			return err
		}
	}
	_, err := CallMethod(t, file, "write", NewStr(s))
	return err
}

func flushFile(t *Thread, file Object) error {
	switch f := file.(type) {
	case nil:
		return nil
	case *FileObj:
		return f.flush(t)
	}
	_, err := CallMethod(t, file, "flush")
	return err
}

func builtinPrint(t *Thread, args []Object, kw []string) (Object, error) {
	npos := len(args) - len(kw)
	sep, end := " ", "\n"
	var file Object = None
	flush := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "sep", "end":
			if v == None {
				continue
			}
			s, ok := v.(*Str)
			if !ok {
				return nil, Errorf(t, TypeErrorType, "%s must be None or a string, not %s", k, TypeName(v))
			}
			if k == "sep" {
				sep = s.s
			} else {
				end = s.s
			}
		case "file":
			file = v
		case "flush":
			b, err := Truth(t, v)
			if err != nil {
				return nil, err
			}
			flush = b
		default:
			if sugg := ClosestName([]string{"sep", "end", "file", "flush"}, k); sugg != "" {
				return nil, Errorf(t, TypeErrorType, "print() got an unexpected keyword argument '%s'. Did you mean '%s'?", k, sugg)
			}
			return nil, Errorf(t, TypeErrorType, "print() got an unexpected keyword argument '%s'", k)
		}
	}
	var b strings.Builder
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ToStr(t, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s.s)
	}
	b.WriteString(end)
	if file == None {
		if out, ok := sysStream(t, "stdout"); ok {
			if out == None {
				return None, nil
			}
			file = out
		} else {
			file = nil
		}
	}
	if err := writeTo(t, file, b.String()); err != nil {
		return nil, err
	}
	if flush {
		if err := flushFile(t, file); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func builtinInput(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	var out Object
	if o, ok := sysStream(t, "stdout"); ok && o != None {
		out = o
	}
	if len(args) == 1 {
		s, err := ToStr(t, args[0])
		if err != nil {
			return nil, err
		}
		if err := writeTo(t, out, s.s); err != nil {
			return nil, err
		}
	}
	if err := flushFile(t, out); err != nil {
		return nil, err
	}
	var line string
	if in, ok := sysStream(t, "stdin"); ok && in != None {
		if f, ok := in.(*FileObj); ok && !f.binary {
			s, err := f.readLine(t, -1)
			if err != nil {
				return nil, err
			}
			line = s
		} else {
			r, err := CallMethod(t, in, "readline")
			if err != nil {
				return nil, err
			}
			s, ok := r.(*Str)
			if !ok {
				return nil, Errorf(t, TypeErrorType, "object.readline() returned non-string")
			}
			line = s.s
		}
	} else if r := t.Interp.Stdin; r != nil {
		// Unbuffered: read byte by byte so nothing past the line is consumed.
		var b []byte
		var buf [1]byte
		t.Blocking(func() {
			for {
				n, err := r.Read(buf[:])
				if n == 1 {
					b = append(b, buf[0])
					if buf[0] == '\n' {
						return
					}
				}
				if err != nil {
					return
				}
			}
		})
		line = string(b)
	}
	if line == "" {
		return nil, Errorf(t, EOFErrorType, "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	return NewStr(line), nil
}

// builtinFns1 are the one-argument forms of builtins (Builtin.Fn1).
var builtinFns1 = map[string]func(*Thread, Object) (Object, error){
	"len": builtinLen1,
	"abs": builtinAbs1,
	"ord": builtinOrd1,
}

func builtinLen(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "len", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return builtinLen1(t, args[0])
}

func builtinLen1(t *Thread, x Object) (Object, error) {
	n, err := Len(t, x)
	if err != nil {
		return nil, err
	}
	return Int(n), nil
}

func builtinAbs(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "abs", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return builtinAbs1(t, args[0])
}

func builtinAbs1(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case Int:
		if v >= 0 {
			return v, nil
		}
		if v != math.MinInt64 {
			return -v, nil
		}
	case Float:
		return Float(math.Abs(float64(v))), nil
	}
	f := x.Type().Abs
	if f == nil {
		return nil, Errorf(t, TypeErrorType, "bad operand type for abs(): '%s'", TypeName(x))
	}
	return f(t, x)
}

func builtinAllAny(t *Thread, args []Object, kw []string, name string, want bool) (Object, error) {
	if err := CheckArgs(t, name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	// Exact lists and tuples: read the items in place, as their iterators
	// would (a list mutated by a __bool__ is read at its current length).
	switch s := args[0].(type) {
	case *List:
		if s.sub != nil {
			break
		}
		for i := 0; ; i++ {
			t.lock(&s.Mu)
			if i >= len(s.Items) {
				t.unlock(&s.Mu)
				return NewBool(!want), nil
			}
			x := s.Items[i]
			t.unlock(&s.Mu)
			if b, err := Truth(t, x); err != nil || b == want {
				return allAnyResult(want, err)
			}
		}
	case *Tuple:
		if s.sub != nil {
			break
		}
		for _, x := range s.Items {
			if b, err := Truth(t, x); err != nil || b == want {
				return allAnyResult(want, err)
			}
		}
		return NewBool(!want), nil
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return nil, err
	}
	defer t.Discard(it) // an iterator left unfinished holds its iterable
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return NewBool(!want), nil
		}
		if b, err := Truth(t, x); err != nil || b == want {
			return allAnyResult(want, err)
		}
	}
}

// allAnyResult is the result of all()/any() stopped early by an item (or
// by the error of its truth test).
func allAnyResult(want bool, err error) (Object, error) {
	if err != nil {
		return nil, err
	}
	return NewBool(want), nil
}

func builtinAll(t *Thread, args []Object, kw []string) (Object, error) {
	return builtinAllAny(t, args, kw, "all", false)
}

func builtinAny(t *Thread, args []Object, kw []string) (Object, error) {
	return builtinAllAny(t, args, kw, "any", true)
}

// ASCIIRepr returns ascii(o): the repr with non-ASCII characters escaped.
func ASCIIRepr(t *Thread, o Object) (*Str, error) {
	r, err := Repr(t, o)
	if err != nil || r.IsASCII() {
		return r, err
	}
	var b strings.Builder
	for _, c := range r.s {
		switch {
		case c < utf8.RuneSelf:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, "\\x%02x", c)
		case c < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			fmt.Fprintf(&b, "\\U%08x", c)
		}
	}
	return NewStr(b.String()), nil
}

func builtinASCII(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "ascii", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return ASCIIRepr(t, args[0])
}

// indexValue converts o to an int object with __index__.
func indexValue(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Int, *BigInt:
		return o, nil
	case Bool:
		if v {
			return Int(1), nil
		}
		return Int(0), nil
	}
	if f := o.Type().Index; f != nil {
		return f(t, o)
	}
	return nil, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(o))
}

func builtinBase(base int, name string) BuiltinFn {
	return func(t *Thread, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		v, err := indexValue(t, args[0])
		if err != nil {
			return nil, err
		}
		return NewStr(IntFormatBase(v, base, true)), nil
	}
}

func builtinCallable(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "callable", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return NewBool(Callable(args[0])), nil
}

func builtinChr(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "chr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	v, err := indexValue(t, args[0])
	if err != nil {
		return nil, err
	}
	n, ok := v.(Int)
	if !ok {
		return nil, Errorf(t, OverflowErrorType, "Python int too large to convert to C int")
	}
	if n < 0 || n > 0x10ffff {
		return nil, Errorf(t, ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if n < 128 {
		return Intern(string(rune(n))), nil
	}
	return NewStr(string(rune(n))), nil
}

func builtinOrd(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "ord", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return builtinOrd1(t, args[0])
}

func builtinOrd1(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case *Str:
		if v.Len() != 1 {
			return nil, Errorf(t, TypeErrorType, "ord() expected a character, but string of length %d found", v.Len())
		}
		r, _ := utf8.DecodeRuneInString(v.s)
		return Int(r), nil
	}
	if b, ok := BytesData(t, x); ok {
		if len(b) != 1 {
			return nil, Errorf(t, TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(b[0]), nil
	}
	return nil, Errorf(t, TypeErrorType, "ord() expected string of length 1, but %s found", TypeName(x))
}

func isIntObj(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

func builtinDivmod(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "divmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if isIntObj(a) && isIntObj(b) {
		return IntDivMod(t, a, b)
	}
	_, af := a.(Float)
	_, bf := b.(Float)
	if (af || isIntObj(a)) && (bf || isIntObj(b)) {
		return FloatDivMod(t, a, b)
	}
	if attr := typeLookupT(t, a.Type(), Intern("__divmod__")); attr != nil && attr != None {
		r, err := callAttrAsMethod(t, attr, a, []Object{b}, nil)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if a.Type() != b.Type() {
		if attr := typeLookupT(t, b.Type(), Intern("__rdivmod__")); attr != nil && attr != None {
			r, err := callAttrAsMethod(t, attr, b, []Object{a}, nil)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	return nil, Errorf(t, TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

func builtinPow(t *Thread, args []Object, kw []string) (Object, error) {
	var base, exp Object
	var mod Object = None
	if err := UnpackArgs(t, "pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	if mod == None {
		return Binary(t, OpPow, base, exp)
	}
	return PowMod(t, base, exp, mod)
}

func builtinRound(t *Thread, args []Object, kw []string) (Object, error) {
	var number Object
	var ndigits Object = None
	if err := UnpackArgs(t, "round", args, kw, "number", &number, "ndigits?", &ndigits); err != nil {
		return nil, err
	}
	attr := typeLookupT(t, number.Type(), dunderRound)
	if attr == nil {
		return nil, Errorf(t, TypeErrorType, "type %s doesn't define __round__ method", TypeName(number))
	}
	if ndigits == None {
		return callAttrAsMethod(t, attr, number, nil, nil)
	}
	return callAttrAsMethod(t, attr, number, []Object{ndigits}, nil)
}

// compensatedSum is Neumaier's summation, as CPython's sum() of floats.
type compensatedSum struct{ hi, lo float64 }

func (c compensatedSum) add(x float64) compensatedSum {
	s := c.hi + x
	if math.Abs(c.hi) >= math.Abs(x) {
		c.lo += (c.hi - s) + x
	} else {
		c.lo += (x - s) + c.hi
	}
	return compensatedSum{s, c.lo}
}

func (c compensatedSum) value() float64 {
	if c.lo != 0 && !math.IsInf(c.lo, 0) && !math.IsNaN(c.lo) {
		return c.hi + c.lo
	}
	return c.hi
}

func builtinSum(t *Thread, args []Object, kw []string) (Object, error) {
	var iterable Object
	var result Object = Int(0)
	if err := UnpackArgs(t, "sum", args, kw, "iterable", &iterable, "start?", &result); err != nil {
		return nil, err
	}
	if len(args)-len(kw) > 2 {
		return nil, Errorf(t, TypeErrorType, "sum() takes at most 2 arguments (%d given)", len(args)-len(kw))
	}
	switch result.Type() {
	case StrType:
		return nil, Errorf(t, TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case BytesType:
		return nil, Errorf(t, TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	case ByteArrayType:
		return nil, Errorf(t, TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	defer t.Discard(it) // an iterator left unfinished holds its iterable
	var item Object
	// Fast path: ints that fit in 64 bits.
	if acc, ok := result.(Int); ok {
		for {
			item, err = Next(t, it)
			if err != nil {
				return nil, err
			}
			if item == nil {
				return acc, nil
			}
			var b int64
			switch v := item.(type) {
			case Int:
				b = int64(v)
			case Bool:
				if v {
					b = 1
				}
			default:
				goto slowInt
			}
			if (b > 0 && int64(acc) > math.MaxInt64-b) || (b < 0 && int64(acc) < math.MinInt64-b) {
				goto slowInt
			}
			acc += Int(b)
			continue
		slowInt:
			result, err = Binary(t, OpAdd, acc, item)
			if err != nil {
				return nil, err
			}
			break
		}
	}
	// Fast path: floats, with compensated summation.
	if f, ok := result.(Float); ok {
		cs := compensatedSum{hi: float64(f)}
		for {
			item, err = Next(t, it)
			if err != nil {
				return nil, err
			}
			if item == nil {
				return Float(cs.value()), nil
			}
			switch v := item.(type) {
			case Float:
				cs = cs.add(float64(v))
				continue
			case Int, *BigInt, Bool:
				x, err := ToFloat64(t, v)
				if err != nil {
					return nil, err
				}
				cs = cs.add(x)
				continue
			}
			result, err = Binary(t, OpAdd, Float(cs.value()), item)
			if err != nil {
				return nil, err
			}
			break
		}
	}
	for {
		item, err = Next(t, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return result, nil
		}
		result, err = Binary(t, OpAdd, result, item)
		if err != nil {
			return nil, err
		}
	}
}

func builtinMinMax(op CompareOp, name string) BuiltinFn {
	return func(t *Thread, args []Object, kw []string) (Object, error) {
		npos := len(args) - len(kw)
		var key, def Object
		for i, k := range kw {
			switch k {
			case "key":
				key = args[npos+i]
				if key == None {
					key = nil
				}
			case "default":
				def = args[npos+i]
			default:
				return nil, Errorf(t, TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			}
		}
		var items []Object
		var it Object
		switch {
		case npos == 0:
			return nil, Errorf(t, TypeErrorType, "%s expected at least 1 argument, got 0", name)
		case npos == 1:
			var err error
			it, err = Iter(t, args[0])
			if err != nil {
				return nil, err
			}
		default:
			if def != nil {
				return nil, Errorf(t, TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = args[:npos]
		}
		var best, bestKey Object
		i := 0
		for {
			var x Object
			if it != nil {
				var err error
				x, err = Next(t, it)
				if err != nil {
					return nil, err
				}
				if x == nil {
					break
				}
			} else {
				if i >= len(items) {
					break
				}
				x = items[i]
				i++
			}
			k := x
			if key != nil {
				var err error
				k, err = Call(t, key, []Object{x}, nil)
				if err != nil {
					return nil, err
				}
			}
			if best == nil {
				best, bestKey = x, k
				continue
			}
			better, err := CompareBool(t, k, bestKey, op)
			if err != nil {
				return nil, err
			}
			if better {
				best, bestKey = x, k
			}
		}
		if best == nil {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(t, ValueErrorType, "%s() iterable argument is empty", name)
		}
		return best, nil
	}
}

func builtinSorted(t *Thread, args []Object, kw []string) (Object, error) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return nil, Errorf(t, TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	var key Object = None
	reverse := false
	for i, k := range kw {
		v := args[npos+i]
		switch k {
		case "key":
			key = v
		case "reverse":
			b, err := Truth(t, v)
			if err != nil {
				return nil, err
			}
			reverse = b
		default:
			return nil, Errorf(t, TypeErrorType, "sort() got an unexpected keyword argument '%s'", k)
		}
	}
	items, err := IterateAll(t, args[0])
	if err != nil {
		return nil, err
	}
	if err := SortObjects(t, items, key, reverse); err != nil {
		return nil, err
	}
	return NewList(t, items), nil
}

// IsInstanceOf is isinstance(o, cls): cls may be a class, a tuple of
// classes (nested), a union, or an object with __instancecheck__.
func IsInstanceOf(t *Thread, o, cls Object) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if o.Type() == c {
			return true, nil
		}
		if meta := c.Type(); meta != TypeType {
			if attr, owner := lookupOwner(meta, dunderInstanceChk); owner != nil && owner.Flags&FlagHeapType != 0 {
				r, err := callAttrAsMethod(t, attr, c, []Object{o}, nil)
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		return IsInstance(o, c), nil
	case *Tuple:
		if err := t.EnterRecursive(); err != nil {
			return false, err
		}
		defer t.LeaveRecursive()
		for _, x := range c.Items {
			ok, err := IsInstanceOf(t, o, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionObj:
		for _, x := range c.Args {
			ok, err := IsInstanceOf(t, o, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if attr, owner := lookupOwner(cls.Type(), dunderInstanceChk); owner != nil && owner.Flags&FlagHeapType != 0 {
		r, err := callAttrAsMethod(t, attr, cls, []Object{o}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(t, TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

var dunderSubclassChk = Intern("__subclasscheck__")

// IsSubclassOf is issubclass(cls, base).
func IsSubclassOf(t *Thread, cls, base Object) (bool, error) {
	switch b := base.(type) {
	case *Type:
		if meta := b.Type(); meta != TypeType {
			if attr, owner := lookupOwner(meta, dunderSubclassChk); owner != nil && owner.Flags&FlagHeapType != 0 {
				r, err := callAttrAsMethod(t, attr, b, []Object{cls}, nil)
				if err != nil {
					return false, err
				}
				return Truth(t, r)
			}
		}
		c, ok := cls.(*Type)
		if !ok {
			return false, Errorf(t, TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return c.IsSubtype(b), nil
	case *Tuple:
		if err := t.EnterRecursive(); err != nil {
			return false, err
		}
		defer t.LeaveRecursive()
		for _, x := range b.Items {
			ok, err := IsSubclassOf(t, cls, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *UnionObj:
		for _, x := range b.Args {
			ok, err := IsSubclassOf(t, cls, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if attr, owner := lookupOwner(base.Type(), dunderSubclassChk); owner != nil && owner.Flags&FlagHeapType != 0 {
		r, err := callAttrAsMethod(t, attr, base, []Object{cls}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return false, Errorf(t, TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtinIsInstance(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "isinstance", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := IsInstanceOf(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func builtinIsSubclass(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "issubclass", args, kw, 2, 2); err != nil {
		return nil, err
	}
	ok, err := IsSubclassOf(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

func builtinHasattr(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "hasattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrNameArg(t, args[1])
	if err != nil {
		return nil, err
	}
	v, err := GetAttr(t, args[0], name)
	if err != nil {
		if IsAttributeError(err) {
			t.Discard(err.(*Exception))
			return False, nil
		}
		return nil, err
	}
	t.Discard(v)
	return True, nil
}

func builtinGetattr(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "getattr", args, kw, 2, 3); err != nil {
		return nil, err
	}
	name, err := attrNameArg(t, args[1])
	if err != nil {
		return nil, err
	}
	v, err := GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 && IsAttributeError(err) {
		t.Discard(err.(*Exception))
		return args[2], nil
	}
	return v, err
}

func builtinSetattr(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "setattr", args, kw, 3, 3); err != nil {
		return nil, err
	}
	name, err := attrNameArg(t, args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtinDelattr(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "delattr", args, kw, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrNameArg(t, args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(t, args[0], name, nil)
}

func builtinID(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "id", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return Int(int64(ObjectAddr(args[0]))), nil
}

func builtinHash(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "hash", args, kw, 1, 1); err != nil {
		return nil, err
	}
	h, err := Hash(t, args[0])
	if err != nil {
		return nil, err
	}
	return Int(h), nil
}

func builtinRepr(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "repr", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return Repr(t, args[0])
}

func builtinFormat(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "format", args, kw, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = s.s
	}
	return Format(t, args[0], spec)
}

// CallIter is the iterator of iter(callable, sentinel).
type CallIter struct {
	Header
	Fn, Sentinel Object // nil once exhausted
}

// CallIterType is the type of CallIter.
var CallIterType = NewBuiltinType("callable_iterator", "builtins", nil, 0)

// Type returns callable_iterator.
func (*CallIter) Type() *Type { return CallIterType }

func init() {
	CallIterType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	CallIterType.Next = func(t *Thread, o Object) (Object, error) {
		c := o.(*CallIter)
		fn, sentinel := c.Fn, c.Sentinel
		if fn == nil {
			return nil, nil
		}
		v, err := Call(t, fn, nil, nil)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
				callIterRelease(t, c)
				return nil, nil
			}
			return nil, err
		}
		eq, err := Equal(t, v, sentinel)
		if err != nil {
			return nil, err
		}
		if eq {
			callIterRelease(t, c)
			return nil, nil
		}
		return v, nil
	}
	CallIterType.Dealloc = func(t *Thread, o Object) { callIterRelease(t, o.(*CallIter)) }
}

func callIterRelease(t *Thread, c *CallIter) {
	fn, s := c.Fn, c.Sentinel
	c.Fn, c.Sentinel = nil, nil
	t.Decref(fn)
	t.Decref(s)
}

func builtinIter(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "iter", args, kw, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return Iter(t, args[0])
	}
	if !Callable(args[0]) {
		return nil, Errorf(t, TypeErrorType, "iter(v, w): v must be callable")
	}
	t.Incref(args[0])
	t.Incref(args[1])
	return &CallIter{Fn: args[0], Sentinel: args[1]}, nil
}

func builtinNext(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "next", args, kw, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	f := it.Type().Next
	if f == nil {
		return nil, Errorf(t, TypeErrorType, "'%s' object is not an iterator", TypeName(it))
	}
	v, err := f(t, it)
	if err != nil {
		if len(args) == 2 {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(StopIterationType) {
				return args[1], nil
			}
		}
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(t, StopIterationType)
	}
	return v, nil
}

func builtinVars(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "vars", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, Errorf(t, SystemErrorType, "vars() without arguments is provided by the VM")
	}
	d, err := GetAttrString(t, args[0], "__dict__")
	if err != nil {
		if IsAttributeError(err) {
			t.Discard(err.(*Exception))
			return nil, Errorf(t, TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return nil, err
	}
	return d, nil
}

func builtinDir(t *Thread, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "dir", args, kw, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, Errorf(t, SystemErrorType, "dir() without arguments is provided by the VM")
	}
	o := args[0]
	if m, ok := o.(*Module); ok {
		var names []string
		for _, k := range m.Dict.Keys(t) {
			if s, ok := k.(*Str); ok {
				names = append(names, s.s)
			}
		}
		sort.Strings(names)
		return nameList(t, names), nil
	}
	attr, owner := lookupOwner(o.Type(), dunderDir)
	if owner != nil && owner.Flags&FlagHeapType != 0 {
		r, err := callAttrAsMethod(t, attr, o, nil, nil)
		if err != nil {
			return nil, err
		}
		items, err := IterateAll(t, r)
		if err != nil {
			return nil, err
		}
		if err := SortObjects(t, items, nil, false); err != nil {
			return nil, err
		}
		return NewList(t, items), nil
	}
	names, err := DirObject(t, o)
	if err != nil {
		return nil, err
	}
	return nameList(t, names), nil
}

// Quitter is exit and quit: calling one raises SystemExit.
type Quitter struct {
	Header
	Name string
}

// QuitterType is the type of exit and quit.
var QuitterType = NewBuiltinType("Quitter", "_sitebuiltins", nil, 0)

// Type returns Quitter.
func (*Quitter) Type() *Type { return QuitterType }

func init() {
	QuitterType.Repr = func(t *Thread, o Object) (Object, error) {
		return NewStr("Use " + o.(*Quitter).Name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	}
	QuitterType.Call = func(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
		var code Object = None
		if err := UnpackArgs(t, fn.(*Quitter).Name, args, kw, "code?", &code); err != nil {
			return nil, err
		}
		return nil, NewException(t, SystemExitType, code)
	}
}
