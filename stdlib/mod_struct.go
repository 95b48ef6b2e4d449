package stdlib

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"

	"pyg/runtime"
)

// The struct module.

func init() { native["struct"] = newStruct }

var (
	structErrOnce sync.Once
	structErrType *runtime.Type
)

// structError returns struct.error, created once (the class is immutable and
// shared by every interpreter).
func structError(t *runtime.Thread) *runtime.Type {
	structErrOnce.Do(func() {
		ns := runtime.NewDict()
		ns.SetStr(t, runtime.Intern("__module__"), runtime.NewStr("struct"))
		typ, err := runtime.NewClass(t, nil, "error", []*runtime.Type{runtime.ExceptionType}, ns)
		if err != nil {
			panic(err)
		}
		runtime.SetImmortal(typ)
		structErrType = typ
	})
	return structErrType
}

func structErr(t *runtime.Thread, format string, a ...any) error {
	return runtime.Errorf(t, structError(t), format, a...)
}

type structItem struct {
	code   byte
	count  int // for s/p/x: byte length; else 1
	size   int
	offset int
}

type structLayout struct {
	format  string
	big     bool
	native  bool
	items   []structItem
	size    int
	nvalues int
}

func stdSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

func nativeSize(c byte) int {
	switch c {
	case 'l', 'L', 'n', 'N', 'P':
		return 8
	}
	return stdSize(c)
}

func parseStruct(t *runtime.Thread, format string) (*structLayout, error) {
	l := &structLayout{format: format, native: true}
	f := format
	if f != "" {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=':
			l.native = false
			f = f[1:]
		case '<':
			l.native = false
			f = f[1:]
		case '>', '!':
			l.native = false
			l.big = true
			f = f[1:]
		}
	}
	off := 0
	for i := 0; i < len(f); {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		num := 1
		hasNum := false
		if c >= '0' && c <= '9' {
			j := i
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(f[i:j])
			if err != nil {
				return nil, structErr(t, "total struct size too long")
			}
			num, hasNum = n, true
			i = j
			if i >= len(f) {
				return nil, structErr(t, "repeat count given without format specifier")
			}
			c = f[i]
		}
		_ = hasNum
		i++
		var size int
		if l.native {
			size = nativeSize(c)
		} else {
			size = stdSize(c)
		}
		if size == 0 {
			return nil, structErr(t, "bad char in struct format")
		}
		if l.native && c != 's' && c != 'p' && c != 'x' && c != 'c' {
			if rem := off % size; rem != 0 {
				off += size - rem
			}
		}
		switch c {
		case 's', 'p':
			l.items = append(l.items, structItem{code: c, count: num, size: num, offset: off})
			off += num
			l.nvalues++
		case 'x':
			off += num
		default:
			for k := 0; k < num; k++ {
				l.items = append(l.items, structItem{code: c, count: 1, size: size, offset: off})
				off += size
				l.nvalues++
			}
		}
	}
	l.size = off
	return l, nil
}

func (l *structLayout) order() binary.ByteOrder {
	if l.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

func intRange(c byte, size int) (lo, hi *big.Int) {
	bitsN := uint(size * 8)
	switch c {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bitsN), big.NewInt(1))
	}
	hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bitsN-1), big.NewInt(1))
	lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bitsN-1))
	return lo, hi
}

// float16 conversion (IEEE 754 half precision, round half to even).
func toHalf(t *runtime.Thread, x float64) (uint16, error) {
	sign := uint16(0)
	if math.Signbit(x) {
		sign = 0x8000
		x = -x
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, nil
	case math.IsInf(x, 0):
		return sign | 0x7c00, nil
	case x == 0:
		return sign, nil
	}
	frac, exp := math.Frexp(x) // x = frac * 2^exp, 0.5 <= frac < 1
	e := exp - 1               // x = (2*frac) * 2^e
	if e < -14 {
		// subnormal: value / 2^-24
		m := math.RoundToEven(x * (1 << 24))
		if m >= 1024 {
			return sign | 0x0400, nil
		}
		return sign | uint16(m), nil
	}
	m := math.RoundToEven((2*frac - 1) * 1024)
	if m >= 1024 {
		m = 0
		e++
	}
	if e > 15 {
		return 0, runtime.Errorf(t, runtime.OverflowErrorType, "float too large to pack with e format")
	}
	return sign | uint16(e+15)<<10 | uint16(m), nil
}

