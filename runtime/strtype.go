package runtime

import (
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// This file holds the slots of str (repr, hash, comparison, indexing,
// iteration, concatenation, repetition, the constructor) and the helpers the
// str methods share.

// strMaxAlloc bounds the size of a string or bytes result built by repetition
// or padding: larger requests raise MemoryError instead of exhausting memory.
const strMaxAlloc = 1 << 31

// strChars holds the interned 1-character strings for U+0000..U+00FF.
var strChars [256]*Str

func init() {
	for i := range strChars {
		strChars[i] = Intern(string(rune(i)))
	}
}

// strFromRune returns the 1-character str for r (cached for Latin-1).
func strFromRune(r rune) *Str {
	if r >= 0 && r < 256 {
		return strChars[r]
	}
	return &Str{s: string(r), n: 1}
}

// strMake returns a new str whose length and ASCII-ness are already known.
func strMake(s string, n int, ascii bool) *Str {
	if n <= 1 {
		if n == 0 {
			return emptyStr
		}
		if ascii {
			return strChars[s[0]]
		}
	}
	return &Str{s: s, n: n, ascii: ascii}
}

// strFromRunes returns a new str holding rs.
func strFromRunes(rs []rune) *Str {
	if len(rs) == 1 {
		return strFromRune(rs[0])
	}
	return NewStr(string(rs))
}

// strNewString is NewStr with the 0- and 1-character cache.
func strNewString(s string) *Str {
	if len(s) == 0 {
		return emptyStr
	}
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		return strChars[s[0]]
	}
	return NewStr(s)
}

// strByteOffset converts a code point index (0 <= i <= s.n) to a byte offset.
func strByteOffset(s *Str, i int) int {
	if s.ascii {
		return i
	}
	if i >= s.n {
		return len(s.s)
	}
	off := 0
	for k := 0; k < i; k++ {
		_, size := utf8.DecodeRuneInString(s.s[off:])
		off += size
	}
	return off
}

// strCPIndex converts a byte offset of s to a code point index.
func strCPIndex(s *Str, off int) int {
	if s.ascii {
		return off
	}
	return utf8.RuneCountInString(s.s[:off])
}

// strSubstr returns s[i:j] for code point indexes 0 <= i <= j <= s.n.
func strSubstr(s *Str, i, j int) *Str {
	if i == 0 && j == s.n {
		return s
	}
	if s.ascii {
		return strMake(s.s[i:j], j-i, true)
	}
	if i > 64 || s.runes.Load() != nil {
		// Random access into a long non-ASCII string: use the cached code points.
		return strMake2(string(s.Runes()[i:j]), j-i)
	}
	a := strByteOffset(s, i)
	b := a
	for k := i; k < j; k++ {
		_, size := utf8.DecodeRuneInString(s.s[b:])
		b += size
	}
	return strMake2(s.s[a:b], j-i)
}

// strMake2 returns a str of known length n, computing ASCII-ness.
func strMake2(s string, n int) *Str {
	return strMake(s, n, len(s) == n)
}

