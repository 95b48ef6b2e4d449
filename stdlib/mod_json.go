package stdlib

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"pyg/runtime"
)

// The json module (encoder and decoder in Go, with CPython's output and
// error messages).

// The Go codec is the module _json; json (stdlib/lib/json) re-exports its
// functions and adds the JSONEncoder and JSONDecoder classes.
func init() { native["_json"] = newJSON }

type jsonEncoder struct {
	t           *runtime.Thread
	b           strings.Builder
	skipkeys    bool
	ensureASCII bool
	checkCirc   bool
	allowNaN    bool
	sortKeys    bool
	indent      *string
	itemSep     string
	keySep      string
	dflt        runtime.Object
	markers     map[uintptr]bool
}

const hexDigits = "0123456789abcdef"

func jsonEscape(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || (ascii && r > 0x7e) {
				if r >= 0x10000 {
					r -= 0x10000
					writeU(b, 0xd800|((r>>10)&0x3ff))
					writeU(b, 0xdc00|(r&0x3ff))
				} else {
					writeU(b, r)
				}
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexDigits[(r>>12)&15])
	b.WriteByte(hexDigits[(r>>8)&15])
	b.WriteByte(hexDigits[(r>>4)&15])
	b.WriteByte(hexDigits[r&15])
}

func (e *jsonEncoder) floatStr(f float64) (string, error) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "NaN"
	case math.IsInf(f, 1):
		s = "Infinity"
	case math.IsInf(f, -1):
		s = "-Infinity"
	default:
		return runtime.FloatRepr(f), nil
	}
	if !e.allowNaN {
		return "", runtime.Errorf(e.t, runtime.ValueErrorType, "Out of range float values are not JSON compliant: %s", runtime.FloatRepr(f))
	}
	return s, nil
}

func (e *jsonEncoder) newline(level int) {
	if e.indent != nil {
		e.b.WriteByte('\n')
		for i := 0; i < level; i++ {
			e.b.WriteString(*e.indent)
		}
	}
}

func (e *jsonEncoder) mark(o runtime.Object) (uintptr, error) {
	if !e.checkCirc {
		return 0, nil
	}
	id := runtime.ObjectAddr(o)
	if e.markers[id] {
		return 0, runtime.Errorf(e.t, runtime.ValueErrorType, "Circular reference detected")
	}
	e.markers[id] = true
	return id, nil
}

func (e *jsonEncoder) unmark(id uintptr) {
	if e.checkCirc {
		delete(e.markers, id)
	}
}

