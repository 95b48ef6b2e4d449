package runtime

import (
	"bytes"
	"fmt"
	"hash/maphash"
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
	}
	return nil, false
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
	return ""
}

func codecUnknown(t *Thread, enc string) error {
	return Errorf(t, LookupErrorType, "unknown encoding: %s", enc)
}

func codecBadHandler(t *Thread, errors string) error {
	return Errorf(t, LookupErrorType, "unknown error handler name '%s'", errors)
}

// codecDecodeError builds a UnicodeDecodeError with its attributes.
func codecDecodeError(t *Thread, codec string, data []byte, start, end int, reason string) error {
	var msg string
	if end-start == 1 {
		msg = fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, data[start], start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
	}
	e := Errorf(t, UnicodeDecodeErrorType, "%s", msg)
	e.Dict = NewDict()
	e.Dict.SetStr(t, Intern("encoding"), NewStr(codec))
	e.Dict.SetStr(t, Intern("object"), bytesNewCopy(data))
	e.Dict.SetStr(t, Intern("start"), Int(start))
	e.Dict.SetStr(t, Intern("end"), Int(end))
	e.Dict.SetStr(t, Intern("reason"), NewStr(reason))
	return e
}

// codecEncodeError builds a UnicodeEncodeError (positions in code points).
func codecEncodeError(t *Thread, codec string, s *Str, start, end int, reason string) error {
	var msg string
	if end-start == 1 {
		r := s.Runes()[start]
		var ch string
		switch {
		case r < 0x100:
			ch = fmt.Sprintf(`\x%02x`, r)
		case r < 0x10000:
			ch = fmt.Sprintf(`\u%04x`, r)
		default:
			ch = fmt.Sprintf(`\U%08x`, r)
		}
		msg = fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", codec, ch, start, reason)
	} else {
		msg = fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", codec, start, end-1, reason)
	}
	e := Errorf(t, UnicodeEncodeErrorType, "%s", msg)
	e.Dict = NewDict()
	e.Dict.SetStr(t, Intern("encoding"), NewStr(codec))
	e.Dict.SetStr(t, Intern("object"), s)
	e.Dict.SetStr(t, Intern("start"), Int(start))
	e.Dict.SetStr(t, Intern("end"), Int(end))
	e.Dict.SetStr(t, Intern("reason"), NewStr(reason))
	return e
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
	return NewStr(BytesReprString(o.(*Bytes).B)), nil
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

func bytesHash(t *Thread, o Object) (int64, error) { return HashBytes(o.(*Bytes).B), nil }

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

func bytesLen(t *Thread, o Object) (int, error) { return len(o.(*Bytes).B), nil }

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
	return bytesContainsData(t, c.(*Bytes).B, v)
}

func bytesGetItem(t *Thread, o, key Object) (Object, error) {
	b := o.(*Bytes).B
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
				return o, nil
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
		return NotImplemented, nil
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
	if a.Type() != typ {
		seq, n = b, a
	} else if _, isInt := b.(Int); !isInt && b.Type() != typ {
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
	x := seq.(*Bytes)
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
		return bytesFromItems(t, v.Items)
	case *List:
		t.Lock(&v.Mu)
		items := append([]Object(nil), v.Items...)
		t.Unlock(&v.Mu)
		return bytesFromItems(t, items)
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
		c, err := bytesItemValue(t, x)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
}

// bytesItemValue converts one item of an iterable of ints to a byte.
func bytesItemValue(t *Thread, x Object) (byte, error) {
	n, err := IndexInt(t, x)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
			return 0, Errorf(t, ValueErrorType, "bytes must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(t, ValueErrorType, "bytes must be in range(0, 256)")
	}
	return byte(n), nil
}

func bytesFromItems(t *Thread, items []Object) ([]byte, error) {
	out := make([]byte, len(items))
	for i, x := range items {
		c, err := bytesItemValue(t, x)
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
		return nil, Errorf(t, TypeErrorType, "bytes subclass %s is not supported", typ.Name)
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
