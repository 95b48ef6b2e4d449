package runtime

import (
	"sync"
)

// ByteArray is a Python bytearray. Mu guards B in free-threaded mode.
type ByteArray struct {
	Header
	Mu sync.Mutex
	B  []byte
}

// Type returns bytearray.
func (*ByteArray) Type() *Type { return ByteArrayType }

// NewByteArray returns a bytearray holding b (b becomes its storage).
func NewByteArray(b []byte) *ByteArray { return &ByteArray{B: b} }

// snapshot returns the contents for reading by Go code that runs no Python
// code before it is done with them: the storage itself under the GIL, a copy
// when free-threaded. Never modify or keep the result.
func (ba *ByteArray) snapshot(t *Thread) []byte {
	if !t.atomicRC {
		return ba.B
	}
	t.Lock(&ba.Mu)
	b := append([]byte(nil), ba.B...)
	t.Unlock(&ba.Mu)
	return b
}

// Bytes returns a copy of the contents.
func (ba *ByteArray) Bytes(t *Thread) []byte {
	t.Lock(&ba.Mu)
	b := append([]byte(nil), ba.B...)
	t.Unlock(&ba.Mu)
	return b
}

func byteArrayRepr(t *Thread, o Object) (Object, error) {
	ba := byteArraySelf(o)
	return NewStr(o.Type().Name + "(" + BytesReprString(ba.snapshot(t)) + ")"), nil
}

func byteArrayLen(t *Thread, o Object) (int, error) {
	ba := byteArraySelf(o)
	t.Lock(&ba.Mu)
	n := len(ba.B)
	t.Unlock(&ba.Mu)
	return n, nil
}

func byteArrayContains(t *Thread, c, v Object) (bool, error) {
	ba := byteArraySelf(c)
	if _, ok := BytesData(t, v); !ok {
		// Convert the int first: __index__ may run Python code.
		b, err := bytesByteValue(t, v)
		if err != nil {
			return false, err
		}
		v = Int(b)
	}
	return bytesContainsData(t, ba.snapshot(t), v)
}

// byteArraySliceIndices computes a slice's indices against the current
// length, returning with ba.Mu held.
func byteArraySliceIndices(t *Thread, ba *ByteArray, sl sliceIndexer) (start, stop, step, n int, err error) {
	for {
		t.Lock(&ba.Mu)
		length := len(ba.B)
		t.Unlock(&ba.Mu)
		start, stop, step, n, err = sl.Indices(t, length)
		if err != nil {
			return
		}
		t.Lock(&ba.Mu)
		if len(ba.B) == length {
			return
		}
		t.Unlock(&ba.Mu)
	}
}

func byteArrayGetItem(t *Thread, o, key Object) (Object, error) {
	ba := byteArraySelf(o)
	if sl, ok := key.(sliceIndexer); ok {
		start, _, step, n, err := byteArraySliceIndices(t, ba, sl)
		if err != nil {
			return nil, err
		}
		var out []byte
		if step == 1 {
			out = append([]byte(nil), ba.B[start:start+n]...)
		} else {
			out = bytesSliceData(ba.B, start, step, n)
		}
		t.Unlock(&ba.Mu)
		return NewByteArray(out), nil
	}
	var i int
	if k, ok := key.(Int); ok {
		i = int(k)
	} else {
		var err error
		if i, err = bytesIndexKey(t, key, "bytearray"); err != nil {
			return nil, err
		}
	}
	t.Lock(&ba.Mu)
	if i < 0 {
		i += len(ba.B)
	}
	if i < 0 || i >= len(ba.B) {
		t.Unlock(&ba.Mu)
		return nil, Errorf(t, IndexErrorType, "bytearray index out of range")
	}
	c := ba.B[i]
	t.Unlock(&ba.Mu)
	return Int(c), nil
}