// strAdjustIndices clamps start/end like a slice of a sequence of length n.
func strAdjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// strSliceIndex converts an optional start/end argument (None or an index).
func strSliceIndex(t *Thread, o Object, def int) (int, error) {
	if o == nil || o == None {
		return def, nil
	}
	switch v := o.(type) {
	case Int:
		return strClampInt(int64(v)), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		if v.V.Sign() < 0 {
			return math.MinInt64 / 2, nil
		}
		return math.MaxInt64 / 2, nil
	}
	if o.Type().Index == nil {
		return 0, Errorf(t, TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	r, err := o.Type().Index(t, o)
	if err != nil {
		return 0, err
	}
	return strSliceIndex(t, r, def)
}

func strClampInt(v int64) int {
	const lim = math.MaxInt64 / 2
	if v > lim {
		return lim
	}
	if v < -lim {
		return -lim
	}
	return int(v)
}

// strAs returns the str value of o: a str, or an instance of a str subclass
// carrying one.
func strAs(o Object) (*Str, bool) {
	switch v := o.(type) {
	case *Str:
		return v, true
	case BaseValuer:
		s, ok := v.BaseValue().(*Str)
		return s, ok
	}
	return nil, false
}

// strSelf returns the str value of the self of a str method or slot.
func strSelf(o Object) *Str {
	if s, ok := strAs(o); ok {
		return s
	}
	return emptyStr
}

// strArg returns o as a *Str or a TypeError "must be str, not X".
func strArg(t *Thread, o Object) (*Str, error) {
	if s, ok := strAs(o); ok {
		return s, nil
	}
	return nil, Errorf(t, TypeErrorType, "must be str, not %s", TypeName(o))
}

func strRepr(t *Thread, o Object) (Object, error) {
	return NewStr(QuoteStr(strSelf(o).s)), nil
}

func strStr(t *Thread, o Object) (Object, error) { return strSelf(o), nil }

func strHash(t *Thread, o Object) (int64, error) { return strSelf(o).Hash(), nil }

func strCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := strAs(a)
	y, ok2 := strAs(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	// UTF-8 byte order is code point order.
	switch op {
	case OpEq:
		return NewBool(x == y || x.s == y.s), nil
	case OpNe:
		return NewBool(x != y && x.s != y.s), nil
	case OpLt:
		return NewBool(x.s < y.s), nil
	case OpLe:
		return NewBool(x.s <= y.s), nil
	case OpGt:
		return NewBool(x.s > y.s), nil
	case OpGe:
		return NewBool(x.s >= y.s), nil
	}
	return NotImplemented, nil
}

func strLen(t *Thread, o Object) (int, error) { return strSelf(o).n, nil }

func strContains(t *Thread, c, v Object) (bool, error) {
	sub, ok := strAs(v)
	if !ok {
		return false, Errorf(t, TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(v))
	}
	s := strSelf(c).s
	if len(sub.s) == 1 {
		return strings.IndexByte(s, sub.s[0]) >= 0, nil
	}
	return strings.Contains(s, sub.s), nil
}

// StrIndex returns s[i] for a (possibly negative) code point index.
func strIndex(t *Thread, s *Str, i int) (Object, error) {
	if i < 0 {
		i += s.n
	}
	if i < 0 || i >= s.n {
		return nil, Errorf(t, IndexErrorType, "string index out of range")
	}
	if s.ascii {
		return strChars[s.s[i]], nil
	}
	return strFromRune(s.Runes()[i]), nil
}

func strGetItem(t *Thread, o, key Object) (Object, error) {
	s := strSelf(o)
	switch k := key.(type) {
	case Int:
		i := int(k)
		if i < 0 {
			i += s.n
		}
		if uint(i) < uint(s.n) && s.ascii {
			return strChars[s.s[i]], nil
		}
		return strIndex(t, s, int(k))
	case sliceIndexer:
		start, _, step, n, err := k.Indices(t, s.n)
		if err != nil {
			return nil, err
		}
		return strSlice(s, start, step, n), nil
	}
	if key.Type().Index != nil {
		i, err := IndexInt(t, key)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
				return nil, Errorf(t, IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeName(key))
			}
			return nil, err
		}
		return strIndex(t, s, i)
	}
	if _, ok := key.(*BigInt); ok {
		return nil, Errorf(t, IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return nil, Errorf(t, TypeErrorType, "string indices must be integers, not '%s'", TypeName(key))
}

// sliceIndexer is implemented by *Slice (slice.go).
type sliceIndexer interface {
	Object
	Indices(t *Thread, length int) (start, stop, step, slicelength int, err error)
}

// strSlice returns the n characters of s starting at start, stepping by step.
func strSlice(s *Str, start, step, n int) *Str {
	if n <= 0 {
		return emptyStr
	}
	if step == 1 {
		return strSubstr(s, start, start+n)
	}
	if s.ascii {
		b := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b[k] = s.s[i]
		}
		return strMake(string(b), n, true)
	}
	rs := s.Runes()
	out := make([]rune, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = rs[i]
	}
	return strFromRunes(out)
}

// StrIter iterates over the characters of a str.
type strIter struct {
	Header
	s   *Str
	off int // byte offset of the next character
}

// StrIterType and StrASCIIIterType are the str iterator types.
var (
	StrIterType      = NewBuiltinType("str_iterator", "builtins", nil, 0)
	StrASCIIIterType = NewBuiltinType("str_ascii_iterator", "builtins", nil, 0)
)

func (it *strIter) Type() *Type {
	if it.s != nil && it.s.ascii {
		return StrASCIIIterType
	}
	return StrIterType
}

func strIterNew(t *Thread, o Object) (Object, error) {
	s := strSelf(o)
	t.Incref(s)
	return &strIter{s: s}, nil
}

func strIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*strIter)
	s := it.s
	if s == nil || it.off >= len(s.s) {
		return nil, nil
	}
	c := s.s[it.off]
	if c < utf8.RuneSelf {
		it.off++
		return strChars[c], nil
	}
	r, size := utf8.DecodeRuneInString(s.s[it.off:])
	it.off += size
	return strFromRune(r), nil
}

