package runtime

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuoteStr returns the repr of a Python str as CPython writes it.
func QuoteStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < 0x20 || c == 0x7f:
				fmt.Fprintf(&b, `\x%02x`, c)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case unicode.IsPrint(r):
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// SeqIter iterates over an object that has __getitem__ but no __iter__.
type SeqIter struct {
	Header
	seq Object
	i   int
}

// SeqIterType is the type of SeqIter.
var SeqIterType = NewBuiltinType("iterator", "builtins", nil, 0)

// Type returns iterator.
func (*SeqIter) Type() *Type { return SeqIterType }

// NewSeqIter returns an iterator calling seq[0], seq[1], ... until IndexError.
func NewSeqIter(t *Thread, seq Object) *SeqIter {
	t.Incref(seq)
	return &SeqIter{seq: seq}
}

func init() {
	SeqIterType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	SeqIterType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*SeqIter)
		if it.seq == nil {
			return nil, nil
		}
		v, err := GetItem(t, it.seq, Int(it.i))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(IndexErrorType) || e.typ.IsSubtype(StopIterationType)) {
				t.Decref(it.seq)
				it.seq = nil
				return nil, nil
			}
			return nil, err
		}
		it.i++
		return v, nil
	}
	SeqIterType.Dealloc = func(t *Thread, o Object) {
		it := o.(*SeqIter)
		t.Decref(it.seq)
		it.seq = nil
	}
}