// byteArrayAssignData converts the value of a slice assignment.
func byteArrayAssignData(t *Thread, v Object) ([]byte, error) {
	switch x := v.(type) {
	case *Bytes:
		return x.B, nil
	case *ByteArray:
		return x.Bytes(t), nil
	case Int, Bool, *BigInt, *Str:
		return nil, Errorf(t, TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	if v.Type().Iter == nil && v.Type().GetItem == nil {
		return nil, Errorf(t, TypeErrorType, "cannot convert '%s' object to bytearray", TypeName(v))
	}
	return bytesFromObject(t, v, "bytearray")
}

func byteArraySetItem(t *Thread, o, key, v Object) error {
	ba := byteArraySelf(o)
	if sl, ok := key.(sliceIndexer); ok {
		var data []byte
		if v != nil {
			var err error
			if data, err = byteArrayAssignData(t, v); err != nil {
				return err
			}
		}
		start, stop, step, n, err := byteArraySliceIndices(t, ba, sl)
		if err != nil {
			return err
		}
		defer t.Unlock(&ba.Mu)
		if step == 1 {
			if stop < start {
				stop = start
			}
			stop = start + n
			nb := make([]byte, 0, len(ba.B)-n+len(data))
			nb = append(nb, ba.B[:start]...)
			nb = append(nb, data...)
			nb = append(nb, ba.B[stop:]...)
			ba.B = nb
			return nil
		}
		if v == nil {
			if n <= 0 {
				return nil
			}
			del := make([]bool, len(ba.B))
			for k, i := 0, start; k < n; k, i = k+1, i+step {
				del[i] = true
			}
			out := ba.B[:0]
			for i, c := range ba.B {
				if !del[i] {
					out = append(out, c)
				}
			}
			ba.B = out
			return nil
		}
		if len(data) != n {
			return Errorf(t, ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(data), n)
		}
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			ba.B[i] = data[k]
		}
		return nil
	}
	var i int
	if k, ok := key.(Int); ok {
		i = int(k)
	} else {
		var err error
		if i, err = bytesIndexKey(t, key, "bytearray"); err != nil {
			return err
		}
	}
	var c byte
	if v != nil {
		n, err := IndexInt(t, v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
				return Errorf(t, ValueErrorType, "byte must be in range(0, 256)")
			}
			return err
		}
		if n < 0 || n > 255 {
			return Errorf(t, ValueErrorType, "byte must be in range(0, 256)")
		}
		c = byte(n)
	}
	t.Lock(&ba.Mu)
	defer t.Unlock(&ba.Mu)
	if i < 0 {
		i += len(ba.B)
	}
	if i < 0 || i >= len(ba.B) {
		if v == nil {
			return Errorf(t, IndexErrorType, "bytearray index out of range")
		}
		return Errorf(t, IndexErrorType, "bytearray index out of range")
	}
	if v == nil {
		ba.B = append(ba.B[:i], ba.B[i+1:]...)
		return nil
	}
	ba.B[i] = c
	return nil
}

func byteArrayAdd(t *Thread, a, b Object) (Object, error) {
	x, ok := a.(*ByteArray)
	if !ok {
		return NotImplemented, nil
	}
	y, ok := BytesData(t, b)
	if !ok {
		if f := b.Type().Number[OpAdd]; f != nil && b.Type() != ByteArrayType {
			r, err := f(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		return nil, Errorf(t, TypeErrorType, "can't concat %s to bytearray", TypeName(b))
	}
	xb := x.snapshot(t)
	out := make([]byte, len(xb)+len(y))
	copy(out, xb)
	copy(out[len(xb):], y)
	return NewByteArray(out), nil
}

func byteArrayIAdd(t *Thread, a, b Object) (Object, error) {
	x := byteArraySelf(a)
	y, ok := BytesData(t, b)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "can't concat %s to bytearray", TypeName(b))
	}
	if b == a {
		y = x.Bytes(t)
	}
	t.Lock(&x.Mu)
	x.B = append(x.B, y...)
	t.Unlock(&x.Mu)
	return x, nil
}