func strIterLengthHint(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	it := self.(*strIter)
	if it.s == nil {
		return Int(0), nil
	}
	if it.s.ascii {
		return Int(len(it.s.s) - it.off), nil
	}
	return Int(utf8.RuneCountInString(it.s.s[it.off:])), nil
}

func strIterDealloc(t *Thread, o Object) {
	it := o.(*strIter)
	// The string is kept (not cleared) so the iterator type stays stable.
	t.Decref(it.s)
}

// StrConcat returns a + b.
func StrConcat(a, b *Str) *Str {
	if len(a.s) == 0 {
		return b
	}
	if len(b.s) == 0 {
		return a
	}
	st, buf := newStrBuf(len(a.s) + len(b.s))
	copy(buf[copy(buf, a.s):], b.s)
	st.setBuf(buf, a.n+b.n, a.ascii && b.ascii)
	return st
}

// Short strs hold their bytes in their own allocation (Str is 56 bytes, so
// 8 bytes of text come free in Go's 64-byte size class and 24 in the 80-byte
// one): one allocation per new short string instead of two.
type (
	strInline8 struct {
		s Str
		b [8]byte
	}
	strInline24 struct {
		s Str
		b [24]byte
	}
)

// newStrBuf returns a new str and the buffer of size bytes where its text
// is to be written before setBuf.
func newStrBuf(size int) (*Str, []byte) {
	switch {
	case size <= 8:
		a := new(strInline8)
		return &a.s, a.b[:size]
	case size <= 24:
		a := new(strInline24)
		return &a.s, a.b[:size]
	}
	return new(Str), make([]byte, size)
}

// setBuf makes buf (from newStrBuf, filled) the text of st, a new str of n
// code points.
func (st *Str) setBuf(buf []byte, n int, ascii bool) {
	st.s = unsafe.String(unsafe.SliceData(buf), len(buf))
	st.n, st.ascii = n, ascii
}

