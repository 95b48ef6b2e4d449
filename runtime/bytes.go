package runtime

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"math"
	"strings"
	"unicode/utf8"
)

// Bytes is a Python bytes object (immutable: B must not change once the
// object is shared).
type Bytes struct {
	Header
	B []byte
}

// Type returns bytes.
func (*Bytes) Type() *Type { return BytesType }

// NewBytes returns a bytes object holding b (b becomes the object's storage).
func NewBytes(b []byte) *Bytes {
	if len(b) == 0 {
		return emptyBytes
	}
	return &Bytes{B: b}
}

var emptyBytes = &Bytes{B: []byte{}}

// bytesSingle caches the 1-byte bytes objects.
var bytesSingle [256]*Bytes

func init() {
	SetImmortal(emptyBytes)
	for i := range bytesSingle {
		bytesSingle[i] = &Bytes{B: []byte{byte(i)}}
		SetImmortal(bytesSingle[i])
	}
}

// bytesNewCopy returns a bytes object holding a copy of b.
func bytesNewCopy(b []byte) *Bytes {
	switch len(b) {
	case 0:
		return emptyBytes
	case 1:
		return bytesSingle[b[0]]
	}
	return &Bytes{B: append([]byte(nil), b...)}
}

// BytesReprString returns the repr of a bytes value (b'...').
func BytesReprString(b []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.Grow(len(b) + 3)
	sb.WriteByte('b')
	sb.WriteByte(quote)
	const hexd = "0123456789abcdef"
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			sb.WriteString(`\x`)
			sb.WriteByte(hexd[c>>4])
			sb.WriteByte(hexd[c&15])
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// BytesData returns the contents of a bytes-like object (bytes or
// bytearray); ok is false for other objects. A bytearray's contents are
// copied in free-threaded mode; do not modify or keep the result.
func BytesData(t *Thread, o Object) (b []byte, ok bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.B, true
	case *ByteArray:
		return v.snapshot(t), true
	case BaseValuer:
		switch w := v.BaseValue().(type) {
		case *Bytes:
			return w.B, true
		case *ByteArray:
			return w.snapshot(t), true
		}
	}
	return nil, false
}

// bytesSelf returns the bytes value of the self of a bytes slot or method
// (a bytes, or an instance of a subclass carrying one).
func bytesSelf(o Object) *Bytes {
	switch v := o.(type) {
	case *Bytes:
		return v
	case BaseValuer:
		if b, ok := v.BaseValue().(*Bytes); ok {
			return b
		}
	}
	return emptyBytes
}

// byteArraySelf returns the bytearray of the self of a bytearray slot or method.
func byteArraySelf(o Object) *ByteArray {
	switch v := o.(type) {
	case *ByteArray:
		return v
	case BaseValuer:
		if b, ok := v.BaseValue().(*ByteArray); ok {
			return b
		}
	}
	return &ByteArray{}
}

// bytesIsArray reports whether self is a bytearray (or a subclass instance).
func bytesIsArray(self Object) bool {
	switch v := self.(type) {
	case *ByteArray:
		return true
	case BaseValuer:
		_, ok := v.BaseValue().(*ByteArray)
		return ok
	}
	return false
}

// bytesArg returns the contents of a bytes-like argument or a TypeError.
func bytesArg(t *Thread, o Object) ([]byte, error) {
	if b, ok := BytesData(t, o); ok {
		return b, nil
	}
	return nil, Errorf(t, TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(o))
}

// ---- codecs ----

// codecNormalize returns the canonical codec name ("utf-8", "ascii",
// "latin-1") or "" when the encoding is unknown.
func codecNormalize(enc string) string {
	e := strings.ToLower(strings.TrimSpace(enc))
	e = strings.NewReplacer("-", "_", " ", "_").Replace(e)
	switch e {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "csascii", "ibm367", "iso646_us", "iso_ir_6":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1:1987", "csisolatin1", "ibm819":
		return "latin-1"
	case "utf_8_sig", "utf8_sig":
		return "utf-8-sig"
	}
	if c := codecNormalizeCharmap(e); c != "" {
		return c
	}
	return codecNormalizeWide(e)
}

func codecUnknown(t *Thread, enc string) error {
	return Errorf(t, LookupErrorType, "unknown encoding: %s", enc)
}

func codecBadHandler(t *Thread, errors string) error {
	return Errorf(t, LookupErrorType, "unknown error handler name '%s'", errors)
}

// codecDecodeError builds a UnicodeDecodeError(encoding, object, start, end, reason).
func codecDecodeError(t *Thread, codec string, data []byte, start, end int, reason string) error {
	return NewException(t, UnicodeDecodeErrorType, NewStr(codec), bytesNewCopy(data), Int(start), Int(end), NewStr(reason))
}

// codecEncodeError builds a UnicodeEncodeError (positions in code points).
func codecEncodeError(t *Thread, codec string, s *Str, start, end int, reason string) error {
	return NewException(t, UnicodeEncodeErrorType, NewStr(codec), s, Int(start), Int(end), NewStr(reason))
}