func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * m * math.Pow(2, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Pow(2, float64(e-15))
}

func (l *structLayout) pack(t *runtime.Thread, buf []byte, vals []runtime.Object) error {
	ord := l.order()
	for i, it := range l.items {
		v := vals[i]
		p := buf[it.offset : it.offset+it.size]
		switch it.code {
		case 'c':
			b, ok := runtime.BytesData(t, v)
			if !ok || len(b) != 1 {
				return structErr(t, "char format requires a bytes object of length 1")
			}
			p[0] = b[0]
		case 's', 'p':
			b, ok := runtime.BytesData(t, v)
			if !ok {
				return structErr(t, "argument for '%c' must be a bytes object", it.code)
			}
			if it.code == 's' {
				n := copy(p, b)
				for k := n; k < len(p); k++ {
					p[k] = 0
				}
			} else if it.size > 0 {
				n := len(b)
				if n > it.size-1 {
					n = it.size - 1
				}
				if n > 255 {
					n = 255
				}
				p[0] = byte(n)
				copy(p[1:], b[:n])
				for k := 1 + n; k < len(p); k++ {
					p[k] = 0
				}
			}
		case '?':
			b, err := runtime.Truth(t, v)
			if err != nil {
				return err
			}
			p[0] = 0
			if b {
				p[0] = 1
			}
		case 'e', 'f', 'd':
			if !isInt(v) {
				if _, ok := v.(runtime.Float); !ok && v.Type().Float == nil && v.Type().Index == nil {
					return structErr(t, "required argument is not a float")
				}
			}
			x, err := runtime.ToFloat64(t, v)
			if err != nil {
				return err
			}
			switch it.code {
			case 'e':
				h, err := toHalf(t, x)
				if err != nil {
					return err
				}
				ord.PutUint16(p, h)
			case 'f':
				f32 := float32(x)
				if math.IsInf(float64(f32), 0) && !math.IsInf(x, 0) {
					return runtime.Errorf(t, runtime.OverflowErrorType, "float too large to pack with f format")
				}
				ord.PutUint32(p, math.Float32bits(f32))
			default:
				ord.PutUint64(p, math.Float64bits(x))
			}
		default:
			if !isInt(v) && v.Type().Index == nil {
				return structErr(t, "required argument is not an integer")
			}
			iv, err := indexObj(t, v)
			if err != nil {
				return err
			}
			n, _ := bigOf(iv)
			lo, hi := intRange(it.code, it.size)
			if it.code == 'P' && n.Sign() < 0 {
				n.Add(n, new(big.Int).Lsh(big.NewInt(1), 64))
			}
			if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
				return structErr(t, "'%c' format requires %s <= number <= %s", it.code, lo.String(), hi.String())
			}
			var u uint64
			if n.Sign() < 0 {
				u = uint64(n.Int64())
			} else {
				u = n.Uint64()
			}
			switch it.size {
			case 1:
				p[0] = byte(u)
			case 2:
				ord.PutUint16(p, uint16(u))
			case 4:
				ord.PutUint32(p, uint32(u))
			case 8:
				ord.PutUint64(p, u)
			}
		}
	}
	return nil
}

