package stdlib

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"

	"pyg/runtime"
)

// The array module: typed arrays of numbers (or 'u' characters), guarded by a
// per-object lock.

func init() { native["array"] = newArrayModule }

// Array is array.array. Items hold Int/*BigInt/Float values (or 1-char str for 'u').
type Array struct {
	runtime.Header
	mu    sync.Mutex
	code  byte
	items []runtime.Object
}

var (
	ArrayType     = newModType("array", "array")
	arrayIterType = newModType("arrayiterator", "array")
)

// Type returns array.array.
func (*Array) Type() *runtime.Type { return ArrayType }

const arrayTypecodes = "bBuwhHiIlLqQfd"

func arrayItemSize(c byte) int {
	switch c {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u', 'w':
		return 4
	}
	return 8
}

func (a *Array) snapshot(t *runtime.Thread) []runtime.Object {
	t.Lock(&a.mu)
	out := append([]runtime.Object(nil), a.items...)
	t.Unlock(&a.mu)
	return out
}

func (a *Array) setItems(t *runtime.Thread, items []runtime.Object) {
	for _, v := range items {
		t.Incref(v)
	}
	t.Lock(&a.mu)
	old := a.items
	a.items = items
	t.Unlock(&a.mu)
	for _, v := range old {
		t.Decref(v)
	}
}

// check validates v for the array's typecode and returns the value to store.
func arrayCheck(t *runtime.Thread, c byte, v runtime.Object) (runtime.Object, error) {
	switch c {
	case 'u', 'w':
		s, ok := v.(*runtime.Str)
		if !ok || s.Len() != 1 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "array item must be unicode character")
		}
		return s, nil
	case 'f', 'd':
		x, err := runtime.ToFloat64(t, v)
		if err != nil {
			return nil, err
		}
		if c == 'f' {
			x = float64(float32(x))
		}
		return runtime.Float(x), nil
	}
	if _, ok := v.(runtime.Float); ok {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	iv, err := indexObj(t, v)
	if err != nil {
		return nil, err
	}
	n, _ := bigOf(iv)
	type rng struct {
		lo, hi       *big.Int
		lower, upper string
	}
	mk := func(lo, hi int64, name string) rng {
		return rng{big.NewInt(lo), big.NewInt(hi), name + " is less than minimum", name + " is greater than maximum"}
	}
	var r rng
	switch c {
	case 'b':
		r = mk(-128, 127, "signed char")
	case 'B':
		r = mk(0, 255, "unsigned byte integer")
	case 'h':
		r = mk(-32768, 32767, "signed short integer")
	case 'H':
		r = mk(0, 65535, "unsigned short")
	case 'i':
		r = mk(math.MinInt32, math.MaxInt32, "signed integer")
	case 'I':
		r = rng{big.NewInt(0), big.NewInt(math.MaxUint32), "can't convert negative value to unsigned int", "unsigned int is greater than maximum"}
	case 'l':
		r = rng{big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64), "Python int too large to convert to C long", "Python int too large to convert to C long"}
	case 'L':
		r = rng{big.NewInt(0), new(big.Int).SetUint64(math.MaxUint64), "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"}
	case 'q':
		r = rng{big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64), "int too big to convert", "int too big to convert"}
	case 'Q':
		r = rng{big.NewInt(0), new(big.Int).SetUint64(math.MaxUint64), "can't convert negative int to unsigned", "int too big to convert"}
	}
	if n.Cmp(r.lo) < 0 {
		return nil, runtime.Errorf(t, runtime.OverflowErrorType, "%s", r.lower)
	}
	if n.Cmp(r.hi) > 0 {
		return nil, runtime.Errorf(t, runtime.OverflowErrorType, "%s", r.upper)
	}
	return iv, nil
}

func (a *Array) toBytes(t *runtime.Thread) []byte {
	items := a.snapshot(t)
	size := arrayItemSize(a.code)
	out := make([]byte, len(items)*size)
	for i, v := range items {
		p := out[i*size:]
		switch a.code {
		case 'u', 'w':
			binary.LittleEndian.PutUint32(p, uint32(v.(*runtime.Str).Runes()[0]))
		case 'f':
			binary.LittleEndian.PutUint32(p, math.Float32bits(float32(v.(runtime.Float))))
		case 'd':
			binary.LittleEndian.PutUint64(p, math.Float64bits(float64(v.(runtime.Float))))
		default:
			n, _ := bigOf(v)
			var u uint64
			if n.Sign() < 0 {
				u = uint64(n.Int64())
			} else {
				u = n.Uint64()
			}
			switch size {
			case 1:
				p[0] = byte(u)
			case 2:
				binary.LittleEndian.PutUint16(p, uint16(u))
			case 4:
				binary.LittleEndian.PutUint32(p, uint32(u))
			default:
				binary.LittleEndian.PutUint64(p, u)
			}
		}
	}
	return out
}