// utf8BadSequence returns the end of the maximal invalid subsequence that
// starts at b[i], and CPython's reason for it.
func utf8BadSequence(b []byte, i int) (int, string) {
	c := b[i]
	if c < 0xC2 || c > 0xF4 {
		return i + 1, "invalid start byte"
	}
	need := 3
	if c < 0xE0 {
		need = 1
	} else if c < 0xF0 {
		need = 2
	}
	lo, hi := byte(0x80), byte(0xBF)
	switch c {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	j := i + 1
	if j >= len(b) {
		return len(b), "unexpected end of data"
	}
	if b[j] < lo || b[j] > hi {
		return i + 1, "invalid continuation byte"
	}
	j++
	for k := 1; k < need; k++ {
		if j >= len(b) {
			return len(b), "unexpected end of data"
		}
		if b[j]&0xC0 != 0x80 {
			return j, "invalid continuation byte"
		}
		j++
	}
	return j, "invalid continuation byte"
}

// codecHandleDecode applies an error handler to the bad bytes data[start:end].
func codecHandleDecode(t *Thread, sb *strings.Builder, errors, codec string, data []byte, start, end int, reason string) error {
	switch errors {
	case "strict":
		return codecDecodeError(t, codec, data, start, end, reason)
	case "ignore":
	case "replace":
		sb.WriteRune(utf8.RuneError)
	case "backslashreplace":
		for _, c := range data[start:end] {
			fmt.Fprintf(sb, `\x%02x`, c)
		}
	default:
		return codecBadHandler(t, errors)
	}
	return nil
}

// DecodeBytes decodes data with the named codec (utf-8, ascii, latin-1) and
// error handler (strict, ignore, replace, backslashreplace).
func DecodeBytes(t *Thread, data []byte, encoding, errors string) (*Str, error) {
	codec := codecNormalize(encoding)
	switch codec {
	case "utf-8", "utf-8-sig":
		if codec == "utf-8-sig" && bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
			data = data[3:]
		}
		if utf8.Valid(data) {
			return strNewString(string(data)), nil
		}
		var sb strings.Builder
		sb.Grow(len(data))
		for i := 0; i < len(data); {
			c := data[i]
			if c < utf8.RuneSelf {
				sb.WriteByte(c)
				i++
				continue
			}
			r, size := utf8.DecodeRune(data[i:])
			if r != utf8.RuneError || size > 1 {
				sb.WriteRune(r)
				i += size
				continue
			}
			end, reason := utf8BadSequence(data, i)
			if err := codecHandleDecode(t, &sb, errors, "utf-8", data, i, end, reason); err != nil {
				return nil, err
			}
			i = end
		}
		return strNewString(sb.String()), nil
	case "ascii":
		i := 0
		for i < len(data) && data[i] < utf8.RuneSelf {
			i++
		}
		if i == len(data) {
			return strMake(string(data), len(data), true), nil
		}
		var sb strings.Builder
		sb.Write(data[:i])
		for ; i < len(data); i++ {
			if c := data[i]; c < utf8.RuneSelf {
				sb.WriteByte(c)
			} else if err := codecHandleDecode(t, &sb, errors, "ascii", data, i, i+1, "ordinal not in range(128)"); err != nil {
				return nil, err
			}
		}
		return strNewString(sb.String()), nil
	case "latin-1":
		var sb strings.Builder
		sb.Grow(len(data))
		for _, c := range data {
			sb.WriteRune(rune(c))
		}
		return strMake2(sb.String(), len(data)), nil
	}
	if s, ok, err := decodeCharmap(t, data, codec, errors); ok {
		return s, err
	}
	if s, ok, err := decodeWide(t, data, codec, errors); ok {
		return s, err
	}
	return nil, codecUnknown(t, encoding)
}

