package runtime

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the methods of str.

// ---- character classes (CPython's definitions) ----

// strIsSpaceRune reports whether r is whitespace as str.isspace and
// str.split() see it (bidi class WS, B or S, or category Zs).
func strIsSpaceRune(r rune) bool {
	if r < 0x80 {
		return strASCIISpace[r]
	}
	switch r {
	case 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

var strASCIISpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true, ' ': true}

// strIsLineBreak reports whether r ends a line for str.splitlines.
func strIsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func strIsUpper(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

func strIsLower(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

func strIsTitle(r rune) bool { return r >= 0x80 && unicode.IsTitle(r) }

func strIsCased(r rune) bool { return strIsUpper(r) || strIsLower(r) || strIsTitle(r) }

func strIsCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xB7, 0x2018, 0x2019, 0x2024, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func strIsDecimal(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return unicode.IsDigit(r)
}

// strDigitExtra are characters with Numeric_Type=Digit (not decimal).
var strDigitExtra = &unicode.RangeTable{R16: []unicode.Range16{
	{0xB2, 0xB3, 1}, {0xB9, 0xB9, 1}, {0x1369, 0x1371, 1}, {0x19DA, 0x19DA, 1},
	{0x2070, 0x2070, 1}, {0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1},
	{0x2474, 0x247C, 1}, {0x2488, 0x2490, 1}, {0x24EA, 0x24EA, 1}, {0x24F5, 0x24FD, 1},
	{0x24FF, 0x24FF, 1}, {0x2776, 0x277E, 1}, {0x2780, 0x2788, 1}, {0x278A, 0x2792, 1},
}, R32: []unicode.Range32{{0x10A40, 0x10A43, 1}, {0x1F100, 0x1F10A, 1}}}

func strIsDigit(r rune) bool {
	return strIsDecimal(r) || (r >= 0x80 && unicode.Is(strDigitExtra, r))
}

// strNumericCJK are CJK ideographs with a numeric value.
var strNumericCJK = &unicode.RangeTable{R16: []unicode.Range16{
	{0x3007, 0x3007, 1}, {0x4E00, 0x4E00, 1}, {0x4E03, 0x4E03, 1}, {0x4E07, 0x4E07, 1},
	{0x4E09, 0x4E09, 1}, {0x4E5D, 0x4E5D, 1}, {0x4E8C, 0x4E8C, 1}, {0x4E94, 0x4E94, 1},
	{0x4E96, 0x4E96, 1}, {0x4EBF, 0x4EBF, 1}, {0x4EC0, 0x4EC0, 1}, {0x4EDF, 0x4EDF, 1},
	{0x4EE8, 0x4EE8, 1}, {0x4F0D, 0x4F0D, 1}, {0x4F70, 0x4F70, 1}, {0x5104, 0x5104, 1},
	{0x5146, 0x5146, 1}, {0x5169, 0x5169, 1}, {0x516B, 0x516B, 1}, {0x516D, 0x516D, 1},
	{0x5341, 0x5341, 1}, {0x5343, 0x5345, 1}, {0x534C, 0x534C, 1}, {0x53C1, 0x53C4, 1},
	{0x56DB, 0x56DB, 1}, {0x58F1, 0x58F1, 1}, {0x58F9, 0x58F9, 1}, {0x5E7A, 0x5E7A, 1},
	{0x5EFE, 0x5EFF, 1}, {0x5F0C, 0x5F0E, 1}, {0x5F10, 0x5F10, 1}, {0x62FE, 0x62FE, 1},
	{0x634C, 0x634C, 1}, {0x67D2, 0x67D2, 1}, {0x6F06, 0x6F06, 1}, {0x7396, 0x7396, 1},
	{0x767E, 0x767E, 1}, {0x8086, 0x8086, 1}, {0x842C, 0x842C, 1}, {0x8CAE, 0x8CAE, 1},
	{0x8CB3, 0x8CB3, 1}, {0x8D30, 0x8D30, 1}, {0x9621, 0x9621, 1}, {0x9646, 0x9646, 1},
	{0x964C, 0x964C, 1}, {0x9678, 0x9678, 1}, {0x96F6, 0x96F6, 1},
}}

func strIsNumeric(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return unicode.IsNumber(r) || unicode.Is(strNumericCJK, r)
}

func strIsAlpha(r rune) bool {
	if r < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r)
}

func strIsAlnum(r rune) bool {
	return strIsAlpha(r) || strIsDecimal(r) || strIsDigit(r) || strIsNumeric(r)
}

func strIsPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return unicode.IsPrint(r)
}

func strIsIDStart(r rune) bool {
	if r < 0x80 {
		return r == '_' || (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func strIsIDContinue(r rune) bool {
	if r < 0x80 {
		return r == '_' || (r|0x20) >= 'a' && (r|0x20) <= 'z' || r >= '0' && r <= '9'
	}
	return strIsIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) ||
		unicode.Is(unicode.Other_ID_Continue, r)
}

// ---- case mapping ----

func strUpperFull(sb *strings.Builder, r rune) {
	if m, ok := strUpperSpecial[r]; ok {
		sb.WriteString(m)
		return
	}
	sb.WriteRune(unicode.ToUpper(r))
}

func strTitleFull(sb *strings.Builder, r rune) {
	if m, ok := strTitleSpecial[r]; ok {
		sb.WriteString(m)
		return
	}
	sb.WriteRune(unicode.ToTitle(r))
}

// strLowerAt writes the lowercase of rs[i], applying the final sigma rule.
func strLowerAt(sb *strings.Builder, rs []rune, i int) {
	r := rs[i]
	if r == 0x3A3 {
		sb.WriteRune(strFinalSigma(rs, i))
		return
	}
	if m, ok := strLowerSpecial[r]; ok {
		sb.WriteString(m)
		return
	}
	sb.WriteRune(unicode.ToLower(r))
}

// strFinalSigma returns ς or σ for the capital sigma at rs[i].
func strFinalSigma(rs []rune, i int) rune {
	j := i - 1
	for j >= 0 && strIsCaseIgnorable(rs[j]) {
		j--
	}
	finalCtx := j >= 0 && strIsCased(rs[j])
	if finalCtx {
		j = i + 1
		for j < len(rs) && strIsCaseIgnorable(rs[j]) {
			j++
		}
		finalCtx = j == len(rs) || !strIsCased(rs[j])
	}
	if finalCtx {
		return 0x3C2
	}
	return 0x3C3
}

func strASCIIMap(s string, f func(c byte) byte) string {
	b := make([]byte, len(s))
	changed := false
	for i := 0; i < len(s); i++ {
		b[i] = f(s[i])
		if b[i] != s[i] {
			changed = true
		}
	}
	if !changed {
		return s
	}
	return string(b)
}

func strASCIIUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func strASCIILower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func strResult(self *Str, r string) *Str {
	if r == self.s {
		return self
	}
	return strNewString(r)
}

// strNoArgs wraps a no-argument str method.
func strNoArgs(name string, f func(s *Str) Object) MethodFn {
	full := "str." + name
	return func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != 0 {
			if err := CheckArgs(t, full, args, kw, 0, 0); err != nil {
				return nil, err
			}
		}
		return f(strSelf(self)), nil
	}
}

func strUpper(s *Str) Object {
	if s.ascii {
		return strMake(strASCIIMap(s.s, strASCIIUpper), s.n, true)
	}
	var sb strings.Builder
	sb.Grow(len(s.s))
	for _, r := range s.s {
		strUpperFull(&sb, r)
	}
	return strResult(s, sb.String())
}

func strLower(s *Str) Object {
	if s.ascii {
		return strMake(strASCIIMap(s.s, strASCIILower), s.n, true)
	}
	rs := s.Runes()
	var sb strings.Builder
	sb.Grow(len(s.s))
	for i := range rs {
		strLowerAt(&sb, rs, i)
	}
	return strResult(s, sb.String())
}

func strCasefold(s *Str) Object {
	if s.ascii {
		return strLower(s)
	}
	var sb strings.Builder
	for _, r := range s.s {
		if m, ok := strFoldSpecial[r]; ok {
			sb.WriteString(m)
		} else if m, ok := strLowerSpecial[r]; ok {
			sb.WriteString(m)
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return strResult(s, sb.String())
}

func strSwapcase(s *Str) Object {
	if s.ascii {
		return strMake(strASCIIMap(s.s, func(c byte) byte {
			if c >= 'a' && c <= 'z' {
				return c - 32
			}
			if c >= 'A' && c <= 'Z' {
				return c + 32
			}
			return c
		}), s.n, true)
	}
	rs := s.Runes()
	var sb strings.Builder
	for i, r := range rs {
		switch {
		case strIsUpper(r):
			strLowerAt(&sb, rs, i)
		case strIsLower(r):
			strUpperFull(&sb, r)
		default:
			sb.WriteRune(r)
		}
	}
	return strResult(s, sb.String())
}

func strCapitalize(s *Str) Object {
	if s.n == 0 {
		return s
	}
	if s.ascii {
		b := []byte(s.s)
		b[0] = strASCIIUpper(b[0])
		for i := 1; i < len(b); i++ {
			b[i] = strASCIILower(b[i])
		}
		return strResult(s, string(b))
	}
	rs := s.Runes()
	var sb strings.Builder
	strTitleFull(&sb, rs[0])
	for i := 1; i < len(rs); i++ {
		strLowerAt(&sb, rs, i)
	}
	return strResult(s, sb.String())
}

func strTitle(s *Str) Object {
	if s.ascii {
		b := []byte(s.s)
		prevCased := false
		for i, c := range b {
			if prevCased {
				b[i] = strASCIILower(c)
			} else {
				b[i] = strASCIIUpper(c)
			}
			prevCased = (c|0x20) >= 'a' && (c|0x20) <= 'z'
		}
		return strResult(s, string(b))
	}
	rs := s.Runes()
	var sb strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			strLowerAt(&sb, rs, i)
		} else {
			strTitleFull(&sb, r)
		}
		prevCased = strIsCased(r)
	}
	return strResult(s, sb.String())
}

// ---- predicates ----

func strPredicate(f func(r rune) bool) func(s *Str) Object {
	return func(s *Str) Object {
		if s.n == 0 {
			return False
		}
		if s.ascii {
			for i := 0; i < len(s.s); i++ {
				if !f(rune(s.s[i])) {
					return False
				}
			}
			return True
		}
		for _, r := range s.s {
			if !f(r) {
				return False
			}
		}
		return True
	}
}

func strIsLowerM(s *Str) Object {
	cased := false
	for _, r := range s.s {
		if strIsUpper(r) || strIsTitle(r) {
			return False
		}
		if !cased && strIsLower(r) {
			cased = true
		}
	}
	return NewBool(cased)
}

func strIsUpperM(s *Str) Object {
	cased := false
	for _, r := range s.s {
		if strIsLower(r) || strIsTitle(r) {
			return False
		}
		if !cased && strIsUpper(r) {
			cased = true
		}
	}
	return NewBool(cased)
}

func strIsTitleM(s *Str) Object {
	cased, prev := false, false
	for _, r := range s.s {
		switch {
		case strIsUpper(r) || strIsTitle(r):
			if prev {
				return False
			}
			prev, cased = true, true
		case strIsLower(r):
			if !prev {
				return False
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return NewBool(cased)
}

func strIsIdentifierM(s *Str) Object {
	if s.n == 0 {
		return False
	}
	first := true
	for _, r := range s.s {
		if first {
			if !strIsIDStart(r) {
				return False
			}
			first = false
		} else if !strIsIDContinue(r) {
			return False
		}
	}
	return True
}

func strIsPrintableM(s *Str) Object {
	for _, r := range s.s {
		if !strIsPrintable(r) {
			return False
		}
	}
	return True
}

// ---- searching ----

// strFindArgs parses (sub[, start[, end]]) and returns the byte range of s
// to search, the code point start, and ok=false when the range is empty
// in a way that makes every search fail.
func strFindArgs(t *Thread, name string, s *Str, args []Object, kw []string) (sub *Str, bs, be, start, end int, err error) {
	if err = CheckArgs(t, name, args, kw, 1, 3); err != nil {
		return
	}
	var ok bool
	if sub, ok = strAs(args[0]); !ok {
		tn := TypeName(args[0])
		if args[0] == None {
			tn = "None"
		}
		err = Errorf(t, TypeErrorType, "%s() argument 1 must be str, not %s", name, tn)
		return
	}
	start, end = 0, math.MaxInt64/2
	if len(args) > 1 {
		if start, err = strSliceIndex(t, args[1], 0); err != nil {
			return
		}
	}
	if len(args) > 2 {
		if end, err = strSliceIndex(t, args[2], math.MaxInt64/2); err != nil {
			return
		}
	}
	start, end = strAdjustIndices(start, end, s.n)
	if start <= end && start <= s.n {
		bs = strByteOffset(s, start)
		be = bs
		if s.ascii {
			be = end
		} else {
			be = bs + len(strSubstr(s, start, end).s)
		}
	}
	return
}

// strFind returns the code point index of sub in s (dir > 0: first, else last), or -1.
func strFind(t *Thread, name string, self Object, args []Object, kw []string, last bool) (int, error) {
	s := strSelf(self)
	sub, bs, be, start, end, err := strFindArgs(t, name, s, args, kw)
	if err != nil {
		return 0, err
	}
	if start > end || start > s.n {
		return -1, nil
	}
	hay := s.s[bs:be]
	var i int
	if last {
		i = strings.LastIndex(hay, sub.s)
	} else if len(sub.s) == 1 {
		i = strings.IndexByte(hay, sub.s[0])
	} else {
		i = strings.Index(hay, sub.s)
	}
	if i < 0 {
		return -1, nil
	}
	if s.ascii {
		return start + i, nil
	}
	return start + utf8.RuneCountInString(hay[:i]), nil
}

func strMethodFind(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	i, err := strFind(t, "find", self, args, kw, false)
	if err != nil {
		return nil, err
	}
	return Int(i), nil
}

func strMethodRFind(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	i, err := strFind(t, "rfind", self, args, kw, true)
	if err != nil {
		return nil, err
	}
	return Int(i), nil
}

func strMethodIndex(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	i, err := strFind(t, "index", self, args, kw, false)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, Errorf(t, ValueErrorType, "substring not found")
	}
	return Int(i), nil
}

func strMethodRIndex(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	i, err := strFind(t, "rindex", self, args, kw, true)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, Errorf(t, ValueErrorType, "substring not found")
	}
	return Int(i), nil
}

func strMethodCount(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	sub, bs, be, start, end, err := strFindArgs(t, "count", s, args, kw)
	if err != nil {
		return nil, err
	}
	if start > end || start > s.n {
		return Int(0), nil
	}
	hay := s.s[bs:be]
	if len(sub.s) == 0 {
		if s.ascii {
			return Int(len(hay) + 1), nil
		}
		return Int(utf8.RuneCountInString(hay) + 1), nil
	}
	return Int(strings.Count(hay, sub.s)), nil
}

// strTailMatch implements startswith (end false) and endswith (end true).
func strTailMatch(t *Thread, name string, self Object, args []Object, kw []string, atEnd bool) (Object, error) {
	s := strSelf(self)
	if err := CheckArgs(t, name, args, kw, 1, 3); err != nil {
		return nil, err
	}
	start, end := 0, math.MaxInt64/2
	var err error
	if len(args) > 1 {
		if start, err = strSliceIndex(t, args[1], 0); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if end, err = strSliceIndex(t, args[2], math.MaxInt64/2); err != nil {
			return nil, err
		}
	}
	start, end = strAdjustIndices(start, end, s.n)
	match := func(sub *Str) bool {
		if start > s.n || end-start < sub.n {
			return false
		}
		var seg string
		if s.ascii {
			seg = s.s[start:end]
		} else {
			seg = strSubstr(s, start, end).s
		}
		if atEnd {
			return strings.HasSuffix(seg, sub.s)
		}
		return strings.HasPrefix(seg, sub.s)
	}
	switch p := args[0].(type) {
	case *Str:
		return NewBool(match(p)), nil
	case *Tuple:
		for _, x := range p.Items {
			sub, ok := strAs(x)
			if !ok {
				return nil, Errorf(t, TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeName(x))
			}
			if match(sub) {
				return True, nil
			}
		}
		return False, nil
	}
	return nil, Errorf(t, TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(args[0]))
}

func strMethodStartswith(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strTailMatch(t, "startswith", self, args, kw, false)
}

func strMethodEndswith(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strTailMatch(t, "endswith", self, args, kw, true)
}

// ---- splitting and joining ----

// strPiece returns the str for a substring of s.
func strPiece(s *Str, sub string) *Str {
	if s.ascii {
		return strMake(sub, len(sub), true)
	}
	return strNewString(sub)
}

func strParseSplitArgs(t *Thread, name string, args []Object, kw []string) (sep *Str, maxsplit int, err error) {
	var sepObj Object = None
	maxsplit = -1
	if err = UnpackArgs(t, name, args, kw, "sep?", &sepObj, "maxsplit?", &maxsplit); err != nil {
		return
	}
	if sepObj != None {
		var ok bool
		if sep, ok = strAs(sepObj); !ok {
			err = Errorf(t, TypeErrorType, "must be str or None, not %s", TypeName(sepObj))
			return
		}
		if sep.n == 0 {
			err = Errorf(t, ValueErrorType, "empty separator")
		}
	}
	if maxsplit < 0 {
		maxsplit = math.MaxInt
	}
	return
}

func strMethodSplit(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	sep, maxsplit, err := strParseSplitArgs(t, "split", args, kw)
	if err != nil {
		return nil, err
	}
	var items []Object
	if sep == nil {
		items = strSplitWhitespace(s, maxsplit)
	} else {
		str := s.s
		count := strings.Count(str, sep.s) + 1
		if maxsplit < count-1 {
			count = maxsplit + 1
		}
		alloc := strPieceAlloc{hint: count}
		items = make([]Object, 0, count)
		for maxsplit > 0 {
			var i int
			if len(sep.s) == 1 {
				i = strings.IndexByte(str, sep.s[0])
			} else {
				i = strings.Index(str, sep.s)
			}
			if i < 0 {
				break
			}
			items = append(items, alloc.piece(s, str[:i]))
			str = str[i+len(sep.s):]
			maxsplit--
		}
		if len(items) == 0 {
			items = append(items, s)
		} else {
			items = append(items, alloc.piece(s, str))
		}
	}
	return NewList(t, items), nil
}

// strPieceAlloc hands out Str structs allocated in small batches (one
// allocation per batch instead of one per piece of a split).
type strPieceAlloc struct {
	pool []Str
	hint int // expected number of pieces still to come
}

func (a *strPieceAlloc) piece(s *Str, sub string) *Str {
	if len(sub) <= 1 || !s.ascii {
		return strPiece(s, sub)
	}
	if len(a.pool) == 0 {
		n := a.hint
		if n < 16 {
			n = 16
		}
		if n > 1024 {
			n = 1024
		}
		a.pool = make([]Str, n)
		a.hint -= n
	}
	p := &a.pool[0]
	a.pool = a.pool[1:]
	p.s, p.n, p.ascii = sub, len(sub), true
	return p
}

func strSplitWhitespace(s *Str, maxsplit int) []Object {
	if s.ascii {
		return strSplitWhitespaceASCII(s, maxsplit)
	}
	var items []Object
	str := s.s
	i := 0
	n := len(str)
	next := func(i int) (rune, int) {
		c := str[i]
		if c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(str[i:])
	}
	for {
		// skip whitespace
		for i < n {
			r, size := next(i)
			if !strIsSpaceRune(r) {
				break
			}
			i += size
		}
		if i >= n {
			break
		}
		if maxsplit == 0 {
			if i == 0 {
				items = append(items, s)
			} else {
				items = append(items, strPiece(s, str[i:]))
			}
			break
		}
		j := i
		for j < n {
			r, size := next(j)
			if strIsSpaceRune(r) {
				break
			}
			j += size
		}
		if i == 0 && j == n {
			items = append(items, s)
		} else {
			items = append(items, strPiece(s, str[i:j]))
		}
		i = j
		maxsplit--
	}
	return items
}

func strSplitWhitespaceASCII(s *Str, maxsplit int) []Object {
	str := s.s
	i, n := 0, len(str)
	// Count the words first so that the pieces and the list are allocated once.
	count := 0
	for k := 0; k < n; {
		for k < n && strASCIISpace[str[k]&0x7f] {
			k++
		}
		if k < n {
			count++
		}
		for k < n && !strASCIISpace[str[k]&0x7f] {
			k++
		}
	}
	if maxsplit < count-1 {
		count = maxsplit + 1
	}
	alloc := strPieceAlloc{hint: count}
	items := make([]Object, 0, count)
	for {
		for i < n && strASCIISpace[str[i]&0x7f] {
			i++
		}
		if i >= n {
			break
		}
		if maxsplit == 0 {
			items = append(items, alloc.piece(s, str[i:]))
			break
		}
		j := i
		for j < n && !strASCIISpace[str[j]&0x7f] {
			j++
		}
		if i == 0 && j == n {
			items = append(items, s)
		} else {
			items = append(items, alloc.piece(s, str[i:j]))
		}
		i = j
		maxsplit--
	}
	return items
}

func strMethodRSplit(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	sep, maxsplit, err := strParseSplitArgs(t, "rsplit", args, kw)
	if err != nil {
		return nil, err
	}
	var items []Object
	str := s.s
	if sep == nil {
		j := len(str)
		for {
			for j > 0 {
				r, size := utf8.DecodeLastRuneInString(str[:j])
				if !strIsSpaceRune(r) {
					break
				}
				j -= size
			}
			if j <= 0 {
				break
			}
			if maxsplit == 0 {
				items = append(items, strPiece(s, str[:j]))
				break
			}
			i := j
			for i > 0 {
				r, size := utf8.DecodeLastRuneInString(str[:i])
				if strIsSpaceRune(r) {
					break
				}
				i -= size
			}
			items = append(items, strPiece(s, str[i:j]))
			j = i
			maxsplit--
		}
	} else {
		for maxsplit > 0 {
			i := strings.LastIndex(str, sep.s)
			if i < 0 {
				break
			}
			items = append(items, strPiece(s, str[i+len(sep.s):]))
			str = str[:i]
			maxsplit--
		}
		items = append(items, strPiece(s, str))
	}
	for a, b := 0, len(items)-1; a < b; a, b = a+1, b-1 {
		items[a], items[b] = items[b], items[a]
	}
	return NewList(t, items), nil
}

func strMethodSplitlines(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	keep := false
	if err := UnpackArgs(t, "splitlines", args, kw, "keepends?", &keep); err != nil {
		return nil, err
	}
	var items []Object
	str := s.s
	i := 0
	for i < len(str) {
		j := i
		var eol int
		for {
			if j >= len(str) {
				eol = j
				break
			}
			r, size := rune(str[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(str[j:])
			}
			if strIsLineBreak(r) {
				eol = j + size
				if r == '\r' && eol < len(str) && str[eol] == '\n' {
					eol++
				}
				break
			}
			j += size
		}
		if keep {
			j = eol
		}
		items = append(items, strPiece(s, str[i:j]))
		i = eol
	}
	return NewList(t, items), nil
}

func strMethodPartition(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strPartition(t, "partition", self, args, kw, false)
}

func strMethodRPartition(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strPartition(t, "rpartition", self, args, kw, true)
}

func strPartition(t *Thread, name string, self Object, args []Object, kw []string, last bool) (Object, error) {
	if err := CheckArgs(t, name, args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	sep, err := strArg(t, args[0])
	if err != nil {
		return nil, err
	}
	if sep.n == 0 {
		return nil, Errorf(t, ValueErrorType, "empty separator")
	}
	var i int
	if last {
		i = strings.LastIndex(s.s, sep.s)
	} else {
		i = strings.Index(s.s, sep.s)
	}
	if i < 0 {
		if last {
			return NewTuple(t, []Object{emptyStr, emptyStr, s}), nil
		}
		return NewTuple(t, []Object{s, emptyStr, emptyStr}), nil
	}
	return NewTuple(t, []Object{strPiece(s, s.s[:i]), sep, strPiece(s, s.s[i+len(sep.s):])}), nil
}

// StrJoin returns sep.join(iterable).
func StrJoin(t *Thread, sep *Str, iterable Object) (*Str, error) {
	switch v := iterable.(type) {
	case *List:
		if v.sub == nil {
			t.Lock(&v.Mu)
			r, bad := strJoinItems(sep, v.Items)
			t.Unlock(&v.Mu)
			if bad != nil {
				return nil, bad.err(t)
			}
			return r, nil
		}
	case *Tuple:
		if v.sub == nil {
			r, bad := strJoinItems(sep, v.Items)
			if bad != nil {
				return nil, bad.err(t)
			}
			return r, nil
		}
	}
	if iterable.Type().Iter == nil && iterable.Type().GetItem == nil {
		return nil, Errorf(t, TypeErrorType, "can only join an iterable")
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	var items []Object
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
	r, bad := strJoinItems(sep, items)
	if bad != nil {
		return nil, bad.err(t)
	}
	return r, nil
}

type strJoinError struct {
	i   int
	typ string
}

func (e *strJoinError) err(t *Thread) error {
	return Errorf(t, TypeErrorType, "sequence item %d: expected str instance, %s found", e.i, e.typ)
}

// strJoinItems joins items (pure Go: safe under a list's lock).
func strJoinItems(sep *Str, items []Object) (*Str, *strJoinError) {
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if s, ok := strAs(items[0]); ok {
			return s, nil
		}
	}
	size, n := 0, 0
	ascii := sep.ascii
	for i, x := range items {
		s, ok := x.(*Str)
		if !ok {
			if s, ok = strAs(x); !ok {
				return nil, &strJoinError{i, TypeName(x)}
			}
		}
		size += len(s.s)
		n += s.n
		ascii = ascii && s.ascii
	}
	size += len(sep.s) * (len(items) - 1)
	n += sep.n * (len(items) - 1)
	if size <= 1 { // "" or a cached one-character str
		buf := strAppendJoined(make([]byte, 0, size), sep, items)
		return strMake(string(buf), n, ascii), nil
	}
	st, buf := newStrBuf(size)
	st.setBuf(strAppendJoined(buf[:0], sep, items), n, ascii)
	return st, nil
}

// strAppendJoined appends the strs of items separated by sep to buf.
func strAppendJoined(buf []byte, sep *Str, items []Object) []byte {
	for i, x := range items {
		if i > 0 {
			buf = append(buf, sep.s...)
		}
		s, ok := x.(*Str)
		if !ok {
			s, _ = strAs(x)
		}
		buf = append(buf, s.s...)
	}
	return buf
}

func strMethodJoin(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "str.join", args, kw, 1, 1); err != nil {
		return nil, err
	}
	return StrJoin(t, strSelf(self), args[0])
}

// ---- stripping ----

func strStripImpl(t *Thread, name string, self Object, args []Object, kw []string, left, right bool) (Object, error) {
	if err := CheckArgs(t, name, args, kw, 0, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	str := s.s
	var in func(r rune) bool
	if len(args) == 0 || args[0] == None {
		in = strIsSpaceRune
	} else {
		chars, ok := strAs(args[0])
		if !ok {
			return nil, Errorf(t, TypeErrorType, "%s arg must be None or str", name)
		}
		if chars.ascii && len(chars.s) == 1 {
			c := rune(chars.s[0])
			in = func(r rune) bool { return r == c }
		} else {
			cs := chars.s
			in = func(r rune) bool { return strings.ContainsRune(cs, r) }
		}
	}
	i, j := 0, len(str)
	if left {
		for i < j {
			r, size := rune(str[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(str[i:])
			}
			if !in(r) {
				break
			}
			i += size
		}
	}
	if right {
		for j > i {
			r, size := rune(str[j-1]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeLastRuneInString(str[i:j])
			}
			if !in(r) {
				break
			}
			j -= size
		}
	}
	if i == 0 && j == len(str) {
		return s, nil
	}
	return strPiece(s, str[i:j]), nil
}

func strMethodStrip(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strStripImpl(t, "strip", self, args, kw, true, true)
}

func strMethodLStrip(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strStripImpl(t, "lstrip", self, args, kw, true, false)
}

func strMethodRStrip(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	return strStripImpl(t, "rstrip", self, args, kw, false, true)
}

func strMethodRemovePrefix(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "removeprefix", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	p, ok := strAs(args[0])
	if !ok {
		return nil, Errorf(t, TypeErrorType, "removeprefix() argument must be str, not %s", TypeName(args[0]))
	}
	if p.n > 0 && strings.HasPrefix(s.s, p.s) {
		return strMake2(s.s[len(p.s):], s.n-p.n), nil
	}
	return s, nil
}

func strMethodRemoveSuffix(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "removesuffix", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	p, ok := strAs(args[0])
	if !ok {
		return nil, Errorf(t, TypeErrorType, "removesuffix() argument must be str, not %s", TypeName(args[0]))
	}
	if p.n > 0 && strings.HasSuffix(s.s, p.s) {
		return strMake2(s.s[:len(s.s)-len(p.s)], s.n-p.n), nil
	}
	return s, nil
}

// ---- replace ----

func strMethodReplace(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	var oldO, newO Object
	count := -1
	if n := len(args) - len(kw); n < 2 && len(kw) == 0 {
		return nil, Errorf(t, TypeErrorType, "replace() takes at least 2 positional arguments (%d given)", n)
	}
	if err := UnpackArgs(t, "replace", args, kw, "old", &oldO, "new", &newO, "count?", &count); err != nil {
		return nil, err
	}
	old, ok := strAs(oldO)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "replace() argument 1 must be str, not %s", TypeName(oldO))
	}
	nw, ok := strAs(newO)
	if !ok {
		return nil, Errorf(t, TypeErrorType, "replace() argument 2 must be str, not %s", TypeName(newO))
	}
	if count == 0 {
		return s, nil
	}
	// Bound the result size before building it.
	m := count
	if len(old.s) == 0 {
		if m < 0 || m > s.n+1 {
			m = s.n + 1
		}
	} else {
		c := strings.Count(s.s, old.s)
		if c == 0 {
			return s, nil
		}
		if m < 0 || m > c {
			m = c
		}
	}
	if len(nw.s) > len(old.s) {
		if _, err := strCheckRepeat(t, len(nw.s)-len(old.s), int64(m), "string"); err != nil {
			return nil, err
		}
	}
	r := strings.Replace(s.s, old.s, nw.s, m)
	return strMake(r, s.n+m*(nw.n-old.n), s.ascii && nw.ascii), nil
}

// ---- padding ----

func strFillArgs(t *Thread, name string, args []Object, kw []string) (int, rune, error) {
	if err := CheckArgs(t, name, args, kw, 1, 2); err != nil {
		return 0, 0, err
	}
	width, err := IndexInt(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	fill := ' '
	if len(args) > 1 {
		f, ok := strAs(args[1])
		if !ok {
			return 0, 0, Errorf(t, TypeErrorType, "The fill character must be a unicode character, not %s", TypeName(args[1]))
		}
		if f.n != 1 {
			return 0, 0, Errorf(t, TypeErrorType, "The fill character must be exactly one character long")
		}
		fill, _ = utf8.DecodeRuneInString(f.s)
	}
	return width, fill, nil
}

// strPadded returns s with left and right fill characters.
func strPadded(t *Thread, s *Str, left, right int, fill rune) (Object, error) {
	if left <= 0 && right <= 0 {
		return s, nil
	}
	fs := string(fill)
	if _, err := strCheckRepeat(t, len(fs), int64(left+right), "string"); err != nil {
		return nil, err
	}
	var sb strings.Builder
	sb.Grow(len(s.s) + len(fs)*(left+right))
	for i := 0; i < left; i++ {
		sb.WriteString(fs)
	}
	sb.WriteString(s.s)
	for i := 0; i < right; i++ {
		sb.WriteString(fs)
	}
	return strMake(sb.String(), s.n+left+right, s.ascii && fill < utf8.RuneSelf), nil
}

func strMethodCenter(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	width, fill, err := strFillArgs(t, "center", args, kw)
	if err != nil {
		return nil, err
	}
	if width <= s.n {
		return s, nil
	}
	marg := width - s.n
	left := marg/2 + (marg & width & 1)
	return strPadded(t, s, left, marg-left, fill)
}

func strMethodLJust(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	width, fill, err := strFillArgs(t, "ljust", args, kw)
	if err != nil {
		return nil, err
	}
	return strPadded(t, s, 0, width-s.n, fill)
}

func strMethodRJust(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	width, fill, err := strFillArgs(t, "rjust", args, kw)
	if err != nil {
		return nil, err
	}
	return strPadded(t, s, width-s.n, 0, fill)
}

func strMethodZfill(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "zfill", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	width, err := IndexInt(t, args[0])
	if err != nil {
		return nil, err
	}
	if width <= s.n {
		return s, nil
	}
	fill := width - s.n
	if _, err := strCheckRepeat(t, 1, int64(fill), "string"); err != nil {
		return nil, err
	}
	var sb strings.Builder
	sb.Grow(len(s.s) + fill)
	rest := s.s
	if rest != "" && (rest[0] == '+' || rest[0] == '-') {
		sb.WriteByte(rest[0])
		rest = rest[1:]
	}
	sb.WriteString(strings.Repeat("0", fill))
	sb.WriteString(rest)
	return strMake(sb.String(), width, s.ascii), nil
}

func strMethodExpandTabs(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	s := strSelf(self)
	tabsize := 8
	if err := UnpackArgs(t, "expandtabs", args, kw, "tabsize?", &tabsize); err != nil {
		return nil, err
	}
	if strings.IndexByte(s.s, '\t') < 0 {
		return s, nil
	}
	var sb strings.Builder
	col := 0
	for _, r := range s.s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				if sb.Len()+n > strMaxAlloc {
					return nil, Errorf(t, OverflowErrorType, "new string is too long")
				}
				sb.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			sb.WriteRune(r)
			col = 0
		default:
			sb.WriteRune(r)
			col++
		}
	}
	return strNewString(sb.String()), nil
}

// ---- encode, translate ----

func strMethodEncode(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	var enc, errs Object
	if err := UnpackArgs(t, "encode", args, kw, "encoding?", &enc, "errors?", &errs); err != nil {
		return nil, err
	}
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		e, ok := strAs(enc)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "encode() argument 'encoding' must be str, not %s", TypeName(enc))
		}
		encoding = e.s
	}
	if errs != nil {
		e, ok := strAs(errs)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "encode() argument 'errors' must be str, not %s", TypeName(errs))
		}
		errors = e.s
	}
	b, err := EncodeStr(t, strSelf(self), encoding, errors)
	if err != nil {
		return nil, err
	}
	if len(b) == 1 {
		return bytesSingle[b[0]], nil
	}
	return NewBytes(b), nil
}