func (l *structLayout) unpack(t *runtime.Thread, buf []byte) runtime.Object {
	ord := l.order()
	out := make([]runtime.Object, len(l.items))
	for i, it := range l.items {
		p := buf[it.offset : it.offset+it.size]
		var v runtime.Object
		switch it.code {
		case 'c':
			v = runtime.NewBytes([]byte{p[0]})
		case 's':
			v = runtime.NewBytes(append([]byte(nil), p...))
		case 'p':
			if it.size == 0 {
				v = runtime.NewBytes(nil)
			} else {
				n := int(p[0])
				if n > it.size-1 {
					n = it.size - 1
				}
				v = runtime.NewBytes(append([]byte(nil), p[1:1+n]...))
			}
		case '?':
			v = runtime.NewBool(p[0] != 0)
		case 'e':
			v = runtime.Float(fromHalf(ord.Uint16(p)))
		case 'f':
			v = runtime.Float(float64(math.Float32frombits(ord.Uint32(p))))
		case 'd':
			v = runtime.Float(math.Float64frombits(ord.Uint64(p)))
		default:
			var u uint64
			switch it.size {
			case 1:
				u = uint64(p[0])
			case 2:
				u = uint64(ord.Uint16(p))
			case 4:
				u = uint64(ord.Uint32(p))
			case 8:
				u = ord.Uint64(p)
			}
			switch it.code {
			case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
				if u > math.MaxInt64 {
					v = runtime.MakeInt(new(big.Int).SetUint64(u))
				} else {
					v = runtime.Int(int64(u))
				}
			default:
				shift := uint(64 - 8*it.size)
				v = runtime.Int(int64(u<<shift) >> shift)
			}
		}
		out[i] = v
	}
	return runtime.NewTuple(t, out)
}

// StructObj is a struct.Struct.
type StructObj struct {
	runtime.Header
	l      *structLayout
	format runtime.Object
}

var StructType = newModType("Struct", "struct")

func (*StructObj) Type() *runtime.Type { return StructType }

func formatArg(t *runtime.Thread, o runtime.Object) (string, error) {
	switch v := o.(type) {
	case *runtime.Str:
		return v.String(), nil
	case *runtime.Bytes:
		return string(v.B), nil
	}
	return "", runtime.Errorf(t, runtime.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", runtime.TypeName(o))
}

func layoutOf(t *runtime.Thread, o runtime.Object) (*structLayout, error) {
	if s, ok := o.(*StructObj); ok {
		return s.l, nil
	}
	f, err := formatArg(t, o)
	if err != nil {
		return nil, err
	}
	return parseStruct(t, f)
}

func structPack(t *runtime.Thread, l *structLayout, vals []runtime.Object) (runtime.Object, error) {
	if len(vals) != l.nvalues {
		return nil, structErr(t, "pack expected %d items for packing (got %d)", l.nvalues, len(vals))
	}
	buf := make([]byte, l.size)
	if err := l.pack(t, buf, vals); err != nil {
		return nil, err
	}
	return runtime.NewBytes(buf), nil
}

func bufferData(t *runtime.Thread, o runtime.Object) ([]byte, error) {
	if b, ok := runtime.BytesData(t, o); ok {
		return b, nil
	}
	if a, ok := o.(*Array); ok {
		return a.toBytes(t), nil
	}
	return nil, runtime.Errorf(t, runtime.TypeErrorType, "a bytes-like object is required, not '%s'", runtime.TypeName(o))
}

func structUnpack(t *runtime.Thread, l *structLayout, buffer runtime.Object) (runtime.Object, error) {
	b, err := bufferData(t, buffer)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structErr(t, "unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(t, b), nil
}

func structUnpackFrom(t *runtime.Thread, l *structLayout, buffer runtime.Object, offset int) (runtime.Object, error) {
	b, err := bufferData(t, buffer)
	if err != nil {
		return nil, err
	}
	if offset < 0 {
		if offset+len(b) < 0 {
			return nil, structErr(t, "offset %d out of range for %d-byte buffer", offset, len(b))
		}
		offset += len(b)
	}
	if len(b)-offset < l.size {
		return nil, structErr(t, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", l.size+offset, l.size, offset, len(b))
	}
	return l.unpack(t, b[offset:offset+l.size]), nil
}

func structPackInto(t *runtime.Thread, l *structLayout, args []runtime.Object) (runtime.Object, error) {
	if len(args) < 2 {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "pack_into expected buffer argument")
	}
	ba, ok := args[0].(*runtime.ByteArray)
	if !ok {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "argument must be read-write bytes-like object, not %s", runtime.TypeName(args[0]))
	}
	offset, err := runtime.IndexInt(t, args[1])
	if err != nil {
		return nil, err
	}
	vals := args[2:]
	if len(vals) != l.nvalues {
		return nil, structErr(t, "pack_into expected %d items for packing (got %d)", l.nvalues, len(vals))
	}
	tmp := make([]byte, l.size)
	if err := l.pack(t, tmp, vals); err != nil {
		return nil, err
	}
	t.Lock(&ba.Mu)
	defer t.Unlock(&ba.Mu)
	n := len(ba.B)
	if offset < 0 {
		if offset+n < 0 {
			return nil, structErr(t, "offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		return nil, structErr(t, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", l.size+offset, l.size, offset, n)
	}
	copy(ba.B[offset:], tmp)
	return runtime.None, nil
}

func structIterUnpack(t *runtime.Thread, l *structLayout, buffer runtime.Object) (runtime.Object, error) {
	b, err := bufferData(t, buffer)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structErr(t, "cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return nil, structErr(t, "iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	var out []runtime.Object
	for off := 0; off < len(b); off += l.size {
		out = append(out, l.unpack(t, b[off:off+l.size]))
	}
	return runtime.Iter(t, runtime.NewList(t, out))
}

func init() {
	StructType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		var f runtime.Object
		if err := runtime.UnpackArgs(t, "Struct", args, kw, "format", &f); err != nil {
			return nil, err
		}
		s, err := formatArg(t, f)
		if err != nil {
			return nil, err
		}
		l, err := parseStruct(t, s)
		if err != nil {
			return nil, err
		}
		return &StructObj{l: l, format: runtime.NewStr(s)}, nil
	}
	StructType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr("Struct(" + runtime.QuoteStr(o.(*StructObj).l.format) + ")"), nil
	}
	StructType.AddGetSet("format", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return o.(*StructObj).format, nil
	}, nil)
	StructType.AddGetSet("size", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(o.(*StructObj).l.size), nil
	}, nil)
	m := func(name string, fn func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error)) {
		StructType.AddMethod(name, runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			return fn(t, self.(*StructObj).l, args, kw)
		})
	}
	for name, fn := range structFuncs {
		m(name, fn)
	}
}