// EncodeStr encodes s with the named codec (utf-8, ascii, latin-1) and error
// handler (strict, ignore, replace, backslashreplace, xmlcharrefreplace).
func EncodeStr(t *Thread, s *Str, encoding, errors string) ([]byte, error) {
	codec := codecNormalize(encoding)
	var limit rune
	reason := ""
	switch codec {
	case "utf-8":
		return []byte(s.s), nil
	case "utf-8-sig":
		return append([]byte{0xEF, 0xBB, 0xBF}, s.s...), nil
	case "ascii":
		if s.ascii {
			return []byte(s.s), nil
		}
		limit, reason = 0x80, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0x100, "ordinal not in range(256)"
	default:
		if b, ok, err := encodeCharmap(t, s, codec, errors); ok {
			return b, err
		}
		if b, ok := encodeWide(s, codec); ok {
			return b, nil
		}
		return nil, codecUnknown(t, encoding)
	}
	rs := s.Runes()
	out := make([]byte, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r < limit {
			out = append(out, byte(r))
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] >= limit {
			j++
		}
		switch errors {
		case "strict":
			return nil, codecEncodeError(t, codec, s, i, j, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, r := range rs[i:j] {
				switch {
				case r < 0x100:
					out = fmt.Appendf(out, `\x%02x`, r)
				case r < 0x10000:
					out = fmt.Appendf(out, `\u%04x`, r)
				default:
					out = fmt.Appendf(out, `\U%08x`, r)
				}
			}
		case "xmlcharrefreplace":
			for _, r := range rs[i:j] {
				out = fmt.Appendf(out, "&#%d;", r)
			}
		default:
			return nil, codecBadHandler(t, errors)
		}
		i = j - 1
	}
	return out, nil
}

// ---- slots ----

func bytesRepr(t *Thread, o Object) (Object, error) {
	return NewStr(BytesReprString(bytesSelf(o).B)), nil
}

// bytesStr is str(b): the repr (BytesWarning is not emulated).
func bytesStr(t *Thread, o Object) (Object, error) { return Repr(t, o) }

// HashBytes returns the hash of a bytes value (equal to the hash of the
// same ASCII text as a str).
func HashBytes(b []byte) int64 {
	h := int64(maphash.Bytes(strSeed, b))
	if h == -1 {
		h = -2
	}
	return h
}

func bytesHash(t *Thread, o Object) (int64, error) { return HashBytes(bytesSelf(o).B), nil }

// bytesCompareData compares two byte-likes (used by bytes and bytearray).
func bytesCompareData(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := BytesData(t, a)
	y, ok2 := BytesData(t, b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	c := bytes.Compare(x, y)
	switch op {
	case OpEq:
		return NewBool(c == 0), nil
	case OpNe:
		return NewBool(c != 0), nil
	case OpLt:
		return NewBool(c < 0), nil
	case OpLe:
		return NewBool(c <= 0), nil
	case OpGt:
		return NewBool(c > 0), nil
	}
	return NewBool(c >= 0), nil
}

func bytesLen(t *Thread, o Object) (int, error) { return len(bytesSelf(o).B), nil }

// bytesContainsData implements `v in data` for bytes and bytearray.
func bytesContainsData(t *Thread, data []byte, v Object) (bool, error) {
	if sub, ok := BytesData(t, v); ok {
		return bytes.Contains(data, sub), nil
	}
	c, err := bytesByteValue(t, v)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(data, c) >= 0, nil
}

// bytesByteValue converts an int-like to a byte ("byte must be in range(0, 256)").
func bytesByteValue(t *Thread, v Object) (byte, error) {
	if _, ok := v.(*BigInt); ok {
		return 0, Errorf(t, ValueErrorType, "byte must be in range(0, 256)")
	}
	if _, ok := v.(Int); !ok {
		if _, ok := v.(Bool); !ok && v.Type().Index == nil {
			return 0, Errorf(t, TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
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

func bytesContains(t *Thread, c, v Object) (bool, error) {
	return bytesContainsData(t, bytesSelf(c).B, v)
}

func bytesGetItem(t *Thread, o, key Object) (Object, error) {
	b := bytesSelf(o).B
	if k, ok := key.(Int); ok {
		i := int(k)
		if i < 0 {
			i += len(b)
		}
		if uint(i) >= uint(len(b)) {
			return nil, Errorf(t, IndexErrorType, "index out of range")
		}
		return Int(b[i]), nil
	}
	if sl, ok := key.(sliceIndexer); ok {
		start, _, step, n, err := sl.Indices(t, len(b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if n == len(b) {
				return bytesSelf(o), nil
			}
			return NewBytes(b[start : start+n]), nil
		}
		return NewBytes(bytesSliceData(b, start, step, n)), nil
	}
	i, err := bytesIndexKey(t, key, "byte")
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return nil, Errorf(t, IndexErrorType, "index out of range")
	}
	return Int(b[i]), nil
}

// bytesIndexKey converts a non-slice subscript to an int.
func bytesIndexKey(t *Thread, key Object, what string) (int, error) {
	if key.Type().Index == nil {
		if _, ok := key.(*BigInt); !ok {
			if _, ok := key.(Bool); !ok {
				return 0, Errorf(t, TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeName(key))
			}
		}
	}
	i, err := IndexInt(t, key)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return 0, Errorf(t, IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeName(key))
		}
		return 0, err
	}
	return i, nil
}

// bytesSliceData returns a new slice of the n bytes at start, start+step, ...
func bytesSliceData(b []byte, start, step, n int) []byte {
	if n <= 0 {
		return nil
	}
	out := make([]byte, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = b[i]
	}
	return out
}

// bytesIter iterates over the bytes of a bytes or bytearray, yielding ints.
type bytesIter struct {
	Header
	seq Object
	i   int
}

// BytesIterType and ByteArrayIterType are the iterator types.
var (
	BytesIterType     = NewBuiltinType("bytes_iterator", "builtins", nil, 0)
	ByteArrayIterType = NewBuiltinType("bytearray_iterator", "builtins", nil, 0)
)

func (it *bytesIter) Type() *Type {
	if _, ok := it.seq.(*ByteArray); ok {
		return ByteArrayIterType
	}
	return BytesIterType
}

func bytesIterNew(t *Thread, o Object) (Object, error) {
	if bv, ok := o.(BaseValuer); ok { // a bytes/bytearray subclass instance
		o = bv.BaseValue()
	}
	t.Incref(o)
	return &bytesIter{seq: o}, nil
}

func bytesIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*bytesIter)
	switch s := it.seq.(type) {
	case *Bytes:
		if it.i < len(s.B) {
			c := s.B[it.i]
			it.i++
			return Int(c), nil
		}
	case *ByteArray:
		t.Lock(&s.Mu)
		if it.i < len(s.B) {
			c := s.B[it.i]
			it.i++
			t.Unlock(&s.Mu)
			return Int(c), nil
		}
		t.Unlock(&s.Mu)
	}
	return nil, nil
}

func bytesAdd(t *Thread, a, b Object) (Object, error) {
	x, ok := a.(*Bytes)
	if !ok {
		if bv, isBV := a.(BaseValuer); isBV {
			x, ok = bv.BaseValue().(*Bytes)
		}
		if !ok {
			return NotImplemented, nil
		}
	}
	y, ok := BytesData(t, b)
	if !ok {
		if f := b.Type().Number[OpAdd]; f != nil {
			r, err := f(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		return nil, Errorf(t, TypeErrorType, "can't concat %s to bytes", TypeName(b))
	}
	if len(y) == 0 {
		return x, nil
	}
	if len(x.B) == 0 {
		if yb, ok := b.(*Bytes); ok {
			return yb, nil
		}
	}
	out := make([]byte, len(x.B)+len(y))
	copy(out, x.B)
	copy(out[len(x.B):], y)
	return NewBytes(out), nil
}

// bytesRepeatArgs sorts out the operands of a sequence repetition.
func bytesRepeatArgs(t *Thread, a, b Object, typ *Type) (seq Object, count int64, err error) {
	seq, n := a, b
	if !a.Type().IsSubtype(typ) {
		seq, n = b, a
	} else if _, isInt := b.(Int); !isInt && !b.Type().IsSubtype(typ) {
		if f := b.Type().Number[OpMul]; f != nil {
			r, err := f(t, a, b)
			if err != nil {
				return nil, 0, err
			}
			if r != NotImplemented {
				return r, -1 << 62, nil
			}
		}
	}
	c, isInt, err := strRepeatCount(t, n)
	if err != nil {
		return nil, 0, err
	}
	if !isInt {
		return nil, 0, Errorf(t, TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(n))
	}
	return seq, c, nil
}

// bytesRepeatData returns data * count as a new slice.
func bytesRepeatData(t *Thread, data []byte, count int64) ([]byte, error) {
	total, err := strCheckRepeat(t, len(data), count, "bytes")
	if err != nil {
		return nil, err
	}
	if total == 0 {
		return nil, nil
	}
	return bytes.Repeat(data, int(count)), nil
}

func bytesMul(t *Thread, a, b Object) (Object, error) {
	if a.Type() != BytesType && b.Type() != BytesType {
		return NotImplemented, nil
	}
	seq, count, err := bytesRepeatArgs(t, a, b, BytesType)
	if err != nil || count == -1<<62 {
		return seq, err
	}
	x := bytesSelf(seq)
	if count == 1 {
		return x, nil
	}
	out, err := bytesRepeatData(t, x.B, count)
	if err != nil {
		return nil, err
	}
	return NewBytes(out), nil
}

func bytesMod(t *Thread, a, b Object) (Object, error) {
	x, ok := a.(*Bytes)
	if !ok {
		return NotImplemented, nil
	}
	r, err := strPercent(t, string(x.B), b, true)
	if err != nil {
		return nil, err
	}
	return NewBytes([]byte(r)), nil
}

// bytesFromObject converts the argument of bytes(x)/bytearray(x) to a new slice.
func bytesFromObject(t *Thread, o Object, typeName string) ([]byte, error) {
	switch v := o.(type) {
	case *Bytes:
		return append([]byte(nil), v.B...), nil
	case *ByteArray:
		t.Lock(&v.Mu)
		b := append([]byte(nil), v.B...)
		t.Unlock(&v.Mu)
		return b, nil
	case *Str:
		return nil, Errorf(t, TypeErrorType, "string argument without an encoding")
	case Int, Bool, *BigInt:
		return bytesZeros(t, o)
	case *Tuple:
		return bytesFromItems(t, v.Items, typeName)
	case *List:
		t.Lock(&v.Mu)
		items := append([]Object(nil), v.Items...)
		t.Unlock(&v.Mu)
		return bytesFromItems(t, items, typeName)
	case BaseValuer:
		if b, ok := BytesData(t, o); ok && (typeName != "bytes" || o.Type().Lookup(Intern("__bytes__")) == nil) {
			return append([]byte(nil), b...), nil
		}
	}
	if typeName == "bytes" {
		if m := o.Type().Lookup(Intern("__bytes__")); m != nil {
			r, err := CallMethod(t, o, "__bytes__")
			if err != nil {
				return nil, err
			}
			rb, ok := r.(*Bytes)
			if !ok {
				return nil, Errorf(t, TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			return append([]byte(nil), rb.B...), nil
		}
	}
	if o.Type().Index != nil {
		return bytesZeros(t, o)
	}
	if o.Type().Iter == nil && o.Type().GetItem == nil {
		if typeName == "bytes" {
			return nil, Errorf(t, TypeErrorType, "cannot convert '%s' object to bytes", TypeName(o))
		}
		return nil, Errorf(t, TypeErrorType, "cannot convert '%s' object to bytearray", TypeName(o))
	}
	it, err := Iter(t, o)
	if err != nil {
		return nil, err
	}
	var out []byte
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return out, nil
		}
		c, err := bytesItemValue(t, x, typeName)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
}

// bytesItemValue converts one item of an iterable of ints to a byte.
func bytesItemValue(t *Thread, x Object, typeName string) (byte, error) {
	msg := "bytes must be in range(0, 256)"
	if typeName == "bytearray" {
		msg = "byte must be in range(0, 256)"
	}
	n, err := IndexInt(t, x)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return 0, Errorf(t, ValueErrorType, "%s", msg)
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(t, ValueErrorType, "%s", msg)
	}
	return byte(n), nil
}

func bytesFromItems(t *Thread, items []Object, typeName string) ([]byte, error) {
	out := make([]byte, len(items))
	for i, x := range items {
		c, err := bytesItemValue(t, x, typeName)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

func bytesZeros(t *Thread, o Object) ([]byte, error) {
	n, err := IndexInt(t, o)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return nil, Errorf(t, OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return nil, err
	}
	if n < 0 {
		return nil, Errorf(t, ValueErrorType, "negative count")
	}
	if n > strMaxAlloc {
		return nil, NewException(t, MemoryErrorType)
	}
	if err := t.CheckAlloc(int64(n)); err != nil {
		return nil, err
	}
	return make([]byte, n), nil
}

// bytesCtorArgs parses (source, encoding, errors) for bytes() and bytearray().
func bytesCtorArgs(t *Thread, name string, args []Object, kw []string) ([]byte, error) {
	var src, enc, errs Object
	if err := UnpackArgs(t, name, args, kw, "source?", &src, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	if enc != nil || errs != nil {
		s, ok := src.(*Str)
		if !ok {
			if src == nil {
				if enc != nil {
					return nil, Errorf(t, TypeErrorType, "encoding without a string argument")
				}
				return nil, Errorf(t, TypeErrorType, "errors without a string argument")
			}
			if enc != nil {
				return nil, Errorf(t, TypeErrorType, "encoding without a string argument")
			}
			return nil, Errorf(t, TypeErrorType, "errors without a string argument")
		}
		encoding, errors := "utf-8", "strict"
		if enc != nil {
			e, ok := enc.(*Str)
			if !ok {
				return nil, Errorf(t, TypeErrorType, "%s() argument 'encoding' must be str, not %s", name, TypeName(enc))
			}
			encoding = e.s
		}
		if errs != nil {
			e, ok := errs.(*Str)
			if !ok {
				return nil, Errorf(t, TypeErrorType, "%s() argument 'errors' must be str, not %s", name, TypeName(errs))
			}
			errors = e.s
		}
		return EncodeStr(t, s, encoding, errors)
	}
	if src == nil {
		return nil, nil
	}
	return bytesFromObject(t, src, name)
}

func bytesNew(t *Thread, typ *Type, args []Object, kw []string) (Object, error) {
	if typ != BytesType {
		v, err := bytesNew(t, BytesType, args, kw)
		if err != nil {
			return nil, err
		}
		return NewValueInstance(t, typ, v)
	}
	if len(args) == 1 && len(kw) == 0 {
		if b, ok := args[0].(*Bytes); ok {
			return b, nil
		}
	}
	b, err := bytesCtorArgs(t, "bytes", args, kw)
	if err != nil {
		return nil, err
	}
	if len(b) == 1 {
		return bytesSingle[b[0]], nil
	}
	return NewBytes(b), nil
}

func init() {
	BytesType.Repr = bytesRepr
	BytesType.Str = bytesStr
	BytesType.Hash = bytesHash
	BytesType.Compare = bytesCompareData
	BytesType.Len = bytesLen
	BytesType.Contains = bytesContains
	BytesType.GetItem = bytesGetItem
	BytesType.Iter = bytesIterNew
	BytesType.Number[OpAdd] = bytesAdd
	BytesType.Number[OpMul] = bytesMul
	BytesType.Number[OpMod] = bytesMod
	BytesType.New = bytesNew
	for _, typ := range []*Type{BytesIterType, ByteArrayIterType} {
		typ.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
		typ.Next = bytesIterNext
		typ.Dealloc = func(t *Thread, o Object) { t.Decref(o.(*bytesIter).seq) }
	}
}

// ---- methods shared by bytes and bytearray ----

type bytesMethodFn func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error)

// bytesMethod adapts a method over the contents of a bytes or bytearray.
func bytesMethod(f bytesMethodFn) MethodFn {
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		data, _ := BytesData(t, self)
		return f(t, self, data, args, kw)
	}
}

// bytesMake returns a result of self's type holding b (copied for bytearray).
func bytesMake(self Object, b []byte) Object {
	if bytesIsArray(self) {
		return NewByteArray(append([]byte(nil), b...))
	}
	if len(b) == 1 {
		return bytesSingle[b[0]]
	}
	if sb, ok := self.(*Bytes); ok && len(b) == len(sb.B) && (len(b) == 0 || &b[0] == &sb.B[0]) {
		return sb
	}
	return NewBytes(b)
}

func bytesTypeName(self Object) string { return TypeName(self) }

var bytesASCIISpace = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

func bytesIsSpace(c byte) bool { return bytesASCIISpace[c] }
func bytesIsAlpha(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func bytesIsDigit(c byte) bool { return c >= '0' && c <= '9' }
func bytesIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func bytesIsLower(c byte) bool { return c >= 'a' && c <= 'z' }

// bytesSubArg converts the sub argument of find/count/index (int or bytes-like).
func bytesSubArg(t *Thread, o Object) ([]byte, error) {
	if b, ok := BytesData(t, o); ok {
		return b, nil
	}
	if _, ok := o.(Int); ok || o.Type().Index != nil {
		c, err := bytesByteValue(t, o)
		if err != nil {
			return nil, err
		}
		return []byte{c}, nil
	}
	return nil, Errorf(t, TypeErrorType, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
}

func bytesFindArgs(t *Thread, name string, data []byte, args []Object, kw []string) (sub []byte, start, end int, err error) {
	if err = CheckArgs(t, name, args, kw, 1, 3); err != nil {
		return
	}
	if sub, err = bytesSubArg(t, args[0]); err != nil {
		return
	}
	start, end = 0, len(data)
	if len(args) > 1 {
		if start, err = strSliceIndex(t, args[1], 0); err != nil {
			return
		}
	}
	if len(args) > 2 {
		if end, err = strSliceIndex(t, args[2], len(data)); err != nil {
			return
		}
	}
	start, end = strAdjustIndices(start, end, len(data))
	return
}

func bytesFind(t *Thread, name string, data []byte, args []Object, kw []string, last bool) (int, error) {
	sub, start, end, err := bytesFindArgs(t, name, data, args, kw)
	if err != nil {
		return 0, err
	}
	if start > end || start > len(data) {
		return -1, nil
	}
	var i int
	if last {
		i = bytes.LastIndex(data[start:end], sub)
	} else {
		i = bytes.Index(data[start:end], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return start + i, nil
}

func bytesMFind(name string, last, raise bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		i, err := bytesFind(t, name, data, args, kw, last)
		if err != nil {
			return nil, err
		}
		if i < 0 && raise {
			return nil, Errorf(t, ValueErrorType, "subsection not found")
		}
		return Int(i), nil
	})
}

func bytesMCount(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	sub, start, end, err := bytesFindArgs(t, "count", data, args, kw)
	if err != nil {
		return nil, err
	}
	if start > end || start > len(data) {
		return Int(0), nil
	}
	if len(sub) == 0 {
		return Int(end - start + 1), nil
	}
	return Int(bytes.Count(data[start:end], sub)), nil
}

func bytesMTailMatch(name string, atEnd bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 1, 3); err != nil {
			return nil, err
		}
		start, end := 0, len(data)
		var err error
		if len(args) > 1 {
			if start, err = strSliceIndex(t, args[1], 0); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if end, err = strSliceIndex(t, args[2], len(data)); err != nil {
				return nil, err
			}
		}
		start, end = strAdjustIndices(start, end, len(data))
		match := func(sub []byte) bool {
			if start > len(data) || end-start < len(sub) {
				return false
			}
			if atEnd {
				return bytes.HasSuffix(data[start:end], sub)
			}
			return bytes.HasPrefix(data[start:end], sub)
		}
		if tu, ok := args[0].(*Tuple); ok {
			for _, x := range tu.Items {
				sub, ok := BytesData(t, x)
				if !ok {
					return nil, Errorf(t, TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(x))
				}
				if match(sub) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := BytesData(t, args[0])
		if !ok {
			return nil, Errorf(t, TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(args[0]))
		}
		return NewBool(match(sub)), nil
	})
}

func bytesMDecode(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	var enc, errs Object
	if err := UnpackArgs(t, "decode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		e, ok := enc.(*Str)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "decode() argument 'encoding' must be str, not %s", TypeName(enc))
		}
		encoding = e.s
	}
	if errs != nil {
		e, ok := errs.(*Str)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "decode() argument 'errors' must be str, not %s", TypeName(errs))
		}
		errors = e.s
	}
	return DecodeBytes(t, data, encoding, errors)
}

func bytesMHex(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	var sepO Object
	perSep := 1
	if err := UnpackArgs(t, "hex", args, kw, "sep?", &sepO, "bytes_per_sep?", &perSep); err != nil {
		return nil, err
	}
	const hexd = "0123456789abcdef"
	sep := ""
	if sepO != nil && sepO != None {
		switch v := sepO.(type) {
		case *Str:
			sep = v.s
			if v.n != 1 {
				return nil, Errorf(t, ValueErrorType, "sep must be length 1.")
			}
			if !v.ascii {
				return nil, Errorf(t, ValueErrorType, "sep must be ASCII.")
			}
		case *Bytes:
			sep = string(v.B)
			if len(sep) != 1 {
				return nil, Errorf(t, ValueErrorType, "sep must be length 1.")
			}
		default:
			return nil, Errorf(t, TypeErrorType, "sep must be str or bytes.")
		}
	}
	var sb strings.Builder
	sb.Grow(len(data) * 3)
	group := perSep
	if group < 0 {
		group = -group
	}
	for i, c := range data {
		if sep != "" && group > 0 && i > 0 {
			var boundary bool
			if perSep > 0 {
				boundary = (len(data)-i)%group == 0
			} else {
				boundary = i%group == 0
			}
			if boundary {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte(hexd[c>>4])
		sb.WriteByte(hexd[c&15])
	}
	return strMake(sb.String(), sb.Len(), true), nil
}

func bytesFromHex(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "fromhex", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "fromhex() argument must be str, not %s", TypeName(args[0]))
	}
	hexv := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	str := s.s
	var out []byte
	for i := 0; i < len(str); {
		if bytesIsSpace(str[i]) {
			i++
			continue
		}
		hi := hexv(str[i])
		if hi < 0 {
			return nil, Errorf(t, ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", strCPIndex(s, i))
		}
		if i+1 >= len(str) {
			return nil, Errorf(t, ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", strCPIndex(s, i+1))
		}
		lo := hexv(str[i+1])
		if lo < 0 {
			return nil, Errorf(t, ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", strCPIndex(s, i+1))
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	if typ, ok := self.(*Type); ok && typ == ByteArrayType {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesMJoin(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "join", args, kw, 1, 1); err != nil {
		return nil, err
	}
	var items []Object
	switch v := args[0].(type) {
	case *Tuple:
		items = v.Items
	case *List:
		t.Lock(&v.Mu)
		items = append([]Object(nil), v.Items...)
		t.Unlock(&v.Mu)
	default:
		if v.Type().Iter == nil && v.Type().GetItem == nil {
			return nil, Errorf(t, TypeErrorType, "can only join an iterable")
		}
		it, err := Iter(t, v)
		if err != nil {
			return nil, err
		}
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
			items = append(items, x)
		}
	}
	var out []byte
	for i, x := range items {
		b, ok := BytesData(t, x)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(x))
		}
		if i > 0 {
			out = append(out, data...)
		}
		out = append(out, b...)
	}
	if bytesIsArray(self) {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesSplitArgs(t *Thread, name string, args []Object, kw []string) (sep []byte, hasSep bool, maxsplit int, err error) {
	var sepObj Object = None
	maxsplit = -1
	if err = UnpackArgs(t, name, args, kw, "sep?", &sepObj, "maxsplit?", &maxsplit); err != nil {
		return
	}
	if sepObj != None {
		if sep, err = bytesArg(t, sepObj); err != nil {
			return
		}
		hasSep = true
		if len(sep) == 0 {
			err = Errorf(t, ValueErrorType, "empty separator")
		}
	}
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	return
}

func bytesMSplit(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	sep, hasSep, maxsplit, err := bytesSplitArgs(t, "split", args, kw)
	if err != nil {
		return nil, err
	}
	var items []Object
	if !hasSep {
		i, n := 0, len(data)
		for {
			for i < n && bytesIsSpace(data[i]) {
				i++
			}
			if i >= n {
				break
			}
			if maxsplit == 0 {
				items = append(items, bytesMake(self, data[i:]))
				break
			}
			j := i
			for j < n && !bytesIsSpace(data[j]) {
				j++
			}
			items = append(items, bytesMake(self, data[i:j]))
			i = j
			maxsplit--
		}
	} else {
		rest := data
		for maxsplit > 0 {
			i := bytes.Index(rest, sep)
			if i < 0 {
				break
			}
			items = append(items, bytesMake(self, rest[:i]))
			rest = rest[i+len(sep):]
			maxsplit--
		}
		items = append(items, bytesMake(self, rest))
	}
	return NewList(t, items), nil
}

func bytesMRSplit(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	sep, hasSep, maxsplit, err := bytesSplitArgs(t, "rsplit", args, kw)
	if err != nil {
		return nil, err
	}
	var items []Object
	if !hasSep {
		j := len(data)
		for {
			for j > 0 && bytesIsSpace(data[j-1]) {
				j--
			}
			if j <= 0 {
				break
			}
			if maxsplit == 0 {
				items = append(items, bytesMake(self, data[:j]))
				break
			}
			i := j
			for i > 0 && !bytesIsSpace(data[i-1]) {
				i--
			}
			items = append(items, bytesMake(self, data[i:j]))
			j = i
			maxsplit--
		}
	} else {
		rest := data
		for maxsplit > 0 {
			i := bytes.LastIndex(rest, sep)
			if i < 0 {
				break
			}
			items = append(items, bytesMake(self, rest[i+len(sep):]))
			rest = rest[:i]
			maxsplit--
		}
		items = append(items, bytesMake(self, rest))
	}
	for a, b := 0, len(items)-1; a < b; a, b = a+1, b-1 {
		items[a], items[b] = items[b], items[a]
	}
	return NewList(t, items), nil
}

func bytesMSplitlines(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	keep := false
	if err := UnpackArgs(t, "splitlines", args, kw, "keepends?", &keep); err != nil {
		return nil, err
	}
	var items []Object
	i := 0
	for i < len(data) {
		j := i
		for j < len(data) && data[j] != '\n' && data[j] != '\r' {
			j++
		}
		eol := j
		if j < len(data) {
			eol++
			if data[j] == '\r' && eol < len(data) && data[eol] == '\n' {
				eol++
			}
		}
		if keep {
			j = eol
		}
		items = append(items, bytesMake(self, data[i:j]))
		i = eol
	}
	return NewList(t, items), nil
}

func bytesMStrip(name string, left, right bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 0, 1); err != nil {
			return nil, err
		}
		in := bytesIsSpace
		if len(args) == 1 && args[0] != None {
			chars, err := bytesArg(t, args[0])
			if err != nil {
				return nil, err
			}
			var set [256]bool
			for _, c := range chars {
				set[c] = true
			}
			in = func(c byte) bool { return set[c] }
		}
		i, j := 0, len(data)
		if left {
			for i < j && in(data[i]) {
				i++
			}
		}
		if right {
			for j > i && in(data[j-1]) {
				j--
			}
		}
		return bytesMake(self, data[i:j]), nil
	})
}

func bytesMReplace(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	var oldO, newO Object
	count := -1
	if err := UnpackArgs(t, "replace", args, kw, "old", &oldO, "new", &newO, "count?", &count); err != nil {
		return nil, err
	}
	old, err := bytesArg(t, oldO)
	if err != nil {
		return nil, err
	}
	nw, err := bytesArg(t, newO)
	if err != nil {
		return nil, err
	}
	m := count
	if len(old) == 0 {
		if m < 0 || m > len(data)+1 {
			m = len(data) + 1
		}
	} else {
		c := bytes.Count(data, old)
		if m < 0 || m > c {
			m = c
		}
	}
	if m == 0 {
		return bytesMake(self, data), nil
	}
	if len(nw) > len(old) {
		if _, err := strCheckRepeat(t, len(nw)-len(old), int64(m), "bytes"); err != nil {
			return nil, err
		}
	}
	out := bytes.Replace(data, old, nw, m)
	if bytesIsArray(self) {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesMMap(name string, f func(c byte) byte) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		out := make([]byte, len(data))
		for i, c := range data {
			out[i] = f(c)
		}
		if bytesIsArray(self) {
			return NewByteArray(out), nil
		}
		return NewBytes(out), nil
	})
}

func bytesSwap(c byte) byte {
	if bytesIsUpper(c) {
		return c + 32
	}
	if bytesIsLower(c) {
		return c - 32
	}
	return c
}

func bytesMCapTitle(name string, title bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		out := make([]byte, len(data))
		prev := false
		for i, c := range data {
			if title {
				if prev {
					out[i] = strASCIILower(c)
				} else {
					out[i] = strASCIIUpper(c)
				}
				prev = bytesIsAlpha(c)
			} else if i == 0 {
				out[i] = strASCIIUpper(c)
			} else {
				out[i] = strASCIILower(c)
			}
		}
		if bytesIsArray(self) {
			return NewByteArray(out), nil
		}
		return NewBytes(out), nil
	})
}

func bytesMPred(name string, f func(c byte) bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		if len(data) == 0 {
			return False, nil
		}
		for _, c := range data {
			if !f(c) {
				return False, nil
			}
		}
		return True, nil
	})
}