func arrayFromBytes(c byte, b []byte) []runtime.Object {
	size := arrayItemSize(c)
	out := make([]runtime.Object, 0, len(b)/size)
	for i := 0; i+size <= len(b); i += size {
		p := b[i:]
		var v runtime.Object
		switch c {
		case 'u', 'w':
			v = runtime.NewStr(string(rune(binary.LittleEndian.Uint32(p))))
		case 'f':
			v = runtime.Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
		case 'd':
			v = runtime.Float(math.Float64frombits(binary.LittleEndian.Uint64(p)))
		case 'b':
			v = runtime.Int(int8(p[0]))
		case 'B':
			v = runtime.Int(p[0])
		case 'h':
			v = runtime.Int(int16(binary.LittleEndian.Uint16(p)))
		case 'H':
			v = runtime.Int(binary.LittleEndian.Uint16(p))
		case 'i':
			v = runtime.Int(int32(binary.LittleEndian.Uint32(p)))
		case 'I':
			v = runtime.Int(binary.LittleEndian.Uint32(p))
		case 'l', 'q':
			v = runtime.Int(int64(binary.LittleEndian.Uint64(p)))
		default:
			u := binary.LittleEndian.Uint64(p)
			if u > math.MaxInt64 {
				v = runtime.MakeInt(new(big.Int).SetUint64(u))
			} else {
				v = runtime.Int(u)
			}
		}
		out = append(out, v)
	}
	return out
}

