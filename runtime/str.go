package runtime

import (
	"hash/maphash"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Str is a Python str: an immutable sequence of code points, stored as UTF-8.
type Str struct {
	Header
	s     string
	n     int  // length in code points
	ascii bool // every character is ASCII: byte index == code point index
	hash  atomic.Int64
	runes atomic.Pointer[[]rune] // code points of a non-ASCII string, made on first index
}

var strSeed = maphash.MakeSeed()

// NewStr returns a new str holding s (which should be valid UTF-8; invalid
// bytes read as U+FFFD).
func NewStr(s string) *Str {
	st := &Str{s: s}
	st.ascii = true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			st.ascii = false
			break
		}
	}
	if st.ascii {
		st.n = len(s)
	} else {
		st.n = utf8.RuneCountInString(s)
	}
	return st
}

// String returns the Go string.
func (s *Str) String() string { return s.s }

// Len returns the length in code points.
func (s *Str) Len() int { return s.n }

// IsASCII reports whether all characters are ASCII.
func (s *Str) IsASCII() bool { return s.ascii }

// Runes returns the code points (cached; do not modify).
func (s *Str) Runes() []rune {
	if p := s.runes.Load(); p != nil {
		return *p
	}
	r := []rune(s.s)
	s.runes.Store(&r)
	return r
}

// Type returns str.
func (s *Str) Type() *Type { return StrType }

// Hash returns the str's hash (cached).
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	h := int64(maphash.String(strSeed, s.s))
	if h == -1 {
		h = -2
	}
	s.hash.Store(h)
	return h
}

// interned holds the interned strings (immortal, shared by all interpreters).
var interned sync.Map // string -> *Str

// Intern returns the immortal interned str for s: the same *Str for equal s.
func Intern(s string) *Str {
	if v, ok := interned.Load(s); ok {
		return v.(*Str)
	}
	st := NewStr(s)
	st.Hash()
	SetImmortal(st)
	v, _ := interned.LoadOrStore(s, st)
	return v.(*Str)
}

// emptyStr is the interned "".
var emptyStr = Intern("")