func bytesMCase(t *Thread, name string, data []byte, args []Object, kw []string, want string) (Object, error) {
	if err := CheckArgs(t, name, args, kw, 0, 0); err != nil {
		return nil, err
	}
	switch want {
	case "ascii":
		for _, c := range data {
			if c >= 0x80 {
				return False, nil
			}
		}
		return True, nil
	case "lower", "upper":
		cased := false
		for _, c := range data {
			if (want == "lower" && bytesIsUpper(c)) || (want == "upper" && bytesIsLower(c)) {
				return False, nil
			}
			if bytesIsAlpha(c) {
				cased = true
			}
		}
		return NewBool(cased), nil
	}
	cased, prev := false, false
	for _, c := range data {
		switch {
		case bytesIsUpper(c):
			if prev {
				return False, nil
			}
			prev, cased = true, true
		case bytesIsLower(c):
			if !prev {
				return False, nil
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return NewBool(cased), nil
}

func bytesMPartition(name string, last bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		sep, err := bytesArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, Errorf(t, ValueErrorType, "empty separator")
		}
		var i int
		if last {
			i = bytes.LastIndex(data, sep)
		} else {
			i = bytes.Index(data, sep)
		}
		empty := func() Object { return bytesMake(self, nil) }
		if i < 0 {
			if last {
				return NewTuple(t, []Object{empty(), empty(), bytesMake(self, data)}), nil
			}
			return NewTuple(t, []Object{bytesMake(self, data), empty(), empty()}), nil
		}
		var sepObj Object = bytesMake(self, sep)
		if b, ok := args[0].(*Bytes); ok && self.Type() == BytesType {
			sepObj = b
		}
		return NewTuple(t, []Object{bytesMake(self, data[:i]), sepObj, bytesMake(self, data[i+len(sep):])}), nil
	})
}