func strAdd(t *Thread, a, b Object) (Object, error) {
	x, ok := strAs(a)
	if !ok {
		return NotImplemented, nil
	}
	if y, ok := strAs(b); ok {
		return StrConcat(x, y), nil
	}
	// CPython tries the right operand's nb_add before str's sq_concat.
	if f := b.Type().Number[OpAdd]; f != nil {
		r, err := f(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(t, TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeName(b))
}

// strRepeatCount extracts the count of a sequence repetition; ok is false
// when n is not an integer (the caller reports the error).
func strRepeatCount(t *Thread, n Object) (int64, bool, error) {
	switch v := n.(type) {
	case Int:
		return int64(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		return 0, true, Errorf(t, OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n.Type().Index != nil {
		r, err := n.Type().Index(t, n)
		if err != nil {
			return 0, true, err
		}
		return strRepeatCount(t, r)
	}
	return 0, false, nil
}

// strCheckRepeat validates a repetition of an item of size elems by count,
// returning the total size or an OverflowError/MemoryError.
func strCheckRepeat(t *Thread, size int, count int64, what string) (int, error) {
	if count <= 0 || size == 0 {
		return 0, nil
	}
	if count > math.MaxInt64/int64(size) {
		if what == "bytes" {
			return 0, Errorf(t, OverflowErrorType, "repeated bytes are too long")
		}
		return 0, Errorf(t, OverflowErrorType, "repeated %s is too long", what)
	}
	total := int64(size) * count
	if total > strMaxAlloc {
		return 0, NewException(t, MemoryErrorType)
	}
	if err := t.CheckAlloc(total); err != nil {
		return 0, err
	}
	return int(total), nil
}

func strMul(t *Thread, a, b Object) (Object, error) {
	s, ok := strAs(a)
	n := b
	if !ok {
		s, ok = strAs(b)
		if !ok {
			return NotImplemented, nil
		}
		n = a
	} else if _, isInt := b.(Int); !isInt {
		if f := b.Type().Number[OpMul]; f != nil && b.Type() != StrType {
			r, err := f(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	count, isInt, err := strRepeatCount(t, n)
	if err != nil {
		return nil, err
	}
	if !isInt {
		return nil, Errorf(t, TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(n))
	}
	return StrRepeat(t, s, count)
}

// StrRepeat returns s * count.
func StrRepeat(t *Thread, s *Str, count int64) (*Str, error) {
	if count == 1 {
		return s, nil
	}
	total, err := strCheckRepeat(t, len(s.s), count, "string")
	if err != nil {
		return nil, err
	}
	if total == 0 {
		return emptyStr, nil
	}
	return &Str{s: strings.Repeat(s.s, int(count)), n: s.n * int(count), ascii: s.ascii}, nil
}

func strMod(t *Thread, a, b Object) (Object, error) {
	s, ok := strAs(a)
	if !ok {
		return NotImplemented, nil
	}
	r, err := PercentFormat(t, s.s, b)
	if err != nil {
		return nil, err
	}
	return strNewString(r), nil
}

// strNewObj implements str(object=”), str(object=b”, encoding='utf-8', errors='strict').
func strNewObj(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	var obj, enc, errs Object
	if len(args) == 1 && len(kw) == 0 {
		obj = args[0]
	} else if err := UnpackArgs(t, "str", args, kw, "object?", &obj, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if typ != StrType {
		v, err := strNewObj(t, StrType, args, kw)
		if err != nil {
			return nil, err
		}
		if NewIntSubclassHook == nil {
			return nil, Errorf(t, TypeErrorType, "cannot create '%s' instances", typ.Name)
		}
		return NewIntSubclassHook(t, typ, v)
	}
	if enc == nil && errs == nil {
		if obj == nil {
			return emptyStr, nil
		}
		return ToStr(t, obj)
	}
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		e, ok := strAs(enc)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "str() argument 'encoding' must be str, not %s", TypeName(enc))
		}
		encoding = e.s
	}
	if errs != nil {
		e, ok := strAs(errs)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "str() argument 'errors' must be str, not %s", TypeName(errs))
		}
		errors = e.s
	}
	if obj == nil {
		return emptyStr, nil
	}
	var data []byte
	switch v := obj.(type) {
	case *Bytes:
		data = v.B
	case *ByteArray:
		data = v.snapshot(t)
	case *Str:
		return nil, Errorf(t, TypeErrorType, "decoding str is not supported")
	default:
		return nil, Errorf(t, TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(obj))
	}
	return DecodeBytes(t, data, encoding, errors)
}

func strGetNewArgs(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "__getnewargs__", args, kw, 0, 0); err != nil {
		return nil, err
	}
	s := strSelf(self)
	return NewTuple(t, []Object{strMake(s.s, s.n, s.ascii)}), nil
}

func strSizeOf(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	if s.ascii {
		return Int(41 + len(s.s)), nil
	}
	return Int(74 + 4*s.n), nil
}

// AsciiRepr returns ascii(o): repr(o) with non-ASCII characters escaped.
func AsciiRepr(t *Thread, o Object) (*Str, error) {
	r, err := Repr(t, o)
	if err != nil {
		return nil, err
	}
	if r.ascii {
		return r, nil
	}
	e := strASCIIEscape(r.s)
	return strMake(e, len(e), true), nil
}

// strASCIIEscape escapes the non-ASCII characters of s as \x, \u or \U.
func strASCIIEscape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	const hexd = "0123456789abcdef"
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case r < 0x100:
			b.WriteString(`\x`)
			b.WriteByte(hexd[r>>4])
			b.WriteByte(hexd[r&15])
		case r < 0x10000:
			b.WriteString(`\u`)
			for sh := 12; sh >= 0; sh -= 4 {
				b.WriteByte(hexd[(r>>uint(sh))&15])
			}
		default:
			b.WriteString(`\U`)
			for sh := 28; sh >= 0; sh -= 4 {
				b.WriteByte(hexd[(r>>uint(sh))&15])
			}
		}
	}
	return b.String()
}

func init() {
	StrType.Repr = strRepr
	StrType.Str = strStr
	StrType.Hash = strHash
	StrType.Compare = strCompare
	StrType.Len = strLen
	StrType.Contains = strContains
	StrType.GetItem = strGetItem
	StrType.Iter = strIterNew
	StrType.Number[OpAdd] = strAdd
	StrType.Number[OpMul] = strMul
	StrType.Number[OpMod] = strMod
	StrType.New = strNewObj
	StrType.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"
	StrType.AddMethod("__getnewargs__", InstanceMethod, strGetNewArgs)
	StrType.AddMethod("__sizeof__", InstanceMethod, strSizeOf)

	for _, typ := range []*Type{StrIterType, StrASCIIIterType} {
		typ.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
		typ.Next = strIterNext
		typ.Dealloc = strIterDealloc
		typ.AddMethod("__length_hint__", InstanceMethod, strIterLengthHint)
	}
}