var structFuncs = map[string]func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error){
	"pack": func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := noKw(t, "pack", kw); err != nil {
			return nil, err
		}
		return structPack(t, l, args)
	},
	"unpack": func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return structUnpack(t, l, args[0])
	},
	"unpack_from": func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error) {
		var buffer runtime.Object
		offset := 0
		if err := runtime.UnpackArgs(t, "unpack_from", args, kw, "buffer", &buffer, "offset?", &offset); err != nil {
			return nil, err
		}
		return structUnpackFrom(t, l, buffer, offset)
	},
	"pack_into": func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := noKw(t, "pack_into", kw); err != nil {
			return nil, err
		}
		return structPackInto(t, l, args)
	},
	"iter_unpack": func(t *runtime.Thread, l *structLayout, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "iter_unpack", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return structIterUnpack(t, l, args[0])
	},
}

func newStruct(t *runtime.Thread) (*runtime.Module, error) {
	mod := runtime.NewModule(t, "struct")
	mod.Dict.SetStr(t, runtime.Intern("error"), structError(t))
	mod.Dict.SetStr(t, runtime.Intern("Struct"), StructType)
	fns := map[string]runtime.BuiltinFn{
		"calcsize": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "calcsize", args, kw, 1, 1); err != nil {
				return nil, err
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return nil, err
			}
			return runtime.Int(l.size), nil
		},
	}
	for name, fn := range structFuncs {
		fn := fn
		name := name
		fns[name] = func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if len(args)-len(kw) < 1 {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "%s() missing required argument 'format' (pos 1)", name)
			}
			l, err := layoutOf(t, args[0])
			if err != nil {
				return nil, err
			}
			return fn(t, l, args[1:], kw)
		}
	}
	addFuncs(t, mod, fns)
	_ = strings.TrimSpace
	return mod, nil
}