func (e *jsonEncoder) encode(o runtime.Object, level int) error {
	t := e.t
	switch v := o.(type) {
	case runtime.NoneType:
		e.b.WriteString("null")
	case runtime.Bool:
		if v {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
	case runtime.Int, *runtime.BigInt:
		e.b.WriteString(runtime.IntToString(v))
	case runtime.Float:
		s, err := e.floatStr(float64(v))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
	case *runtime.Str:
		jsonEscape(&e.b, v.String(), e.ensureASCII)
	case *runtime.List, *runtime.Tuple:
		var items []runtime.Object
		if l, ok := v.(*runtime.List); ok {
			items = l.Snapshot(t)
		} else {
			items = v.(*runtime.Tuple).Items
		}
		if len(items) == 0 {
			e.b.WriteString("[]")
			return nil
		}
		id, err := e.mark(o)
		if err != nil {
			return err
		}
		if err := t.EnterRecursive(); err != nil {
			return err
		}
		defer t.LeaveRecursive()
		e.b.WriteByte('[')
		e.newline(level + 1)
		for i, x := range items {
			if i > 0 {
				e.b.WriteString(e.itemSep)
				e.newline(level + 1)
			}
			if err := e.encode(x, level+1); err != nil {
				return err
			}
		}
		e.newline(level)
		e.b.WriteByte(']')
		e.unmark(id)
	case *runtime.Dict:
		keys, vals := v.Items(t)
		if len(keys) == 0 {
			e.b.WriteString("{}")
			return nil
		}
		id, err := e.mark(o)
		if err != nil {
			return err
		}
		if err := t.EnterRecursive(); err != nil {
			return err
		}
		defer t.LeaveRecursive()
		if e.sortKeys {
			idx := make([]runtime.Object, len(keys))
			for i := range keys {
				idx[i] = runtime.NewTuple(t, []runtime.Object{keys[i], vals[i]})
			}
			if err := runtime.SortObjects(t, idx, nil, false); err != nil {
				return err
			}
			for i, p := range idx {
				tu := p.(*runtime.Tuple)
				keys[i], vals[i] = tu.Items[0], tu.Items[1]
			}
		}
		e.b.WriteByte('{')
		e.newline(level + 1)
		first := true
		for i, k := range keys {
			var ks string
			switch kk := k.(type) {
			case *runtime.Str:
				ks = kk.String()
			case runtime.Float:
				s, err := e.floatStr(float64(kk))
				if err != nil {
					return err
				}
				ks = s
			case runtime.Bool:
				ks = "false"
				if kk {
					ks = "true"
				}
			case runtime.NoneType:
				ks = "null"
			case runtime.Int, *runtime.BigInt:
				ks = runtime.IntToString(kk)
			default:
				if e.skipkeys {
					continue
				}
				return runtime.Errorf(t, runtime.TypeErrorType, "keys must be str, int, float, bool or None, not %s", runtime.TypeName(k))
			}
			if !first {
				e.b.WriteString(e.itemSep)
				e.newline(level + 1)
			}
			first = false
			jsonEscape(&e.b, ks, e.ensureASCII)
			e.b.WriteString(e.keySep)
			if err := e.encode(vals[i], level+1); err != nil {
				return err
			}
		}
		e.newline(level)
		e.b.WriteByte('}')
		e.unmark(id)
	default:
		if e.dflt == nil || e.dflt == runtime.None {
			return runtime.Errorf(t, runtime.TypeErrorType, "Object of type %s is not JSON serializable", runtime.TypeName(o))
		}
		id, err := e.mark(o)
		if err != nil {
			return err
		}
		r, err := runtime.Call(t, e.dflt, []runtime.Object{o}, nil)
		if err != nil {
			return err
		}
		if err := t.EnterRecursive(); err != nil {
			return err
		}
		err = e.encode(r, level)
		t.LeaveRecursive()
		if err != nil {
			return err
		}
		e.unmark(id)
	}
	return nil
}

func jsonDumps(t *runtime.Thread, fname string, obj runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
	e := &jsonEncoder{t: t, ensureASCII: true, checkCirc: true, allowNaN: true, markers: map[uintptr]bool{}}
	base := len(args) - len(kw)
	if base > 0 {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "%s() takes %d positional argument%s but %d were given", fname, len(args)-base+1, "", base+1)
	}
	var indent, seps runtime.Object = runtime.None, runtime.None
	for i, k := range kw {
		v := args[base+i]
		var err error
		switch k {
		case "skipkeys":
			e.skipkeys, err = runtime.Truth(t, v)
		case "ensure_ascii":
			e.ensureASCII, err = runtime.Truth(t, v)
		case "check_circular":
			e.checkCirc, err = runtime.Truth(t, v)
		case "allow_nan":
			e.allowNaN, err = runtime.Truth(t, v)
		case "sort_keys":
			e.sortKeys, err = runtime.Truth(t, v)
		case "indent":
			indent = v
		case "separators":
			seps = v
		case "default":
			e.dflt = v
		case "cls":
			if v != runtime.None {
				return jsonWithClass(t, v, "encode", obj, args[base:], kw)
			}
		default:
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if err != nil {
			return nil, err
		}
	}
	e.itemSep, e.keySep = ", ", ": "
	if indent != runtime.None {
		var s string
		if str, ok := indent.(*runtime.Str); ok {
			s = str.String()
		} else {
			n, err := runtime.IndexInt(t, indent)
			if err != nil {
				return nil, err
			}
			if n > 0 {
				s = strings.Repeat(" ", n)
			}
		}
		e.indent = &s
		e.itemSep = ","
	}
	if seps != runtime.None {
		items, err := runtime.IterateAll(t, seps)
		if err != nil {
			return nil, err
		}
		if len(items) != 2 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "too many values to unpack (expected 2)")
		}
		a, ok1 := strOf(items[0])
		b, ok2 := strOf(items[1])
		if !ok1 || !ok2 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "make_encoder() argument 6 must be str, not %s", runtime.TypeName(items[0]))
		}
		e.itemSep, e.keySep = a, b
	}
	if err := e.encode(obj, 0); err != nil {
		return nil, err
	}
	return runtime.NewStr(e.b.String()), nil
}