func strMethodMakeTrans(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "maketrans", args, kw, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(t, TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		keys, values := src.Items(t)
		for i, k := range keys {
			var key Object
			switch kk := k.(type) {
			case *Str:
				if kk.n != 1 {
					return nil, Errorf(t, ValueErrorType, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(kk.s)
				key = Int(r)
			case Int, Bool, *BigInt:
				key = kk
			default:
				return nil, Errorf(t, TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := d.SetItem(t, key, values[i]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	x, ok := strAs(args[0])
	if !ok {
		return nil, Errorf(t, TypeErrorType, "maketrans() argument 1 must be str, not %s", TypeName(args[0]))
	}
	y, ok := strAs(args[1])
	if !ok {
		return nil, Errorf(t, TypeErrorType, "maketrans() argument 2 must be str, not %s", TypeName(args[1]))
	}
	if x.n != y.n {
		return nil, Errorf(t, ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	xr, yr := []rune(x.s), []rune(y.s)
	for i := range xr {
		if err := d.SetItem(t, Int(xr[i]), Int(yr[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := strAs(args[2])
		if !ok {
			return nil, Errorf(t, TypeErrorType, "maketrans() argument 3 must be str, not %s", TypeName(args[2]))
		}
		for _, r := range z.s {
			if err := d.SetItem(t, Int(r), None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func strMethodTranslate(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "translate", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := strSelf(self)
	table := args[0]
	var sb strings.Builder
	sb.Grow(len(s.s))
	type entry struct {
		done bool
		keep bool
		out  string
	}
	var cache [128]entry
	for _, r := range s.s {
		if r < 128 && cache[r].done {
			if cache[r].keep {
				sb.WriteRune(r)
			} else {
				sb.WriteString(cache[r].out)
			}
			continue
		}
		v, err := GetItem(t, table, Int(r))
		var e entry
		e.done = true
		if err != nil {
			if ex, ok := err.(*Exception); ok && ex.typ.IsSubtype(LookupErrorType) {
				e.keep = true
			} else {
				return nil, err
			}
		} else {
			switch x := v.(type) {
			case NoneType:
			case *Str:
				e.out = x.s
			case Int:
				if x < 0 || x > 0x10FFFF {
					return nil, Errorf(t, ValueErrorType, "character mapping must be in range(0x110000)")
				}
				e.out = string(rune(x))
			default:
				return nil, Errorf(t, TypeErrorType, "character mapping must return integer, None or str")
			}
		}
		if e.keep {
			sb.WriteRune(r)
		} else {
			sb.WriteString(e.out)
		}
		if r < 128 {
			cache[r] = e
		}
	}
	return strResult(s, sb.String()), nil
}

func strMethodFormatSpec(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "__format__", args, kw, 1, 1); err != nil {
		return nil, err
	}
	spec, ok := strAs(args[0])
	if !ok {
		return nil, Errorf(t, TypeErrorType, "__format__() argument must be str, not %s", TypeName(args[0]))
	}
	if spec.n == 0 {
		return strSelf(self), nil
	}
	return strCallFormatSpec(t, self, spec.s)
}

func init() {
	m := func(name string, fn MethodFn) { StrType.AddMethod(name, InstanceMethod, fn) }
	m("upper", strNoArgs("upper", strUpper))
	m("lower", strNoArgs("lower", strLower))
	m("casefold", strNoArgs("casefold", strCasefold))
	m("swapcase", strNoArgs("swapcase", strSwapcase))
	m("capitalize", strNoArgs("capitalize", strCapitalize))
	m("title", strNoArgs("title", strTitle))
	m("isalpha", strNoArgs("isalpha", strPredicate(strIsAlpha)))
	m("isalnum", strNoArgs("isalnum", strPredicate(strIsAlnum)))
	m("isdecimal", strNoArgs("isdecimal", strPredicate(strIsDecimal)))
	m("isdigit", strNoArgs("isdigit", strPredicate(strIsDigit)))
	m("isnumeric", strNoArgs("isnumeric", strPredicate(strIsNumeric)))
	m("isspace", strNoArgs("isspace", strPredicate(strIsSpaceRune)))
	m("isascii", strNoArgs("isascii", func(s *Str) Object { return NewBool(s.ascii) }))
	m("islower", strNoArgs("islower", strIsLowerM))
	m("isupper", strNoArgs("isupper", strIsUpperM))
	m("istitle", strNoArgs("istitle", strIsTitleM))
	m("isidentifier", strNoArgs("isidentifier", strIsIdentifierM))
	m("isprintable", strNoArgs("isprintable", strIsPrintableM))
	m("find", strMethodFind)
	m("rfind", strMethodRFind)
	m("index", strMethodIndex)
	m("rindex", strMethodRIndex)
	m("count", strMethodCount)
	m("startswith", strMethodStartswith)
	m("endswith", strMethodEndswith)
	m("split", strMethodSplit)
	m("rsplit", strMethodRSplit)
	m("splitlines", strMethodSplitlines)
	m("partition", strMethodPartition)
	m("rpartition", strMethodRPartition)
	m("join", strMethodJoin)
	m("strip", strMethodStrip)
	m("lstrip", strMethodLStrip)
	m("rstrip", strMethodRStrip)
	m("removeprefix", strMethodRemovePrefix)
	m("removesuffix", strMethodRemoveSuffix)
	m("replace", strMethodReplace)
	m("center", strMethodCenter)
	m("ljust", strMethodLJust)
	m("rjust", strMethodRJust)
	m("zfill", strMethodZfill)
	m("expandtabs", strMethodExpandTabs)
	m("encode", strMethodEncode)
	m("translate", strMethodTranslate)
	m("format", strMethodFormat)
	m("format_map", strMethodFormatMap)
	m("__format__", strMethodFormatSpec)
	StrType.AddMethod("maketrans", StaticMethod, strMethodMakeTrans)
}

// Full case mappings that differ from the simple one-rune mappings
// (generated from CPython 3.13's str methods).
var strUpperSpecial = map[rune]string{
	0xDF: "\u0053\u0053", 0x149: "\u02BC\u004E", 0x1F0: "\u004A\u030C", 0x390: "\u0399\u0308\u0301",
	0x3B0: "\u03A5\u0308\u0301", 0x587: "\u0535\u0552", 0x1E96: "\u0048\u0331", 0x1E97: "\u0054\u0308",
	0x1E98: "\u0057\u030A", 0x1E99: "\u0059\u030A", 0x1E9A: "\u0041\u02BE", 0x1F50: "\u03A5\u0313",
	0x1F52: "\u03A5\u0313\u0300", 0x1F54: "\u03A5\u0313\u0301", 0x1F56: "\u03A5\u0313\u0342",
	0x1F80: "\u1F08\u0399", 0x1F81: "\u1F09\u0399", 0x1F82: "\u1F0A\u0399", 0x1F83: "\u1F0B\u0399",
	0x1F84: "\u1F0C\u0399", 0x1F85: "\u1F0D\u0399", 0x1F86: "\u1F0E\u0399", 0x1F87: "\u1F0F\u0399",
	0x1F88: "\u1F08\u0399", 0x1F89: "\u1F09\u0399", 0x1F8A: "\u1F0A\u0399", 0x1F8B: "\u1F0B\u0399",
	0x1F8C: "\u1F0C\u0399", 0x1F8D: "\u1F0D\u0399", 0x1F8E: "\u1F0E\u0399", 0x1F8F: "\u1F0F\u0399",
	0x1F90: "\u1F28\u0399", 0x1F91: "\u1F29\u0399", 0x1F92: "\u1F2A\u0399", 0x1F93: "\u1F2B\u0399",
	0x1F94: "\u1F2C\u0399", 0x1F95: "\u1F2D\u0399", 0x1F96: "\u1F2E\u0399", 0x1F97: "\u1F2F\u0399",
	0x1F98: "\u1F28\u0399", 0x1F99: "\u1F29\u0399", 0x1F9A: "\u1F2A\u0399", 0x1F9B: "\u1F2B\u0399",
	0x1F9C: "\u1F2C\u0399", 0x1F9D: "\u1F2D\u0399", 0x1F9E: "\u1F2E\u0399", 0x1F9F: "\u1F2F\u0399",
	0x1FA0: "\u1F68\u0399", 0x1FA1: "\u1F69\u0399", 0x1FA2: "\u1F6A\u0399", 0x1FA3: "\u1F6B\u0399",
	0x1FA4: "\u1F6C\u0399", 0x1FA5: "\u1F6D\u0399", 0x1FA6: "\u1F6E\u0399", 0x1FA7: "\u1F6F\u0399",
	0x1FA8: "\u1F68\u0399", 0x1FA9: "\u1F69\u0399", 0x1FAA: "\u1F6A\u0399", 0x1FAB: "\u1F6B\u0399",
	0x1FAC: "\u1F6C\u0399", 0x1FAD: "\u1F6D\u0399", 0x1FAE: "\u1F6E\u0399", 0x1FAF: "\u1F6F\u0399",
	0x1FB2: "\u1FBA\u0399", 0x1FB3: "\u0391\u0399", 0x1FB4: "\u0386\u0399", 0x1FB6: "\u0391\u0342",
	0x1FB7: "\u0391\u0342\u0399", 0x1FBC: "\u0391\u0399", 0x1FC2: "\u1FCA\u0399", 0x1FC3: "\u0397\u0399",
	0x1FC4: "\u0389\u0399", 0x1FC6: "\u0397\u0342", 0x1FC7: "\u0397\u0342\u0399", 0x1FCC: "\u0397\u0399",
	0x1FD2: "\u0399\u0308\u0300", 0x1FD3: "\u0399\u0308\u0301", 0x1FD6: "\u0399\u0342",
	0x1FD7: "\u0399\u0308\u0342", 0x1FE2: "\u03A5\u0308\u0300", 0x1FE3: "\u03A5\u0308\u0301",
	0x1FE4: "\u03A1\u0313", 0x1FE6: "\u03A5\u0342", 0x1FE7: "\u03A5\u0308\u0342", 0x1FF2: "\u1FFA\u0399",
	0x1FF3: "\u03A9\u0399", 0x1FF4: "\u038F\u0399", 0x1FF6: "\u03A9\u0342", 0x1FF7: "\u03A9\u0342\u0399",
	0x1FFC: "\u03A9\u0399", 0xFB00: "\u0046\u0046", 0xFB01: "\u0046\u0049", 0xFB02: "\u0046\u004C",
	0xFB03: "\u0046\u0046\u0049", 0xFB04: "\u0046\u0046\u004C", 0xFB05: "\u0053\u0054", 0xFB06: "\u0053\u0054",
	0xFB13: "\u0544\u0546", 0xFB14: "\u0544\u0535", 0xFB15: "\u0544\u053B", 0xFB16: "\u054E\u0546",
	0xFB17: "\u0544\u053D",
}

var strLowerSpecial = map[rune]string{
	0x130: "\u0069\u0307",
}

var strTitleSpecial = map[rune]string{
	0xDF: "\u0053\u0073", 0x149: "\u02BC\u004E", 0x1F0: "\u004A\u030C", 0x390: "\u0399\u0308\u0301",
	0x3B0: "\u03A5\u0308\u0301", 0x587: "\u0535\u0582", 0x1E96: "\u0048\u0331", 0x1E97: "\u0054\u0308",
	0x1E98: "\u0057\u030A", 0x1E99: "\u0059\u030A", 0x1E9A: "\u0041\u02BE", 0x1F50: "\u03A5\u0313",
	0x1F52: "\u03A5\u0313\u0300", 0x1F54: "\u03A5\u0313\u0301", 0x1F56: "\u03A5\u0313\u0342",
	0x1FB2: "\u1FBA\u0345", 0x1FB4: "\u0386\u0345", 0x1FB6: "\u0391\u0342", 0x1FB7: "\u0391\u0342\u0345",
	0x1FC2: "\u1FCA\u0345", 0x1FC4: "\u0389\u0345", 0x1FC6: "\u0397\u0342", 0x1FC7: "\u0397\u0342\u0345",
	0x1FD2: "\u0399\u0308\u0300", 0x1FD3: "\u0399\u0308\u0301", 0x1FD6: "\u0399\u0342",
	0x1FD7: "\u0399\u0308\u0342", 0x1FE2: "\u03A5\u0308\u0300", 0x1FE3: "\u03A5\u0308\u0301",
	0x1FE4: "\u03A1\u0313", 0x1FE6: "\u03A5\u0342", 0x1FE7: "\u03A5\u0308\u0342", 0x1FF2: "\u1FFA\u0345",
	0x1FF4: "\u038F\u0345", 0x1FF6: "\u03A9\u0342", 0x1FF7: "\u03A9\u0342\u0345", 0xFB00: "\u0046\u0066",
	0xFB01: "\u0046\u0069", 0xFB02: "\u0046\u006C", 0xFB03: "\u0046\u0066\u0069", 0xFB04: "\u0046\u0066\u006C",
	0xFB05: "\u0053\u0074", 0xFB06: "\u0053\u0074", 0xFB13: "\u0544\u0576", 0xFB14: "\u0544\u0565",
	0xFB15: "\u0544\u056B", 0xFB16: "\u054E\u0576", 0xFB17: "\u0544\u056D",
}

var strFoldSpecial = map[rune]string{
	0xB5: "\u03BC", 0xDF: "\u0073\u0073", 0x149: "\u02BC\u006E", 0x17F: "\u0073", 0x1F0: "\u006A\u030C",
	0x345: "\u03B9", 0x390: "\u03B9\u0308\u0301", 0x3B0: "\u03C5\u0308\u0301", 0x3C2: "\u03C3", 0x3D0: "\u03B2",
	0x3D1: "\u03B8", 0x3D5: "\u03C6", 0x3D6: "\u03C0", 0x3F0: "\u03BA", 0x3F1: "\u03C1", 0x3F5: "\u03B5",
	0x587: "\u0565\u0582", 0x13A0: "\u13A0", 0x13A1: "\u13A1", 0x13A2: "\u13A2", 0x13A3: "\u13A3",
	0x13A4: "\u13A4", 0x13A5: "\u13A5", 0x13A6: "\u13A6", 0x13A7: "\u13A7", 0x13A8: "\u13A8", 0x13A9: "\u13A9",
	0x13AA: "\u13AA", 0x13AB: "\u13AB", 0x13AC: "\u13AC", 0x13AD: "\u13AD", 0x13AE: "\u13AE", 0x13AF: "\u13AF",
	0x13B0: "\u13B0", 0x13B1: "\u13B1", 0x13B2: "\u13B2", 0x13B3: "\u13B3", 0x13B4: "\u13B4", 0x13B5: "\u13B5",
	0x13B6: "\u13B6", 0x13B7: "\u13B7", 0x13B8: "\u13B8", 0x13B9: "\u13B9", 0x13BA: "\u13BA", 0x13BB: "\u13BB",
	0x13BC: "\u13BC", 0x13BD: "\u13BD", 0x13BE: "\u13BE", 0x13BF: "\u13BF", 0x13C0: "\u13C0", 0x13C1: "\u13C1",
	0x13C2: "\u13C2", 0x13C3: "\u13C3", 0x13C4: "\u13C4", 0x13C5: "\u13C5", 0x13C6: "\u13C6", 0x13C7: "\u13C7",
	0x13C8: "\u13C8", 0x13C9: "\u13C9", 0x13CA: "\u13CA", 0x13CB: "\u13CB", 0x13CC: "\u13CC", 0x13CD: "\u13CD",
	0x13CE: "\u13CE", 0x13CF: "\u13CF", 0x13D0: "\u13D0", 0x13D1: "\u13D1", 0x13D2: "\u13D2", 0x13D3: "\u13D3",
	0x13D4: "\u13D4", 0x13D5: "\u13D5", 0x13D6: "\u13D6", 0x13D7: "\u13D7", 0x13D8: "\u13D8", 0x13D9: "\u13D9",
	0x13DA: "\u13DA", 0x13DB: "\u13DB", 0x13DC: "\u13DC", 0x13DD: "\u13DD", 0x13DE: "\u13DE", 0x13DF: "\u13DF",
	0x13E0: "\u13E0", 0x13E1: "\u13E1", 0x13E2: "\u13E2", 0x13E3: "\u13E3", 0x13E4: "\u13E4", 0x13E5: "\u13E5",
	0x13E6: "\u13E6", 0x13E7: "\u13E7", 0x13E8: "\u13E8", 0x13E9: "\u13E9", 0x13EA: "\u13EA", 0x13EB: "\u13EB",
	0x13EC: "\u13EC", 0x13ED: "\u13ED", 0x13EE: "\u13EE", 0x13EF: "\u13EF", 0x13F0: "\u13F0", 0x13F1: "\u13F1",
	0x13F2: "\u13F2", 0x13F3: "\u13F3", 0x13F4: "\u13F4", 0x13F5: "\u13F5", 0x13F8: "\u13F0", 0x13F9: "\u13F1",
	0x13FA: "\u13F2", 0x13FB: "\u13F3", 0x13FC: "\u13F4", 0x13FD: "\u13F5", 0x1C80: "\u0432", 0x1C81: "\u0434",
	0x1C82: "\u043E", 0x1C83: "\u0441", 0x1C84: "\u0442", 0x1C85: "\u0442", 0x1C86: "\u044A", 0x1C87: "\u0463",
	0x1C88: "\uA64B", 0x1E96: "\u0068\u0331", 0x1E97: "\u0074\u0308", 0x1E98: "\u0077\u030A",
	0x1E99: "\u0079\u030A", 0x1E9A: "\u0061\u02BE", 0x1E9B: "\u1E61", 0x1E9E: "\u0073\u0073",
	0x1F50: "\u03C5\u0313", 0x1F52: "\u03C5\u0313\u0300", 0x1F54: "\u03C5\u0313\u0301",
	0x1F56: "\u03C5\u0313\u0342", 0x1F80: "\u1F00\u03B9", 0x1F81: "\u1F01\u03B9", 0x1F82: "\u1F02\u03B9",
	0x1F83: "\u1F03\u03B9", 0x1F84: "\u1F04\u03B9", 0x1F85: "\u1F05\u03B9", 0x1F86: "\u1F06\u03B9",
	0x1F87: "\u1F07\u03B9", 0x1F88: "\u1F00\u03B9", 0x1F89: "\u1F01\u03B9", 0x1F8A: "\u1F02\u03B9",
	0x1F8B: "\u1F03\u03B9", 0x1F8C: "\u1F04\u03B9", 0x1F8D: "\u1F05\u03B9", 0x1F8E: "\u1F06\u03B9",
	0x1F8F: "\u1F07\u03B9", 0x1F90: "\u1F20\u03B9", 0x1F91: "\u1F21\u03B9", 0x1F92: "\u1F22\u03B9",
	0x1F93: "\u1F23\u03B9", 0x1F94: "\u1F24\u03B9", 0x1F95: "\u1F25\u03B9", 0x1F96: "\u1F26\u03B9",
	0x1F97: "\u1F27\u03B9", 0x1F98: "\u1F20\u03B9", 0x1F99: "\u1F21\u03B9", 0x1F9A: "\u1F22\u03B9",
	0x1F9B: "\u1F23\u03B9", 0x1F9C: "\u1F24\u03B9", 0x1F9D: "\u1F25\u03B9", 0x1F9E: "\u1F26\u03B9",
	0x1F9F: "\u1F27\u03B9", 0x1FA0: "\u1F60\u03B9", 0x1FA1: "\u1F61\u03B9", 0x1FA2: "\u1F62\u03B9",
	0x1FA3: "\u1F63\u03B9", 0x1FA4: "\u1F64\u03B9", 0x1FA5: "\u1F65\u03B9", 0x1FA6: "\u1F66\u03B9",
	0x1FA7: "\u1F67\u03B9", 0x1FA8: "\u1F60\u03B9", 0x1FA9: "\u1F61\u03B9", 0x1FAA: "\u1F62\u03B9",
	0x1FAB: "\u1F63\u03B9", 0x1FAC: "\u1F64\u03B9", 0x1FAD: "\u1F65\u03B9", 0x1FAE: "\u1F66\u03B9",
	0x1FAF: "\u1F67\u03B9", 0x1FB2: "\u1F70\u03B9", 0x1FB3: "\u03B1\u03B9", 0x1FB4: "\u03AC\u03B9",
	0x1FB6: "\u03B1\u0342", 0x1FB7: "\u03B1\u0342\u03B9", 0x1FBC: "\u03B1\u03B9", 0x1FBE: "\u03B9",
	0x1FC2: "\u1F74\u03B9", 0x1FC3: "\u03B7\u03B9", 0x1FC4: "\u03AE\u03B9", 0x1FC6: "\u03B7\u0342",
	0x1FC7: "\u03B7\u0342\u03B9", 0x1FCC: "\u03B7\u03B9", 0x1FD2: "\u03B9\u0308\u0300",
	0x1FD3: "\u03B9\u0308\u0301", 0x1FD6: "\u03B9\u0342", 0x1FD7: "\u03B9\u0308\u0342",
	0x1FE2: "\u03C5\u0308\u0300", 0x1FE3: "\u03C5\u0308\u0301", 0x1FE4: "\u03C1\u0313", 0x1FE6: "\u03C5\u0342",
	0x1FE7: "\u03C5\u0308\u0342", 0x1FF2: "\u1F7C\u03B9", 0x1FF3: "\u03C9\u03B9", 0x1FF4: "\u03CE\u03B9",
	0x1FF6: "\u03C9\u0342", 0x1FF7: "\u03C9\u0342\u03B9", 0x1FFC: "\u03C9\u03B9", 0xAB70: "\u13A0",
	0xAB71: "\u13A1", 0xAB72: "\u13A2", 0xAB73: "\u13A3", 0xAB74: "\u13A4", 0xAB75: "\u13A5", 0xAB76: "\u13A6",
	0xAB77: "\u13A7", 0xAB78: "\u13A8", 0xAB79: "\u13A9", 0xAB7A: "\u13AA", 0xAB7B: "\u13AB", 0xAB7C: "\u13AC",
	0xAB7D: "\u13AD", 0xAB7E: "\u13AE", 0xAB7F: "\u13AF", 0xAB80: "\u13B0", 0xAB81: "\u13B1", 0xAB82: "\u13B2",
	0xAB83: "\u13B3", 0xAB84: "\u13B4", 0xAB85: "\u13B5", 0xAB86: "\u13B6", 0xAB87: "\u13B7", 0xAB88: "\u13B8",
	0xAB89: "\u13B9", 0xAB8A: "\u13BA", 0xAB8B: "\u13BB", 0xAB8C: "\u13BC", 0xAB8D: "\u13BD", 0xAB8E: "\u13BE",
	0xAB8F: "\u13BF", 0xAB90: "\u13C0", 0xAB91: "\u13C1", 0xAB92: "\u13C2", 0xAB93: "\u13C3", 0xAB94: "\u13C4",
	0xAB95: "\u13C5", 0xAB96: "\u13C6", 0xAB97: "\u13C7", 0xAB98: "\u13C8", 0xAB99: "\u13C9", 0xAB9A: "\u13CA",
	0xAB9B: "\u13CB", 0xAB9C: "\u13CC", 0xAB9D: "\u13CD", 0xAB9E: "\u13CE", 0xAB9F: "\u13CF", 0xABA0: "\u13D0",
	0xABA1: "\u13D1", 0xABA2: "\u13D2", 0xABA3: "\u13D3", 0xABA4: "\u13D4", 0xABA5: "\u13D5", 0xABA6: "\u13D6",
	0xABA7: "\u13D7", 0xABA8: "\u13D8", 0xABA9: "\u13D9", 0xABAA: "\u13DA", 0xABAB: "\u13DB", 0xABAC: "\u13DC",
	0xABAD: "\u13DD", 0xABAE: "\u13DE", 0xABAF: "\u13DF", 0xABB0: "\u13E0", 0xABB1: "\u13E1", 0xABB2: "\u13E2",
	0xABB3: "\u13E3", 0xABB4: "\u13E4", 0xABB5: "\u13E5", 0xABB6: "\u13E6", 0xABB7: "\u13E7", 0xABB8: "\u13E8",
	0xABB9: "\u13E9", 0xABBA: "\u13EA", 0xABBB: "\u13EB", 0xABBC: "\u13EC", 0xABBD: "\u13ED", 0xABBE: "\u13EE",
	0xABBF: "\u13EF", 0xFB00: "\u0066\u0066", 0xFB01: "\u0066\u0069", 0xFB02: "\u0066\u006C",
	0xFB03: "\u0066\u0066\u0069", 0xFB04: "\u0066\u0066\u006C", 0xFB05: "\u0073\u0074", 0xFB06: "\u0073\u0074",
	0xFB13: "\u0574\u0576", 0xFB14: "\u0574\u0565", 0xFB15: "\u0574\u056B", 0xFB16: "\u057E\u0576",
	0xFB17: "\u0574\u056D",
}
