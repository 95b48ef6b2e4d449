package runtime

import (
	"math"
	"strings"
	"unicode/utf8"
)

// This file implements str.format / str.format_map (after CPython's
// Objects/stringlib/unicode_format.h) and printf-style % formatting of str
// and bytes (after PyUnicode_Format and _PyBytes_FormatEx).

// ---- str.format ----

type strFmtState struct {
	args   []Object // positional arguments; nil for format_map
	kwargs Object   // a *Dict or mapping, or nil
	auto   int      // 0: unset, 1: automatic numbering, 2: manual
	next   int      // next automatic field number
	isMap  bool
}

// StrFormat implements format.format(*args, **kwargs); kwargs may be nil.
func StrFormat(t *Thread, format string, args []Object, kwargs Object) (string, error) {
	st := &strFmtState{args: args, kwargs: kwargs}
	var sb strings.Builder
	sb.Grow(len(format) + 16)
	if err := st.build(t, &sb, format, 2); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func (st *strFmtState) build(t *Thread, sb *strings.Builder, s string, depth int) error {
	if depth <= 0 {
		return Errorf(t, ValueErrorType, "Max string recursion exceeded")
	}
	i := 0
	for i < len(s) {
		// Literal text up to the next brace.
		j := i
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		sb.WriteString(s[i:j])
		if j >= len(s) {
			return nil
		}
		c := s[j]
		atEnd := j+1 >= len(s)
		if c == '}' {
			if atEnd || s[j+1] != '}' {
				return Errorf(t, ValueErrorType, "Single '}' encountered in format string")
			}
			sb.WriteByte('}')
			i = j + 2
			continue
		}
		if atEnd {
			return Errorf(t, ValueErrorType, "Single '{' encountered in format string")
		}
		if s[j+1] == '{' {
			sb.WriteByte('{')
			i = j + 2
			continue
		}
		// Parse the field.
		k := j + 1
		nameStart := k
		var ch byte
		for k < len(s) {
			ch = s[k]
			k++
			if ch == '{' {
				return Errorf(t, ValueErrorType, "unexpected '{' in field name")
			}
			if ch == '[' {
				for k < len(s) && s[k] != ']' {
					k++
				}
				ch = 0
				continue
			}
			if ch == '}' || ch == ':' || ch == '!' {
				break
			}
			ch = 0
		}
		if ch == 0 {
			return Errorf(t, ValueErrorType, "expected '}' before end of string")
		}
		name := s[nameStart : k-1]
		var conv rune
		spec := ""
		expand := false
		if ch == '!' || ch == ':' {
			done := false
			if ch == '!' {
				if k >= len(s) {
					return Errorf(t, ValueErrorType, "end of string while looking for conversion specifier")
				}
				r, size := utf8.DecodeRuneInString(s[k:])
				conv = r
				k += size
				if k < len(s) {
					c2 := s[k]
					k++
					if c2 == '}' {
						done = true
					} else if c2 != ':' {
						return Errorf(t, ValueErrorType, "expected ':' after conversion specifier")
					}
				}
			}
			if !done {
				specStart := k
				count := 1
				for {
					if k >= len(s) {
						return Errorf(t, ValueErrorType, "unmatched '{' in format spec")
					}
					c2 := s[k]
					k++
					if c2 == '{' {
						expand = true
						count++
					} else if c2 == '}' {
						count--
						if count == 0 {
							break
						}
					}
				}
				spec = s[specStart : k-1]
			}
		}
		if err := st.field(t, sb, name, conv, spec, expand, depth); err != nil {
			return err
		}
		i = k
	}
	return nil
}

// strFmtInt parses a field index: -1 when s is not all ASCII digits.
func strFmtInt(t *Thread, s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1, nil
		}
		if n > (1<<62)/10 {
			return -1, Errorf(t, ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func (st *strFmtState) field(t *Thread, sb *strings.Builder, name string, conv rune, spec string, expand bool, depth int) error {
	obj, err := st.fieldObject(t, name)
	if err != nil {
		return err
	}
	switch conv {
	case 0:
	case 'r':
		r, err := Repr(t, obj)
		if err != nil {
			return err
		}
		obj = r
	case 's':
		r, err := ToStr(t, obj)
		if err != nil {
			return err
		}
		obj = r
	case 'a':
		r, err := AsciiRepr(t, obj)
		if err != nil {
			return err
		}
		obj = r
	default:
		if conv > 32 && conv < 127 {
			return Errorf(t, ValueErrorType, "Unknown conversion specifier %c", conv)
		}
		return Errorf(t, ValueErrorType, "Unknown conversion specifier \\x%x", conv)
	}
	if expand {
		var inner strings.Builder
		if err := st.build(t, &inner, spec, depth-1); err != nil {
			return err
		}
		spec = inner.String()
	}
	if s, ok := obj.(*Str); ok && spec == "" {
		sb.WriteString(s.s)
		return nil
	}
	r, err := strCallFormat(t, obj, spec)
	if err != nil {
		return err
	}
	sb.WriteString(r.s)
	return nil
}

func (st *strFmtState) fieldObject(t *Thread, name string) (Object, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	idx, err := strFmtInt(t, first)
	if err != nil {
		return nil, err
	}
	empty := first == ""
	numeric := empty || idx != -1
	if numeric {
		if st.auto == 0 {
			if empty {
				st.auto = 1
			} else {
				st.auto = 2
			}
		}
		if st.auto == 2 && empty {
			return nil, Errorf(t, ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if st.auto == 1 && !empty {
			return nil, Errorf(t, ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = st.next
			st.next++
		}
	}
	var obj Object
	if idx == -1 {
		key := NewStr(first)
		if st.kwargs == nil {
			return nil, NewException(t, KeyErrorType, key)
		}
		if d, ok := st.kwargs.(*Dict); ok && d.Type() == DictType {
			v, found, err := d.GetItem(t, key)
			if err != nil {
				return nil, err
			}
			if !found {
				return nil, NewException(t, KeyErrorType, key)
			}
			obj = v
		} else {
			v, err := GetItem(t, st.kwargs, key)
			if err != nil {
				return nil, err
			}
			obj = v
		}
	} else {
		if st.isMap {
			return nil, Errorf(t, ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(st.args) {
			return nil, Errorf(t, IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = st.args[idx]
	}
	for rest != "" {
		c := rest[0]
		rest = rest[1:]
		var part string
		switch c {
		case '.':
			k := 0
			for k < len(rest) && rest[k] != '.' && rest[k] != '[' {
				k++
			}
			part, rest = rest[:k], rest[k:]
			if part == "" {
				return nil, Errorf(t, ValueErrorType, "Empty attribute in format string")
			}
			v, err := GetAttr(t, obj, NewStr(part))
			if err != nil {
				return nil, err
			}
			obj = v
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return nil, Errorf(t, ValueErrorType, "Missing ']' in format string")
			}
			part, rest = rest[:k], rest[k+1:]
			if part == "" {
				return nil, Errorf(t, ValueErrorType, "Empty attribute in format string")
			}
			n, err := strFmtInt(t, part)
			if err != nil {
				return nil, err
			}
			var key Object = Int(n)
			if n == -1 {
				key = NewStr(part)
			}
			v, err := GetItem(t, obj, key)
			if err != nil {
				return nil, err
			}
			obj = v
		default:
			return nil, Errorf(t, ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

func strMethodFormat(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	npos := len(args) - len(kw)
	var kwargs *Dict
	if len(kw) > 0 {
		kwargs = NewDict()
		for i, k := range kw {
			kwargs.SetStr(t, NewStr(k), args[npos+i])
		}
	}
	var kwo Object
	if kwargs != nil {
		kwo = kwargs
	}
	r, err := StrFormat(t, strSelf(self).s, args[:npos], kwo)
	if kwargs != nil {
		kwargs.Clear(t)
	}
	if err != nil {
		return nil, err
	}
	return strNewString(r), nil
}

func strMethodFormatMap(t *Thread, self Object, args []Object, kw []string) (Object, error) {
	if err := CheckArgs(t, "format_map", args, kw, 1, 1); err != nil {
		return nil, err
	}
	st := &strFmtState{kwargs: args[0], isMap: true}
	var sb strings.Builder
	if err := st.build(t, &sb, strSelf(self).s, 2); err != nil {
		return nil, err
	}
	return strNewString(sb.String()), nil
}

// ---- printf-style formatting ----

// PercentFormat implements format % args for str.
func PercentFormat(t *Thread, format string, args Object) (string, error) {
	return strPercent(t, format, args, false)
}

// strPercentArgs walks the arguments of a % format.
type strPercentArgs struct {
	items  []Object // the tuple's items, or the single argument
	idx    int
	single bool
}

func (a *strPercentArgs) next(t *Thread) (Object, error) {
	if a.idx < len(a.items) {
		v := a.items[a.idx]
		a.idx++
		return v, nil
	}
	return nil, Errorf(t, TypeErrorType, "not enough arguments for format string")
}

// strPercent formats a str (isBytes false) or bytes (true) % args; for bytes
// the strings hold raw bytes.
func strPercent(t *Thread, format string, args Object, isBytes bool) (string, error) {
	pa := &strPercentArgs{}
	if tu, ok := args.(*Tuple); ok {
		pa.items = tu.Items
	} else {
		pa.items = []Object{args}
		pa.single = true
	}
	var dict Object
	switch args.(type) {
	case *Tuple, *Str:
	case *Bytes, *ByteArray:
		if !isBytes {
			dict = args
		}
	default:
		if args.Type().GetItem != nil {
			dict = args
		}
	}
	var sb strings.Builder
	sb.Grow(len(format) + 16)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			sb.WriteString(format[i:])
			break
		}
		sb.WriteString(format[i : i+j])
		i += j + 1
		fmtStart := i - 1
		if i >= len(format) {
			return "", Errorf(t, ValueErrorType, "incomplete format")
		}
		if format[i] == '%' {
			sb.WriteByte('%')
			i++
			continue
		}
		arg := Object(nil)
		usedKey := false
		if format[i] == '(' {
			if dict == nil {
				return "", Errorf(t, TypeErrorType, "format requires a mapping")
			}
			depth := 1
			i++
			ks := i
			for i < len(format) && depth > 0 {
				if format[i] == '(' {
					depth++
				} else if format[i] == ')' {
					depth--
				}
				i++
			}
			if depth > 0 {
				return "", Errorf(t, ValueErrorType, "incomplete format key")
			}
			var key Object
			if isBytes {
				key = NewBytes([]byte(format[ks : i-1]))
			} else {
				key = NewStr(format[ks : i-1])
			}
			v, err := GetItem(t, dict, key)
			if err != nil {
				return "", err
			}
			arg = v
			usedKey = true
			pa.items = nil
			pa.idx = 0
		}
		// Flags.
		var flags []byte
	flagLoop:
		for i < len(format) {
			switch c := format[i]; c {
			case '-', '+', ' ', '#', '0':
				flags = append(flags, c)
				i++
			default:
				break flagLoop
			}
		}
		// Width.
		width, prec := -1, -1
		if i < len(format) && format[i] == '*' {
			v, err := pa.next(t)
			if err != nil {
				return "", err
			}
			n, err := strStarArg(t, v)
			if err != nil {
				return "", err
			}
			if n < 0 {
				flags = append(flags, '-')
				n = -n
			}
			width = n
			i++
		} else if i < len(format) && format[i] >= '0' && format[i] <= '9' {
			width = 0
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				if width > (math.MaxInt64-9)/10 {
					return "", Errorf(t, ValueErrorType, "width too big")
				}
				width = width*10 + int(format[i]-'0')
				i++
			}
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				v, err := pa.next(t)
				if err != nil {
					return "", err
				}
				n, err := strStarArg(t, v)
				if err != nil {
					return "", err
				}
				if n > math.MaxInt32 {
					return "", Errorf(t, OverflowErrorType, "Python int too large to convert to C int")
				}
				if n < 0 {
					n = 0
				}
				prec = n
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					prec = prec*10 + int(format[i]-'0')
					if prec > math.MaxInt32 {
						return "", Errorf(t, ValueErrorType, "precision too big")
					}
					i++
				}
			}
		}
		if width > strMaxAlloc || prec > strMaxAlloc {
			return "", NewException(t, MemoryErrorType)
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			return "", Errorf(t, ValueErrorType, "incomplete format")
		}
		verb, vsize := utf8.DecodeRuneInString(format[i:])
		if isBytes {
			verb, vsize = rune(format[i]), 1
		}
		i += vsize
		if verb == '%' {
			sb.WriteByte('%')
			continue
		}
		if !usedKey {
			v, err := pa.next(t)
			if err != nil {
				return "", err
			}
			arg = v
		}
		leftAlign := strings.IndexByte(string(flags), '-') >= 0
		var text string
		switch verb {
		case 's', 'r', 'a', 'b':
			var err error
			text, err = strPercentText(t, verb, arg, isBytes, fmtStart, i, format)
			if err != nil {
				return "", err
			}
			if prec >= 0 {
				text = strTruncate(text, prec, isBytes)
			}
		case 'c':
			var err error
			text, err = strPercentChar(t, arg, isBytes)
			if err != nil {
				return "", err
			}
		case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G':
			r, err := strCallPercentNumber(t, byte(verb), string(flags), width, prec, arg)
			if err != nil {
				return "", err
			}
			sb.WriteString(r)
			continue
		default:
			idx := i - vsize
			if !isBytes {
				idx = utf8.RuneCountInString(format[:idx])
			}
			shown := verb
			if verb < 31 || verb > 126 {
				shown = '?'
			}
			return "", Errorf(t, ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", shown, verb, idx)
		}
		strPad(&sb, text, width, leftAlign, isBytes)
	}
	if !pa.single && pa.idx < len(pa.items) && dict == nil {
		return "", Errorf(t, TypeErrorType, "not all arguments converted during %s formatting", strPercentKind(isBytes))
	}
	if pa.single && pa.idx == 0 && dict == nil && pa.items != nil {
		return "", Errorf(t, TypeErrorType, "not all arguments converted during %s formatting", strPercentKind(isBytes))
	}
	return sb.String(), nil
}

func strPercentKind(isBytes bool) string {
	if isBytes {
		return "bytes"
	}
	return "string"
}

// strStarArg converts the argument of a '*' width or precision.
func strStarArg(t *Thread, v Object) (int, error) {
	switch n := v.(type) {
	case Int:
		return strClampInt(int64(n)), nil
	case Bool:
		if n {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(t, OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return 0, Errorf(t, TypeErrorType, "* wants int")
}

// strTruncate keeps the first prec characters (bytes for bytes formatting).
func strTruncate(s string, prec int, isBytes bool) string {
	if isBytes {
		if len(s) > prec {
			return s[:prec]
		}
		return s
	}
	n := 0
	for i := range s {
		if n == prec {
			return s[:i]
		}
		n++
	}
	return s
}

// strPad writes text padded with spaces to width characters.
func strPad(sb *strings.Builder, text string, width int, left, isBytes bool) {
	n := len(text)
	if !isBytes {
		n = utf8.RuneCountInString(text)
	}
	if width <= n {
		sb.WriteString(text)
		return
	}
	if left {
		sb.WriteString(text)
		sb.WriteString(strings.Repeat(" ", width-n))
		return
	}
	sb.WriteString(strings.Repeat(" ", width-n))
	sb.WriteString(text)
}

func strPercentText(t *Thread, verb rune, arg Object, isBytes bool, start, end int, format string) (string, error) {
	if !isBytes {
		var r *Str
		var err error
		switch verb {
		case 's':
			r, err = ToStr(t, arg)
		case 'r':
			r, err = Repr(t, arg)
		case 'a':
			r, err = AsciiRepr(t, arg)
		default:
			idx := utf8.RuneCountInString(format[:end-1])
			return "", Errorf(t, ValueErrorType, "unsupported format character 'b' (0x62) at index %d", idx)
		}
		if err != nil {
			return "", err
		}
		return r.s, nil
	}
	switch verb {
	case 'r', 'a':
		r, err := AsciiRepr(t, arg)
		if err != nil {
			return "", err
		}
		return r.s, nil
	}
	if b, ok := BytesData(t, arg); ok {
		return string(b), nil
	}
	if arg.Type().Lookup(Intern("__bytes__")) != nil {
		r, err := CallMethod(t, arg, "__bytes__")
		if err != nil {
			return "", err
		}
		if b, ok := r.(*Bytes); ok {
			return string(b.B), nil
		}
		return "", Errorf(t, TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
	}
	return "", Errorf(t, TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
}

func strPercentChar(t *Thread, arg Object, isBytes bool) (string, error) {
	if isBytes {
		if b, ok := BytesData(t, arg); ok && len(b) == 1 {
			return string(b), nil
		}
		if _, ok := arg.(Int); ok || arg.Type().Index != nil {
			n, err := IndexInt(t, arg)
			if err != nil || n < 0 || n > 255 {
				if err != nil {
					if e, ok := err.(*Exception); !ok || e.typ != OverflowErrorType {
						return "", err
					}
				}
				return "", Errorf(t, OverflowErrorType, "%s", "%c arg not in range(256)")
			}
			return string([]byte{byte(n)}), nil
		}
		return "", Errorf(t, TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
	}
	if s, ok := strAs(arg); ok {
		if s.n != 1 {
			return "", Errorf(t, TypeErrorType, "%s", "%c requires int or char")
		}
		return s.s, nil
	}
	if _, ok := arg.(*BigInt); ok {
		return "", Errorf(t, OverflowErrorType, "%s", "%c arg not in range(0x110000)")
	}
	if _, ok := arg.(Int); ok || arg.Type().Index != nil {
		n, err := IndexInt(t, arg)
		if err != nil {
			return "", err
		}
		if n < 0 || n > 0x10FFFF {
			return "", Errorf(t, OverflowErrorType, "%s", "%c arg not in range(0x110000)")
		}
		return string(rune(n)), nil
	}
	return "", Errorf(t, TypeErrorType, "%s", "%c requires int or char")
}

// strCallFormat applies format(obj, spec).
func strCallFormat(t *Thread, obj Object, spec string) (*Str, error) {
	return Format(t, obj, spec)
}

// strCallPercentNumber formats a number conversion of % formatting.
func strCallPercentNumber(t *Thread, verb byte, flags string, width, prec int, v Object) (string, error) {
	return PercentFormatNumber(t, verb, flags, width, prec, v)
}

// strCallFormatSpec applies a non-empty format spec to a str.
func strCallFormatSpec(t *Thread, s Object, spec string) (Object, error) {
	return FormatSpecApply(t, s, spec)
}