func byteArrayMul(t *Thread, a, b Object) (Object, error) {
	if a.Type() != ByteArrayType && b.Type() != ByteArrayType {
		return NotImplemented, nil
	}
	seq, count, err := bytesRepeatArgs(t, a, b, ByteArrayType)
	if err != nil || count == -1<<62 {
		return seq, err
	}
	out, err := bytesRepeatData(t, byteArraySelf(seq).snapshot(t), count)
	if err != nil {
		return nil, byteArrayRepeatError(t, err)
	}
	return NewByteArray(out), nil
}

func byteArrayIMul(t *Thread, a, b Object) (Object, error) {
	x := byteArraySelf(a)
	count, isInt, err := strRepeatCount(t, b)
	if err != nil {
		return nil, err
	}
	if !isInt {
		return nil, Errorf(t, TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(b))
	}
	t.Lock(&x.Mu)
	defer t.Unlock(&x.Mu)
	out, err := bytesRepeatData(t, x.B, count)
	if err != nil {
		return nil, byteArrayRepeatError(t, err)
	}
	x.B = out
	return x, nil
}

func byteArrayMod(t *Thread, a, b Object) (Object, error) {
	x, ok := a.(*ByteArray)
	if !ok {
		return NotImplemented, nil
	}
	r, err := strPercent(t, string(x.Bytes(t)), b, true)
	if err != nil {
		return nil, err
	}
	return NewByteArray([]byte(r)), nil
}

func byteArrayNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if typ != ByteArrayType {
		// bytearray subclasses: the arguments go to __init__ when the class
		// defines one (CPython's bytearray is filled by __init__).
		if _, owner := lookupOwner(typ, dunderInit); owner != nil && owner.Flags&FlagHeapType != 0 {
			return NewValueInstance(t, typ, NewByteArray(nil))
		}
		v, err := byteArrayNew(t, ByteArrayType, args, kw)
		if err != nil {
			return nil, err
		}
		return NewValueInstance(t, typ, v)
	}
	b, err := bytesCtorArgs(t, "bytearray", args, kw)
	if err != nil {
		return nil, err
	}
	return NewByteArray(b), nil
}

// ---- mutating methods ----

func byteArrayAppend(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "append", args, kw, 1, 1); err != nil {
		return nil, err
	}
	c, err := byteArrayItem(t, args[0])
	if err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	t.Lock(&ba.Mu)
	ba.B = append(ba.B, c)
	t.Unlock(&ba.Mu)
	return None, nil
}