// ---------------------------------------------------------------------------
// decoder

type jsonDecoder struct {
	t          *runtime.Thread
	s          []rune
	doc        runtime.Object
	errType    *runtime.Type
	objectHook runtime.Object
	pairsHook  runtime.Object
	parseFloat runtime.Object
	parseInt   runtime.Object
	parseConst runtime.Object
	strict     bool
}

func (d *jsonDecoder) fail(msg string, pos int) error {
	return jsonError(d.t, d.errType, msg, d.doc, d.s, pos)
}

func jsonError(t *runtime.Thread, typ *runtime.Type, msg string, doc runtime.Object, s []rune, pos int) error {
	line, col := 1, pos+1
	for i := 0; i < pos && i < len(s); i++ {
		if s[i] == '\n' {
			line++
			col = pos - i
		}
	}
	full := msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(pos) + ")"
	e := runtime.NewException(t, typ, runtime.NewStr(full))
	set := func(n string, v runtime.Object) { _ = runtime.SetAttr(t, e, runtime.Intern(n), v) }
	set("msg", runtime.NewStr(msg))
	set("doc", doc)
	set("pos", runtime.Int(pos))
	set("lineno", runtime.Int(line))
	set("colno", runtime.Int(col))
	return e
}

func isWS(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (d *jsonDecoder) skip(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

func (d *jsonDecoder) hasPrefix(i int, p string) bool {
	if i+len(p) > len(d.s) {
		return false
	}
	for k := 0; k < len(p); k++ {
		if d.s[i+k] != rune(p[k]) {
			return false
		}
	}
	return true
}

func (d *jsonDecoder) constant(name string, v float64) (runtime.Object, error) {
	if d.parseConst != nil && d.parseConst != runtime.None {
		return runtime.Call(d.t, d.parseConst, []runtime.Object{runtime.NewStr(name)}, nil)
	}
	return runtime.Float(v), nil
}

// value parses a value at i (no leading whitespace) and returns it and the end.
func (d *jsonDecoder) value(i int) (runtime.Object, int, error) {
	t := d.t
	if i >= len(d.s) {
		return nil, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		return runtime.NewStr(s), end, nil
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return runtime.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return runtime.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return runtime.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		v, err := d.constant("NaN", math.NaN())
		return v, i + 3, err
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		v, err := d.constant("Infinity", math.Inf(1))
		return v, i + 8, err
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		v, err := d.constant("-Infinity", math.Inf(-1))
		return v, i + 9, err
	case c == '-' || (c >= '0' && c <= '9'):
		j := i
		if d.s[j] == '-' {
			j++
		}
		if j >= len(d.s) || d.s[j] < '0' || d.s[j] > '9' {
			return nil, i, d.fail("Expecting value", i)
		}
		if d.s[j] == '0' {
			j++
		} else {
			for j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
				j++
			}
		}
		isFloat := false
		if j+1 < len(d.s) && d.s[j] == '.' && d.s[j+1] >= '0' && d.s[j+1] <= '9' {
			isFloat = true
			j += 2
			for j < len(d.s) && d.s[j] >= '0' && d.s[j] <= '9' {
				j++
			}
		}
		if j < len(d.s) && (d.s[j] == 'e' || d.s[j] == 'E') {
			k := j + 1
			if k < len(d.s) && (d.s[k] == '+' || d.s[k] == '-') {
				k++
			}
			if k < len(d.s) && d.s[k] >= '0' && d.s[k] <= '9' {
				for k < len(d.s) && d.s[k] >= '0' && d.s[k] <= '9' {
					k++
				}
				isFloat = true
				j = k
			}
		}
		num := string(d.s[i:j])
		if isFloat {
			if d.parseFloat != nil && d.parseFloat != runtime.None {
				v, err := runtime.Call(t, d.parseFloat, []runtime.Object{runtime.NewStr(num)}, nil)
				return v, j, err
			}
			f, err := strconv.ParseFloat(num, 64)
			if err != nil && !math.IsInf(f, 0) {
				return nil, i, d.fail("Expecting value", i)
			}
			return runtime.Float(f), j, nil
		}
		if d.parseInt != nil && d.parseInt != runtime.None {
			v, err := runtime.Call(t, d.parseInt, []runtime.Object{runtime.NewStr(num)}, nil)
			return v, j, err
		}
		if n, err := strconv.ParseInt(num, 10, 64); err == nil {
			return runtime.Int(n), j, nil
		}
		v, err := runtime.IntFromString(t, num, 10)
		return v, j, err
	}
	return nil, i, d.fail("Expecting value", i)
}

func hexVal(rs []rune) (rune, bool) {
	var v rune
	for _, r := range rs {
		v <<= 4
		switch {
		case r >= '0' && r <= '9':
			v |= r - '0'
		case r >= 'a' && r <= 'f':
			v |= r - 'a' + 10
		case r >= 'A' && r <= 'F':
			v |= r - 'A' + 10
		default:
			return 0, false
		}
	}
	return v, true
}

// str parses a string body starting after the opening quote at i.
func (d *jsonDecoder) str(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		c := d.s[i]
		if c == '"' {
			return b.String(), i + 1, nil
		}
		if c != '\\' {
			if c < 0x20 && d.strict {
				return "", 0, d.fail("Invalid control character at", i)
			}
			b.WriteRune(c)
			i++
			continue
		}
		i++
		if i >= len(d.s) {
			return "", 0, d.fail("Unterminated string starting at", begin)
		}
		e := d.s[i]
		switch e {
		case '"', '\\', '/':
			b.WriteRune(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if i+5 > len(d.s) {
				return "", 0, d.fail("Invalid \\uXXXX escape", i-1)
			}
			r, ok := hexVal(d.s[i+1 : i+5])
			if !ok {
				return "", 0, d.fail("Invalid \\uXXXX escape", i-1)
			}
			i += 4
			if r >= 0xd800 && r <= 0xdbff && i+6 < len(d.s)+0 && d.s[i+1] == '\\' && d.s[i+2] == 'u' {
				if i+7 > len(d.s) {
					return "", 0, d.fail("Invalid \\uXXXX escape", i+1)
				}
				r2, ok := hexVal(d.s[i+3 : i+7])
				if !ok {
					return "", 0, d.fail("Invalid \\uXXXX escape", i+1)
				}
				if r2 >= 0xdc00 && r2 <= 0xdfff {
					r = 0x10000 + ((r - 0xd800) << 10) + (r2 - 0xdc00)
					i += 6
				}
			}
			if !utf8.ValidRune(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r)
		default:
			return "", 0, d.fail("Invalid \\escape", i-1)
		}
		i++
	}
}

func (d *jsonDecoder) object(i int) (runtime.Object, int, error) {
	var keys, vals []runtime.Object
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(keys, vals, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, 0, d.fail("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		i = d.skip(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, 0, d.fail("Expecting ':' delimiter", i)
		}
		i = d.skip(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		keys = append(keys, runtime.NewStr(k))
		vals = append(vals, v)
		i = d.skip(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(keys, vals, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		comma := i
		i = d.skip(i + 1)
		if i < len(d.s) && d.s[i] == '}' {
			return nil, 0, d.fail("Illegal trailing comma before end of object", comma)
		}
	}
}

func (d *jsonDecoder) finishObject(keys, vals []runtime.Object, end int) (runtime.Object, int, error) {
	t := d.t
	if d.pairsHook != nil && d.pairsHook != runtime.None {
		pairs := make([]runtime.Object, len(keys))
		for i := range keys {
			pairs[i] = runtime.NewTuple(t, []runtime.Object{keys[i], vals[i]})
		}
		v, err := runtime.Call(t, d.pairsHook, []runtime.Object{runtime.NewList(t, pairs)}, nil)
		return v, end, err
	}
	m := runtime.NewDict()
	for i := range keys {
		if err := m.SetItem(t, keys[i], vals[i]); err != nil {
			return nil, 0, err
		}
	}
	if d.objectHook != nil && d.objectHook != runtime.None {
		v, err := runtime.Call(t, d.objectHook, []runtime.Object{m}, nil)
		return v, end, err
	}
	return m, end, nil
}

func (d *jsonDecoder) array(i int) (runtime.Object, int, error) {
	var items []runtime.Object
	i = d.skip(i)
	if i < len(d.s) && d.s[i] == ']' {
		return runtime.NewList(d.t, items), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			return nil, 0, err
		}
		items = append(items, v)
		i = d.skip(end)
		if i < len(d.s) && d.s[i] == ']' {
			return runtime.NewList(d.t, items), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.fail("Expecting ',' delimiter", i)
		}
		comma := i
		i = d.skip(i + 1)
		if i < len(d.s) && d.s[i] == ']' {
			return nil, 0, d.fail("Illegal trailing comma before end of array", comma)
		}
	}
}

func jsonLoads(t *runtime.Thread, errType *runtime.Type, fname string, s runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
	d := &jsonDecoder{t: t, errType: errType, strict: true}
	base := len(args) - len(kw)
	for i, k := range kw {
		v := args[base+i]
		switch k {
		case "object_hook":
			d.objectHook = v
		case "object_pairs_hook":
			d.pairsHook = v
		case "parse_float":
			d.parseFloat = v
		case "parse_int":
			d.parseInt = v
		case "parse_constant":
			d.parseConst = v
		case "strict":
			b, err := runtime.Truth(t, v)
			if err != nil {
				return nil, err
			}
			d.strict = b
		case "cls":
			if v != runtime.None {
				return jsonWithClass(t, v, "decode", s, args[base:], kw)
			}
		default:
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	var text string
	switch v := s.(type) {
	case *runtime.Str:
		text = v.String()
		if strings.HasPrefix(text, "\ufeff") {
			return nil, jsonError(t, errType, "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, []rune(text), 0)
		}
	case *runtime.Bytes, *runtime.ByteArray:
		b, _ := runtime.BytesData(t, v)
		text = strings.TrimPrefix(string(b), "\ufeff")
		s = runtime.NewStr(text)
	default:
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", runtime.TypeName(s))
	}
	d.s = []rune(text)
	d.doc = s
	i := d.skip(0)
	v, end, err := d.value(i)
	if err != nil {
		return nil, err
	}
	end = d.skip(end)
	if end != len(d.s) {
		return nil, d.fail("Extra data", end)
	}
	return v, nil
}

// jsonWithClass is dumps/loads with cls=: cls(**kw).encode(obj) or
// cls(**kw).decode(s), kw being the other keyword arguments.
func jsonWithClass(t *runtime.Thread, cls runtime.Object, method string, obj runtime.Object, kwVals []runtime.Object, kw []string) (runtime.Object, error) {
	var vals []runtime.Object
	var names []string
	for i, k := range kw {
		if k != "cls" {
			vals = append(vals, kwVals[i])
			names = append(names, k)
		}
	}
	inst, err := runtime.Call(t, cls, vals, names)
	if err != nil {
		return nil, err
	}
	return runtime.CallMethod(t, inst, method, obj)
}

func newJSON(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "_json")
	ns := runtime.NewDict()
	ns.SetStr(t, runtime.Intern("__module__"), runtime.NewStr("json.decoder"))
	ns.SetStr(t, runtime.Intern("__qualname__"), runtime.NewStr("JSONDecodeError"))
	errType, err := runtime.NewClass(t, nil, "JSONDecodeError", []*runtime.Type{runtime.ValueErrorType}, ns)
	if err != nil {
		return nil, err
	}
	t.Incref(errType)
	m.Dict.SetStr(t, runtime.Intern("JSONDecodeError"), errType)
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		"dumps": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if len(args)-len(kw) < 1 {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "dumps() missing 1 required positional argument: 'obj'")
			}
			return jsonDumps(t, "dumps", args[0], args[1:], kw)
		},
		"dump": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if len(args)-len(kw) < 2 {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "dump() missing required positional arguments: 'obj' and 'fp'")
			}
			s, err := jsonDumps(t, "dump", args[0], args[2:], kw)
			if err != nil {
				return nil, err
			}
			if _, err := runtime.CallMethod(t, args[1], "write", s); err != nil {
				return nil, err
			}
			return runtime.None, nil
		},
		"loads": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if len(args)-len(kw) != 1 {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "loads() missing 1 required positional argument: 's'")
			}
			return jsonLoads(t, errType, "loads", args[0], args[1:], kw)
		},
		"load": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if len(args)-len(kw) != 1 {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "load() missing 1 required positional argument: 'fp'")
			}
			s, err := runtime.CallMethod(t, args[0], "read")
			if err != nil {
				return nil, err
			}
			return jsonLoads(t, errType, "load", s, args[1:], kw)
		},
	})
	return m, nil
}