func bytesMPad(name string, mode int) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 1, 2); err != nil {
			return nil, err
		}
		width, err := IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) > 1 {
			b, ok := BytesData(t, args[1])
			if !ok || len(b) != 1 {
				if !ok {
					return nil, Errorf(t, TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
				}
				return nil, Errorf(t, TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(args[1]))
			}
			fill = b[0]
		}
		if width <= len(data) {
			return bytesMake(self, data), nil
		}
		if width > strMaxAlloc {
			return nil, NewException(t, MemoryErrorType)
		}
		marg := width - len(data)
		var left int
		switch mode {
		case 0: // ljust
		case 1: // rjust
			left = marg
		case 2: // center
			left = marg/2 + (marg & width & 1)
		}
		out := make([]byte, 0, width)
		out = append(out, bytes.Repeat([]byte{fill}, left)...)
		out = append(out, data...)
		out = append(out, bytes.Repeat([]byte{fill}, marg-left)...)
		if bytesIsArray(self) {
			return NewByteArray(out), nil
		}
		return NewBytes(out), nil
	})
}

func bytesMZfill(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "zfill", args, kw, 1, 1); err != nil {
		return nil, err
	}
	width, err := IndexInt(t, args[0])
	if err != nil {
		return nil, err
	}
	if width <= len(data) {
		return bytesMake(self, data), nil
	}
	if width > strMaxAlloc {
		return nil, NewException(t, MemoryErrorType)
	}
	out := make([]byte, 0, width)
	rest := data
	if len(rest) > 0 && (rest[0] == '+' || rest[0] == '-') {
		out = append(out, rest[0])
		rest = rest[1:]
	}
	out = append(out, bytes.Repeat([]byte{'0'}, width-len(data))...)
	out = append(out, rest...)
	if bytesIsArray(self) {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesMExpandTabs(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	tabsize := 8
	if err := UnpackArgs(t, "expandtabs", args, kw, "tabsize?", &tabsize); err != nil {
		return nil, err
	}
	var out []byte
	col := 0
	for _, c := range data {
		switch c {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				out = append(out, bytes.Repeat([]byte{' '}, n)...)
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	if bytesIsArray(self) {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesMRemoveAffix(name string, suffix bool) MethodFn {
	return bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
		if err := CheckArgs(t, name, args, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := bytesArg(t, args[0])
		if err != nil {
			return nil, err
		}
		if suffix {
			if len(p) > 0 && bytes.HasSuffix(data, p) {
				return bytesMake(self, data[:len(data)-len(p)]), nil
			}
		} else if len(p) > 0 && bytes.HasPrefix(data, p) {
			return bytesMake(self, data[len(p):]), nil
		}
		return bytesMake(self, data), nil
	})
}

func bytesMTranslate(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
	var tableO, del Object
	if err := UnpackArgs(t, "translate", args, kw, "table", &tableO, "delete?", &del); err != nil {
		return nil, err
	}
	var table []byte
	if tableO != None {
		b, err := bytesArg(t, tableO)
		if err != nil {
			return nil, err
		}
		if len(b) != 256 {
			return nil, Errorf(t, ValueErrorType, "translation table must be 256 characters long")
		}
		table = b
	}
	var delSet [256]bool
	if del != nil {
		d, err := bytesArg(t, del)
		if err != nil {
			return nil, err
		}
		for _, c := range d {
			delSet[c] = true
		}
	}
	out := make([]byte, 0, len(data))
	for _, c := range data {
		if delSet[c] {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	if bytesIsArray(self) {
		return NewByteArray(out), nil
	}
	return NewBytes(out), nil
}

func bytesMakeTrans(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "maketrans", args, kw, 2, 2); err != nil {
		return nil, err
	}
	from, err := bytesArg(t, args[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(from) != len(to) {
		return nil, Errorf(t, ValueErrorType, "maketrans arguments must have same length")
	}
	out := make([]byte, 256)
	for i := range out {
		out[i] = byte(i)
	}
	for i, c := range from {
		out[c] = to[i]
	}
	return NewBytes(out), nil
}

func bytesGetNewArgs(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return NewTuple(t, []Object{bytesNewCopy(bytesSelf(self).B)}), nil
}

func init() {
	for _, typ := range []*Type{BytesType, ByteArrayType} {
		m := func(name string, fn MethodFn) { typ.AddMethod(name, InstanceMethod, fn) }
		full := func(name string) string { return typ.Name + "." + name }
		m("decode", bytesMethod(bytesMDecode))
		m("hex", bytesMethod(bytesMHex))
		m("count", bytesMethod(bytesMCount))
		m("find", bytesMFind("find", false, false))
		m("rfind", bytesMFind("rfind", true, false))
		m("index", bytesMFind("index", false, true))
		m("rindex", bytesMFind("rindex", true, true))
		m("startswith", bytesMTailMatch("startswith", false))
		m("endswith", bytesMTailMatch("endswith", true))
		m("join", bytesMethod(bytesMJoin))
		m("split", bytesMethod(bytesMSplit))
		m("rsplit", bytesMethod(bytesMRSplit))
		m("splitlines", bytesMethod(bytesMSplitlines))
		m("strip", bytesMStrip("strip", true, true))
		m("lstrip", bytesMStrip("lstrip", true, false))
		m("rstrip", bytesMStrip("rstrip", false, true))
		m("replace", bytesMethod(bytesMReplace))
		m("upper", bytesMMap(full("upper"), strASCIIUpper))
		m("lower", bytesMMap(full("lower"), strASCIILower))
		m("swapcase", bytesMMap(full("swapcase"), bytesSwap))
		m("capitalize", bytesMCapTitle(full("capitalize"), false))
		m("title", bytesMCapTitle(full("title"), true))
		m("isdigit", bytesMPred(full("isdigit"), bytesIsDigit))
		m("isalpha", bytesMPred(full("isalpha"), bytesIsAlpha))
		m("isalnum", bytesMPred(full("isalnum"), func(c byte) bool { return bytesIsAlpha(c) || bytesIsDigit(c) }))
		m("isspace", bytesMPred(full("isspace"), bytesIsSpace))
		for _, w := range []string{"ascii", "lower", "upper", "title"} {
			name := full("is" + w)
			m("is"+w, bytesMethod(func(t *Thread, self Object, data []byte, args []Object, kw []string) (Object, error) {
				return bytesMCase(t, name, data, args, kw, w)
			}))
		}
		m("partition", bytesMPartition("partition", false))
		m("rpartition", bytesMPartition("rpartition", true))
		m("ljust", bytesMPad("ljust", 0))
		m("rjust", bytesMPad("rjust", 1))
		m("center", bytesMPad("center", 2))
		m("zfill", bytesMethod(bytesMZfill))
		m("expandtabs", bytesMethod(bytesMExpandTabs))
		m("removeprefix", bytesMRemoveAffix("removeprefix", false))
		m("removesuffix", bytesMRemoveAffix("removesuffix", true))
		m("translate", bytesMethod(bytesMTranslate))
		typ.AddMethod("fromhex", ClassMethod, bytesFromHex)
		typ.AddMethod("maketrans", StaticMethod, bytesMakeTrans)
	}
	BytesType.AddMethod("__getnewargs__", InstanceMethod, bytesGetNewArgs)
}