// byteArrayItem converts an int argument to a byte.
func byteArrayItem(t *Thread, v Object) (byte, error) {
	if _, ok := v.(Int); !ok && v.Type().Index == nil {
		if _, ok := v.(*BigInt); !ok {
			if _, ok := v.(Bool); !ok {
				return 0, Errorf(t, TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
			}
		}
	}
	n, err := IndexInt(t, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return 0, Errorf(t, ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(t, ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func byteArrayExtend(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "extend", args, kw, 1, 1); err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	var data []byte
	switch v := args[0].(type) {
	case *Bytes:
		data = v.B
	case *ByteArray:
		data = v.Bytes(t)
	case *Str:
		return nil, Errorf(t, TypeErrorType, "expected iterable of integers; got: 'str'")
	default:
		if v.Type().Iter == nil && v.Type().GetItem == nil {
			return nil, Errorf(t, TypeErrorType, "can't extend bytearray with %s", TypeName(v))
		}
		var err error
		if data, err = bytesFromObject(t, v, "bytearray"); err != nil {
			return nil, err
		}
	}
	t.Lock(&ba.Mu)
	ba.B = append(ba.B, data...)
	t.Unlock(&ba.Mu)
	return None, nil
}

func byteArrayPop(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "pop", args, kw, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = IndexInt(t, args[0]); err != nil {
			return nil, err
		}
	}
	ba := byteArraySelf(self)
	t.Lock(&ba.Mu)
	defer t.Unlock(&ba.Mu)
	if len(ba.B) == 0 {
		return nil, Errorf(t, IndexErrorType, "pop from empty bytearray")
	}
	if i < 0 {
		i += len(ba.B)
	}
	if i < 0 || i >= len(ba.B) {
		return nil, Errorf(t, IndexErrorType, "pop index out of range")
	}
	c := ba.B[i]
	ba.B = append(ba.B[:i], ba.B[i+1:]...)
	return Int(c), nil
}

func byteArrayInsert(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "insert", args, kw, 2, 2); err != nil {
		return nil, err
	}
	i, err := IndexInt(t, args[0])
	if err != nil {
		return nil, err
	}
	c, err := byteArrayItem(t, args[1])
	if err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	t.Lock(&ba.Mu)
	n := len(ba.B)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	ba.B = append(ba.B, 0)
	copy(ba.B[i+1:], ba.B[i:n])
	ba.B[i] = c
	t.Unlock(&ba.Mu)
	return None, nil
}

func byteArrayRemove(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "remove", args, kw, 1, 1); err != nil {
		return nil, err
	}
	c, err := byteArrayItem(t, args[0])
	if err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	t.Lock(&ba.Mu)
	defer t.Unlock(&ba.Mu)
	for i, x := range ba.B {
		if x == c {
			ba.B = append(ba.B[:i], ba.B[i+1:]...)
			return None, nil
		}
	}
	return nil, Errorf(t, ValueErrorType, "value not found in bytearray")
}

func byteArrayClear(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "clear", args, kw, 0, 0); err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	t.Lock(&ba.Mu)
	ba.B = nil
	t.Unlock(&ba.Mu)
	return None, nil
}

func byteArrayCopy(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "copy", args, kw, 0, 0); err != nil {
		return nil, err
	}
	return NewByteArray(byteArraySelf(self).Bytes(t)), nil
}

func byteArrayReverse(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "reverse", args, kw, 0, 0); err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	t.Lock(&ba.Mu)
	for i, j := 0, len(ba.B)-1; i < j; i, j = i+1, j-1 {
		ba.B[i], ba.B[j] = ba.B[j], ba.B[i]
	}
	t.Unlock(&ba.Mu)
	return None, nil
}

func init() {
	ByteArrayType.Repr = byteArrayRepr
	ByteArrayType.Str = byteArrayRepr
	ByteArrayType.Compare = bytesCompareData
	ByteArrayType.Len = byteArrayLen
	ByteArrayType.Contains = byteArrayContains
	ByteArrayType.GetItem = byteArrayGetItem
	ByteArrayType.SetItem = byteArraySetItem
	ByteArrayType.Iter = bytesIterNew
	ByteArrayType.Number[OpAdd] = byteArrayAdd
	ByteArrayType.Number[OpMul] = byteArrayMul
	ByteArrayType.Number[OpMod] = byteArrayMod
	ByteArrayType.Inplace[OpAdd] = byteArrayIAdd
	ByteArrayType.Inplace[OpMul] = byteArrayIMul
	ByteArrayType.New = byteArrayNew
	ByteArrayType.AddAttr("__hash__", None)
	ByteArrayType.AddMethod("append", InstanceMethod, byteArrayAppend)
	ByteArrayType.AddMethod("extend", InstanceMethod, byteArrayExtend)
	ByteArrayType.AddMethod("pop", InstanceMethod, byteArrayPop)
	ByteArrayType.AddMethod("insert", InstanceMethod, byteArrayInsert)
	ByteArrayType.AddMethod("remove", InstanceMethod, byteArrayRemove)
	ByteArrayType.AddMethod("clear", InstanceMethod, byteArrayClear)
	ByteArrayType.AddMethod("copy", InstanceMethod, byteArrayCopy)
	ByteArrayType.AddMethod("reverse", InstanceMethod, byteArrayReverse)
}