func (a *Array) checkAll(t *runtime.Thread, items []runtime.Object) ([]runtime.Object, error) {
	out := make([]runtime.Object, len(items))
	for i, v := range items {
		x, err := arrayCheck(t, a.code, v)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	return out, nil
}

func (a *Array) appendItems(t *runtime.Thread, items []runtime.Object) {
	for _, v := range items {
		t.Incref(v)
	}
	t.Lock(&a.mu)
	a.items = append(a.items, items...)
	t.Unlock(&a.mu)
}

func (a *Array) extendFrom(t *runtime.Thread, o runtime.Object) error {
	if b, ok := o.(*Array); ok {
		if b.code != a.code {
			return runtime.Errorf(t, runtime.TypeErrorType, "can only extend with array of same kind")
		}
		a.appendItems(t, b.snapshot(t))
		return nil
	}
	if s, ok := o.(*runtime.Str); ok && (a.code == 'u' || a.code == 'w') {
		var items []runtime.Object
		for _, r := range s.Runes() {
			items = append(items, runtime.NewStr(string(r)))
		}
		a.appendItems(t, items)
		return nil
	}
	items, err := runtime.IterateAll(t, o)
	if err != nil {
		return err
	}
	checked, err := a.checkAll(t, items)
	if err != nil {
		return err
	}
	a.appendItems(t, checked)
	return nil
}

func newArray(t *runtime.Thread, code byte, items []runtime.Object) *Array {
	a := &Array{code: code}
	a.setItems(t, items)
	return a
}

func arrayRepr(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	a := o.(*Array)
	items := a.snapshot(t)
	var b strings.Builder
	b.WriteString("array('" + string(a.code) + "'")
	if len(items) > 0 {
		b.WriteString(", ")
		if a.code == 'u' || a.code == 'w' {
			var sb strings.Builder
			for _, v := range items {
				sb.WriteString(v.(*runtime.Str).String())
			}
			b.WriteString(runtime.QuoteStr(sb.String()))
		} else {
			b.WriteByte('[')
			for i, v := range items {
				if i > 0 {
					b.WriteString(", ")
				}
				s, err := reprOf(t, v)
				if err != nil {
					return nil, err
				}
				b.WriteString(s)
			}
			b.WriteByte(']')
		}
	}
	b.WriteByte(')')
	return runtime.NewStr(b.String()), nil
}

type arrayIter struct {
	runtime.Header
	a *Array
	i int
}

func (*arrayIter) Type() *runtime.Type { return arrayIterType }

func arrayFind(t *runtime.Thread, a *Array, x runtime.Object) (int, error) {
	for i, v := range a.snapshot(t) {
		eq, err := runtime.Equal(t, v, x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func init() {
	typ := ArrayType
	typ.New = func(t *runtime.Thread, _ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := noKw(t, "array.array", kw); err != nil {
			return nil, err
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
		}
		s, ok := strOf(args[0])
		if !ok || len([]rune(s)) != 1 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "array() argument 1 must be a unicode character, not %s", runtime.TypeName(args[0]))
		}
		if len(s) != 1 || !strings.Contains(arrayTypecodes, s) {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
		}
		a := &Array{code: s[0]}
		if len(args) == 2 {
			init := args[1]
			if b, ok := init.(*runtime.Bytes); ok {
				if len(b.B)%arrayItemSize(a.code) != 0 {
					return nil, runtime.Errorf(t, runtime.ValueErrorType, "bytes length not a multiple of item size")
				}
				a.setItems(t, arrayFromBytes(a.code, b.B))
			} else if _, isStr := init.(*runtime.Str); isStr && a.code != 'u' {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.code)
			} else if err := a.extendFrom(t, init); err != nil {
				return nil, err
			}
		}
		return a, nil
	}
	typ.Repr = arrayRepr
	typ.Dealloc = func(t *runtime.Thread, o runtime.Object) { o.(*Array).setItems(t, nil) }
	typ.Len = func(t *runtime.Thread, o runtime.Object) (int, error) {
		a := o.(*Array)
		t.Lock(&a.mu)
		defer t.Unlock(&a.mu)
		return len(a.items), nil
	}
	typ.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		t.Incref(o)
		return &arrayIter{a: o.(*Array)}, nil
	}
	arrayIterType.Iter = selfIter
	arrayIterType.Next = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		it := o.(*arrayIter)
		a := it.a
		if a == nil {
			return nil, nil
		}
		t.Lock(&a.mu)
		if it.i < len(a.items) {
			v := a.items[it.i]
			it.i++
			t.Unlock(&a.mu)
			return v, nil
		}
		t.Unlock(&a.mu)
		it.a = nil
		t.Decref(a)
		return nil, nil
	}
	arrayIterType.Dealloc = func(t *runtime.Thread, o runtime.Object) {
		it := o.(*arrayIter)
		if a := it.a; a != nil {
			it.a = nil
			t.Decref(a)
		}
	}
	typ.Compare = func(t *runtime.Thread, x, y runtime.Object, op runtime.CompareOp) (runtime.Object, error) {
		a, ok1 := x.(*Array)
		b, ok2 := y.(*Array)
		if !ok1 || !ok2 {
			return runtime.NotImplemented, nil
		}
		return compareSeq(t, a.snapshot(t), b.snapshot(t), op)
	}
	typ.Contains = func(t *runtime.Thread, o, v runtime.Object) (bool, error) {
		i, err := arrayFind(t, o.(*Array), v)
		return i >= 0, err
	}
	typ.GetItem = func(t *runtime.Thread, o, key runtime.Object) (runtime.Object, error) {
		a := o.(*Array)
		if s, ok := key.(*runtime.Slice); ok {
			items := a.snapshot(t)
			start, _, step, n, err := s.Indices(t, len(items))
			if err != nil {
				return nil, err
			}
			out := make([]runtime.Object, n)
			for i := 0; i < n; i++ {
				out[i] = items[start+i*step]
			}
			return newArray(t, a.code, out), nil
		}
		i, err := runtime.IndexInt(t, key)
		if err != nil {
			if !isInt(key) && key.Type().Index == nil {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "array indices must be integers")
			}
			return nil, err
		}
		t.Lock(&a.mu)
		defer t.Unlock(&a.mu)
		if i < 0 {
			i += len(a.items)
		}
		if i < 0 || i >= len(a.items) {
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "array index out of range")
		}
		return a.items[i], nil
	}
	typ.SetItem = func(t *runtime.Thread, o, key, v runtime.Object) error {
		a := o.(*Array)
		if s, ok := key.(*runtime.Slice); ok {
			items := a.snapshot(t)
			start, stop, step, n, err := s.Indices(t, len(items))
			if err != nil {
				return err
			}
			if v == nil {
				var out []runtime.Object
				del := map[int]bool{}
				for i := 0; i < n; i++ {
					del[start+i*step] = true
				}
				for i, x := range items {
					if !del[i] {
						out = append(out, x)
					}
				}
				a.setItems(t, out)
				return nil
			}
			b, ok := v.(*Array)
			if !ok {
				return runtime.Errorf(t, runtime.TypeErrorType, "can only assign array (not \"%s\") to array slice", runtime.TypeName(v))
			}
			if b.code != a.code {
				return runtime.Errorf(t, runtime.TypeErrorType, "bad argument type for built-in operation")
			}
			src := b.snapshot(t)
			if step == 1 {
				if stop < start {
					stop = start
				}
				out := append(append(append([]runtime.Object(nil), items[:start]...), src...), items[stop:]...)
				a.setItems(t, out)
				return nil
			}
			if len(src) != n {
				return runtime.Errorf(t, runtime.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(src), n)
			}
			out := append([]runtime.Object(nil), items...)
			for i := 0; i < n; i++ {
				out[start+i*step] = src[i]
			}
			a.setItems(t, out)
			return nil
		}
		i, err := runtime.IndexInt(t, key)
		if err != nil {
			return err
		}
		if v != nil {
			if v, err = arrayCheck(t, a.code, v); err != nil {
				return err
			}
		}
		t.Incref(v)
		t.Lock(&a.mu)
		if i < 0 {
			i += len(a.items)
		}
		if i < 0 || i >= len(a.items) {
			t.Unlock(&a.mu)
			t.Decref(v)
			if v == nil {
				return runtime.Errorf(t, runtime.IndexErrorType, "array assignment index out of range")
			}
			return runtime.Errorf(t, runtime.IndexErrorType, "array assignment index out of range")
		}
		old := a.items[i]
		if v == nil {
			a.items = append(a.items[:i], a.items[i+1:]...)
		} else {
			a.items[i] = v
		}
		t.Unlock(&a.mu)
		t.Decref(old)
		return nil
	}
	typ.Number[runtime.OpAdd] = func(t *runtime.Thread, x, y runtime.Object) (runtime.Object, error) {
		a, ok1 := x.(*Array)
		b, ok2 := y.(*Array)
		if !ok1 {
			return runtime.NotImplemented, nil
		}
		if !ok2 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "can only append array (not \"%s\") to array", runtime.TypeName(y))
		}
		if a.code != b.code {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "bad argument type for built-in operation")
		}
		return newArray(t, a.code, append(a.snapshot(t), b.snapshot(t)...)), nil
	}
	typ.Number[runtime.OpMul] = func(t *runtime.Thread, x, y runtime.Object) (runtime.Object, error) {
		a, ok := x.(*Array)
		if !ok {
			a, ok = y.(*Array)
			y = x
		}
		if !isInt(y) {
			return runtime.NotImplemented, nil
		}
		n, err := runtime.IndexInt(t, y)
		if err != nil {
			return nil, err
		}
		items := a.snapshot(t)
		var out []runtime.Object
		for i := 0; i < n; i++ {
			out = append(out, items...)
		}
		return newArray(t, a.code, out), nil
	}
	typ.Inplace[runtime.OpAdd] = func(t *runtime.Thread, x, y runtime.Object) (runtime.Object, error) {
		b, ok := y.(*Array)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "can only extend array with array (not \"%s\")", runtime.TypeName(y))
		}
		if err := x.(*Array).extendFrom(t, b); err != nil {
			return nil, err
		}
		return x, nil
	}
	typ.AddGetSet("typecode", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.NewStr(string(o.(*Array).code)), nil
	}, nil)
	typ.AddGetSet("itemsize", func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return runtime.Int(arrayItemSize(o.(*Array).code)), nil
	}, nil)
	m := func(name string, min, max int, fn func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error)) {
		typ.AddMethod(name, runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, name, args, kw, min, max); err != nil {
				return nil, err
			}
			return fn(t, self.(*Array), args)
		})
	}
	m("append", 1, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		v, err := arrayCheck(t, a.code, args[0])
		if err != nil {
			return nil, err
		}
		a.appendItems(t, []runtime.Object{v})
		return runtime.None, nil
	})
	m("extend", 1, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		return runtime.None, a.extendFrom(t, args[0])
	})
	m("fromlist", 1, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		l, ok := args[0].(*runtime.List)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "arg must be list")
		}
		return runtime.None, a.extendFrom(t, l)
	})
	m("insert", 2, 2, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		i, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		v, err := arrayCheck(t, a.code, args[1])
		if err != nil {
			return nil, err
		}
		t.Incref(v)
		t.Lock(&a.mu)
		n := len(a.items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		a.items = append(a.items, nil)
		copy(a.items[i+1:], a.items[i:])
		a.items[i] = v
		t.Unlock(&a.mu)
		return runtime.None, nil
	})
	m("pop", 0, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		i := -1
		if len(args) == 1 {
			var err error
			if i, err = runtime.IndexInt(t, args[0]); err != nil {
				return nil, err
			}
		}
		t.Lock(&a.mu)
		n := len(a.items)
		if n == 0 {
			t.Unlock(&a.mu)
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			t.Unlock(&a.mu)
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "pop index out of range")
		}
		v := a.items[i]
		a.items = append(a.items[:i], a.items[i+1:]...)
		t.Unlock(&a.mu)
		t.Decref(v)
		return v, nil
	})
	m("remove", 1, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		i, err := arrayFind(t, a, args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "array.remove(x): x not in array")
		}
		return runtime.None, typ.SetItem(t, a, runtime.Int(i), nil)
	})
	m("index", 1, 3, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		items := a.snapshot(t)
		start, stop := 0, len(items)
		norm := func(o runtime.Object) (int, error) {
			i, err := runtime.IndexInt(t, o)
			if err != nil {
				return 0, err
			}
			if i < 0 {
				i += len(items)
				if i < 0 {
					i = 0
				}
			}
			if i > len(items) {
				i = len(items)
			}
			return i, nil
		}
		var err error
		if len(args) > 1 {
			if start, err = norm(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if stop, err = norm(args[2]); err != nil {
				return nil, err
			}
		}
		for i := start; i < stop; i++ {
			eq, err := runtime.Equal(t, items[i], args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return runtime.Int(i), nil
			}
		}
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "array.index(x): x not in array")
	})
	m("count", 1, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		n := 0
		for _, v := range a.snapshot(t) {
			eq, err := runtime.Equal(t, v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return runtime.Int(n), nil
	})
	m("reverse", 0, 0, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		t.Lock(&a.mu)
		for i, j := 0, len(a.items)-1; i < j; i, j = i+1, j-1 {
			a.items[i], a.items[j] = a.items[j], a.items[i]
		}
		t.Unlock(&a.mu)
		return runtime.None, nil
	})
	m("tolist", 0, 0, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		return runtime.NewList(t, a.snapshot(t)), nil
	})
	m("tobytes", 0, 0, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		return runtime.NewBytes(a.toBytes(t)), nil
	})
	m("frombytes", 1, 1, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		b, err := bufferData(t, args[0])
		if err != nil {
			return nil, err
		}
		if len(b)%arrayItemSize(a.code) != 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "bytes length not a multiple of item size")
		}
		a.appendItems(t, arrayFromBytes(a.code, b))
		return runtime.None, nil
	})
	m("tounicode", 0, 0, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		if a.code != 'u' && a.code != 'w' {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "tounicode() may only be called on unicode type arrays ('u' or 'w')")
		}
		var sb strings.Builder
		for _, v := range a.snapshot(t) {
			sb.WriteString(v.(*runtime.Str).String())
		}
		return runtime.NewStr(sb.String()), nil
	})
	m("buffer_info", 0, 0, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		return runtime.NewTuple(t, []runtime.Object{runtime.Int(int64(runtime.ObjectAddr(a))), runtime.Int(len(a.snapshot(t)))}), nil
	})
	m("__copy__", 0, 0, func(t *runtime.Thread, a *Array, args []runtime.Object) (runtime.Object, error) {
		return newArray(t, a.code, a.snapshot(t)), nil
	})
}

func newArrayModule(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "array")
	m.Dict.SetStr(t, runtime.Intern("array"), ArrayType)
	m.Dict.SetStr(t, runtime.Intern("ArrayType"), ArrayType)
	m.Dict.SetStr(t, runtime.Intern("typecodes"), runtime.NewStr(arrayTypecodes))
	return m, nil
}
