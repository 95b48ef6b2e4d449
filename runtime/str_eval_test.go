package runtime_test

// A tiny evaluator of Python expressions used by the str/bytes tests, so
// that test cases can be written in Python syntax and checked against the
// output recorded from CPython 3.13. It covers literals, names, calls,
// attribute access, subscripts and slices, the + * % in == < operators,
// and simple statements (x = e, x[i] = e, del x[i], x += e) separated by
// " ;; ".

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	. "pyg/runtime"
)

type strtestTok struct {
	kind string // "str", "bytes", "int", "name", "op", "eof"
	s    string
	n    int64
	big  *big.Int
	f    float64
}

// strtestFloatPrefix returns the decimal number (digits, '.', digits) at the start of s.
func strtestFloatPrefix(s string) string {
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
		j++
	}
	if j < len(s) && s[j] == 'e' {
		k := j + 1
		if k < len(s) && (s[k] == '-' || s[k] == '+') {
			k++
		}
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		return s[:k]
	}
	return s[:j]
}

func strtestLex(src string) ([]strtestTok, error) {
	var toks []strtestTok
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '\'' || c == '"' || ((c == 'b' || c == 'r' || c == 'B' || c == 'R') && i+1 < len(src) &&
			(src[i+1] == '\'' || src[i+1] == '"' || ((src[i+1] == 'r' || src[i+1] == 'b') && i+2 < len(src) && (src[i+2] == '\'' || src[i+2] == '"')))):
			isBytes, raw := false, false
			for src[i] != '\'' && src[i] != '"' {
				switch src[i] {
				case 'b', 'B':
					isBytes = true
				case 'r', 'R':
					raw = true
				}
				i++
			}
			q := src[i]
			i++
			var sb strings.Builder
			for {
				if i >= len(src) {
					return nil, fmt.Errorf("unterminated string")
				}
				ch := src[i]
				if ch == q {
					i++
					break
				}
				if ch == '\\' && !raw {
					i++
					e := src[i]
					i++
					switch e {
					case 'n':
						sb.WriteByte('\n')
					case 't':
						sb.WriteByte('\t')
					case 'r':
						sb.WriteByte('\r')
					case 'a':
						sb.WriteByte(7)
					case 'b':
						sb.WriteByte(8)
					case 'f':
						sb.WriteByte(12)
					case 'v':
						sb.WriteByte(11)
					case '0':
						sb.WriteByte(0)
					case 'x':
						v, _ := strconv.ParseUint(src[i:i+2], 16, 8)
						i += 2
						if isBytes {
							sb.WriteByte(byte(v))
						} else {
							sb.WriteRune(rune(v))
						}
					case 'u':
						v, _ := strconv.ParseUint(src[i:i+4], 16, 32)
						i += 4
						sb.WriteRune(rune(v))
					case 'U':
						v, _ := strconv.ParseUint(src[i:i+8], 16, 32)
						i += 8
						sb.WriteRune(rune(v))
					case '\n':
					default:
						sb.WriteByte(e)
					}
					continue
				}
				if ch == '\\' && raw && i+1 < len(src) {
					sb.WriteByte(ch)
					sb.WriteByte(src[i+1])
					i += 2
					continue
				}
				sb.WriteByte(ch)
				i++
			}
			kind := "str"
			if isBytes {
				kind = "bytes"
			}
			// adjacent literal concatenation
			if len(toks) > 0 && toks[len(toks)-1].kind == kind {
				toks[len(toks)-1].s += sb.String()
			} else {
				toks = append(toks, strtestTok{kind: kind, s: sb.String()})
			}
		case c >= '0' && c <= '9' && strings.ContainsAny(strtestFloatPrefix(src[i:]), ".e"):
			f := strtestFloatPrefix(src[i:])
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, err
			}
			toks = append(toks, strtestTok{kind: "float", f: v})
			i += len(f)
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && (src[j] >= '0' && src[j] <= '9' || src[j] == 'x' || src[j] >= 'a' && src[j] <= 'f' || src[j] == '_') {
				j++
			}
			v, ok := new(big.Int).SetString(strings.ReplaceAll(src[i:j], "_", ""), 0)
			if !ok {
				return nil, fmt.Errorf("bad int %q", src[i:j])
			}
			if v.IsInt64() {
				toks = append(toks, strtestTok{kind: "int", n: v.Int64()})
			} else {
				toks = append(toks, strtestTok{kind: "int", big: v})
			}
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			word := src[i:j]
			if word == "in" || word == "not" || word == "del" {
				toks = append(toks, strtestTok{kind: "op", s: word})
			} else {
				toks = append(toks, strtestTok{kind: "name", s: word})
			}
			i = j
		default:
			for _, op := range []string{";;", "**", "==", "!=", "<=", ">=", "+=", "*=", "(", ")", "[", "]", "{", "}", ",", ":", ".", "+", "-", "*", "%", "<", ">", "="} {
				if strings.HasPrefix(src[i:], op) {
					toks = append(toks, strtestTok{kind: "op", s: op})
					i += len(op)
					goto next
				}
			}
			return nil, fmt.Errorf("bad char %q", c)
		next:
		}
	}
	return append(toks, strtestTok{kind: "eof"}), nil
}

type strtestEval struct {
	t    *Thread
	toks []strtestTok
	pos  int
	vars map[string]Object
}

func (e *strtestEval) peek() strtestTok { return e.toks[e.pos] }
func (e *strtestEval) isOp(s string) bool {
	tk := e.toks[e.pos]
	return tk.kind == "op" && tk.s == s
}
func (e *strtestEval) expect(s string) error {
	if !e.isOp(s) {
		return fmt.Errorf("expected %q at token %d (%v)", s, e.pos, e.peek())
	}
	e.pos++
	return nil
}

// run evaluates "stmt ;; stmt ;; expr".
func (e *strtestEval) run() (Object, error) {
	for {
		// statements
		if e.isOp("del") {
			e.pos++
			target, key, err := e.target()
			if err != nil {
				return nil, err
			}
			if err := DelItem(e.t, target, key); err != nil {
				return nil, err
			}
		} else if op, ok := e.assignOp(); ok {
			tk := e.peek()
			var target, key Object
			var err error
			if e.toks[e.pos+1].kind == "op" && e.toks[e.pos+1].s == op {
				e.pos++
			} else if target, key, err = e.target(); err != nil {
				return nil, err
			}
			e.pos++ // op
			rhs, err := e.expr()
			if err != nil {
				return nil, err
			}
			if op != "=" {
				var cur Object
				if target != nil {
					if cur, err = GetItem(e.t, target, key); err != nil {
						return nil, err
					}
				} else {
					cur = e.vars[tk.s]
				}
				bop := OpAdd
				if op == "*=" {
					bop = OpMul
				}
				if rhs, err = InplaceBinary(e.t, bop, cur, rhs); err != nil {
					return nil, err
				}
			}
			if target != nil {
				if err := SetItem(e.t, target, key, rhs); err != nil {
					return nil, err
				}
			} else {
				e.vars[tk.s] = rhs
			}
		} else {
			v, err := e.expr()
			if err != nil {
				return nil, err
			}
			if e.peek().kind == "eof" {
				return v, nil
			}
		}
		if e.peek().kind == "eof" {
			return None, nil
		}
		if err := e.expect(";;"); err != nil {
			return nil, err
		}
	}
}

// assignOp reports whether the statement at the current position is an
// assignment, and its operator.
func (e *strtestEval) assignOp() (string, bool) {
	depth := 0
	for i := e.pos; i < len(e.toks); i++ {
		tk := e.toks[i]
		if tk.kind == "eof" {
			return "", false
		}
		if tk.kind != "op" {
			continue
		}
		switch tk.s {
		case "(", "[", "{":
			depth++
		case ")", "]", "}":
			depth--
		case ";;":
			return "", false
		case "=", "+=", "*=":
			if depth == 0 {
				return tk.s, true
			}
		}
	}
	return "", false
}

// target parses NAME[subscript] and returns the container and key.
func (e *strtestEval) target() (Object, Object, error) {
	tk := e.peek()
	if tk.kind != "name" {
		return nil, nil, fmt.Errorf("bad target")
	}
	e.pos++
	obj := e.vars[tk.s]
	if err := e.expect("["); err != nil {
		return nil, nil, err
	}
	key, err := e.subscript()
	if err != nil {
		return nil, nil, err
	}
	return obj, key, e.expect("]")
}

func (e *strtestEval) expr() (Object, error) {
	l, err := e.sum()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case e.isOp("in"):
			e.pos++
			r, err := e.sum()
			if err != nil {
				return nil, err
			}
			b, err := Contains(e.t, r, l)
			if err != nil {
				return nil, err
			}
			l = NewBool(b)
		case e.isOp("not") && e.toks[e.pos+1].s == "in":
			e.pos += 2
			r, err := e.sum()
			if err != nil {
				return nil, err
			}
			b, err := Contains(e.t, r, l)
			if err != nil {
				return nil, err
			}
			l = NewBool(!b)
		case e.isOp("==") || e.isOp("!=") || e.isOp("<") || e.isOp("<=") || e.isOp(">") || e.isOp(">="):
			op := map[string]CompareOp{"==": OpEq, "!=": OpNe, "<": OpLt, "<=": OpLe, ">": OpGt, ">=": OpGe}[e.peek().s]
			e.pos++
			r, err := e.sum()
			if err != nil {
				return nil, err
			}
			if l, err = RichCompare(e.t, l, r, op); err != nil {
				return nil, err
			}
		default:
			return l, nil
		}
	}
}

func (e *strtestEval) sum() (Object, error) {
	l, err := e.prod()
	if err != nil {
		return nil, err
	}
	for e.isOp("+") {
		e.pos++
		r, err := e.prod()
		if err != nil {
			return nil, err
		}
		if l, err = Binary(e.t, OpAdd, l, r); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (e *strtestEval) prod() (Object, error) {
	l, err := e.unary()
	if err != nil {
		return nil, err
	}
	for e.isOp("*") || e.isOp("%") {
		op := OpMul
		if e.peek().s == "%" {
			op = OpMod
		}
		e.pos++
		r, err := e.unary()
		if err != nil {
			return nil, err
		}
		if l, err = Binary(e.t, op, l, r); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func (e *strtestEval) unary() (Object, error) {
	if e.isOp("-") {
		e.pos++
		v, err := e.unary()
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case Int:
			return Int(-x), nil
		case *BigInt:
			return MakeInt(new(big.Int).Neg(x.V)), nil
		case Float:
			return -x, nil
		}
		return nil, fmt.Errorf("bad unary minus")
	}
	if e.isOp("**") {
		return nil, fmt.Errorf("** unsupported")
	}
	return e.postfix()
}

func (e *strtestEval) postfix() (Object, error) {
	v, err := e.atom()
	if err != nil {
		return nil, err
	}
	for {
		switch {
		case e.isOp("."):
			e.pos++
			name := e.peek().s
			e.pos++
			if typ, ok := v.(*Type); ok {
				attr := typ.Lookup(Intern(name))
				if m, ok := attr.(*MethodDescr); ok {
					v = &strtestTypeMethod{typ: typ, m: m}
					continue
				}
				return nil, fmt.Errorf("no type attribute %s", name)
			}
			if v, err = GetAttrString(e.t, v, name); err != nil {
				return nil, err
			}
		case e.isOp("("):
			e.pos++
			var args []Object
			var kw []string
			var kwv []Object
			for !e.isOp(")") {
				if e.peek().kind == "name" && e.toks[e.pos+1].s == "=" {
					kw = append(kw, e.peek().s)
					e.pos += 2
					a, err := e.expr()
					if err != nil {
						return nil, err
					}
					kwv = append(kwv, a)
				} else {
					a, err := e.expr()
					if err != nil {
						return nil, err
					}
					args = append(args, a)
				}
				if !e.isOp(")") {
					if err := e.expect(","); err != nil {
						return nil, err
					}
				}
			}
			e.pos++
			args = append(args, kwv...)
			if v, err = strtestCall(e.t, v, args, kw); err != nil {
				return nil, err
			}
		case e.isOp("["):
			e.pos++
			key, err := e.subscript()
			if err != nil {
				return nil, err
			}
			if err := e.expect("]"); err != nil {
				return nil, err
			}
			if v, err = GetItem(e.t, v, key); err != nil {
				return nil, err
			}
		default:
			return v, nil
		}
	}
}

func (e *strtestEval) subscript() (Object, error) {
	var parts [3]Object
	n := 0
	isSlice := false
	for {
		if e.isOp(":") {
			isSlice = true
			e.pos++
			n++
			if n > 2 {
				return nil, fmt.Errorf("bad slice")
			}
			continue
		}
		if e.isOp("]") {
			break
		}
		v, err := e.expr()
		if err != nil {
			return nil, err
		}
		parts[n] = v
	}
	if !isSlice {
		return parts[0], nil
	}
	for i := range parts {
		if parts[i] == nil {
			parts[i] = None
		}
	}
	return NewSlice(e.t, parts[0], parts[1], parts[2]), nil
}

func (e *strtestEval) atom() (Object, error) {
	tk := e.peek()
	e.pos++
	switch tk.kind {
	case "str":
		return NewStr(tk.s), nil
	case "bytes":
		return NewBytes([]byte(tk.s)), nil
	case "float":
		return Float(tk.f), nil
	case "int":
		if tk.big != nil {
			return MakeInt(tk.big), nil
		}
		return Int(tk.n), nil
	case "name":
		switch tk.s {
		case "None":
			return None, nil
		case "True":
			return True, nil
		case "False":
			return False, nil
		case "str":
			return StrType, nil
		case "bytes":
			return BytesType, nil
		case "bytearray":
			return ByteArrayType, nil
		case "repr", "ascii", "len", "list", "hash", "chr", "ord", "type", "format", "iter", "range":
			return &strtestBuiltin{name: tk.s}, nil
		}
		if v, ok := e.vars[tk.s]; ok {
			return v, nil
		}
		return nil, fmt.Errorf("unknown name %s", tk.s)
	case "op":
		switch tk.s {
		case "(":
			var items []Object
			trailing := false
			for !e.isOp(")") {
				v, err := e.expr()
				if err != nil {
					return nil, err
				}
				items = append(items, v)
				trailing = false
				if !e.isOp(")") {
					if err := e.expect(","); err != nil {
						return nil, err
					}
					trailing = true
				}
			}
			e.pos++
			if len(items) == 1 && !trailing {
				return items[0], nil
			}
			return NewTuple(e.t, items), nil
		case "[":
			var items []Object
			for !e.isOp("]") {
				v, err := e.expr()
				if err != nil {
					return nil, err
				}
				items = append(items, v)
				if !e.isOp("]") {
					if err := e.expect(","); err != nil {
						return nil, err
					}
				}
			}
			e.pos++
			return NewList(e.t, items), nil
		case "{":
			d := NewDict()
			for !e.isOp("}") {
				k, err := e.expr()
				if err != nil {
					return nil, err
				}
				if err := e.expect(":"); err != nil {
					return nil, err
				}
				v, err := e.expr()
				if err != nil {
					return nil, err
				}
				if err := d.SetItem(e.t, k, v); err != nil {
					return nil, err
				}
				if !e.isOp("}") {
					if err := e.expect(","); err != nil {
						return nil, err
					}
				}
			}
			e.pos++
			return d, nil
		}
	}
	return nil, fmt.Errorf("unexpected token %v", tk)
}

type strtestBuiltin struct {
	Header
	name string
}

func (*strtestBuiltin) Type() *Type { return BuiltinFunctionType }

type strtestTypeMethod struct {
	Header
	typ *Type
	m   *MethodDescr
}

func (*strtestTypeMethod) Type() *Type { return BuiltinFunctionType }

func strtestCall(t *Thread, fn Object, args []Object, kw []string) (Object, error) {
	switch f := fn.(type) {
	case *Type:
		return f.New(t, f, args, kw)
	case *strtestTypeMethod:
		switch f.m.Kind {
		case StaticMethod:
			return f.m.Fn(t, nil, args, kw)
		case ClassMethod:
			return f.m.Fn(t, f.typ, args, kw)
		}
		return f.m.CallUnbound(t, args, kw)
	case *strtestBuiltin:
		switch f.name {
		case "repr":
			return Repr(t, args[0])
		case "ascii":
			return AsciiRepr(t, args[0])
		case "len":
			n, err := Len(t, args[0])
			return Int(n), err
		case "hash":
			h, err := Hash(t, args[0])
			return Int(h), err
		case "chr":
			return NewStr(string(rune(args[0].(Int)))), nil
		case "ord":
			r, _ := utf8.DecodeRuneInString(args[0].(*Str).String())
			return Int(r), nil
		case "type":
			return NewStr(args[0].Type().Name), nil
		case "format":
			spec := ""
			if len(args) > 1 {
				spec = args[1].(*Str).String()
			}
			return Format(t, args[0], spec)
		case "iter":
			return Iter(t, args[0])
		case "range":
			return RangeType.New(t, RangeType, args, kw)
		case "list":
			it, err := Iter(t, args[0])
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
			return NewList(t, items), nil
		}
	}
	return Call(t, fn, args, kw)
}

// strtestRepr renders a result as CPython's repr, without depending on the
// other helpers' repr slots for ints and containers.
func strtestRepr(t *Thread, o Object) string {
	switch v := o.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10)
	case *BigInt:
		return v.V.String()
	case Bool:
		if v {
			return "True"
		}
		return "False"
	case NoneType:
		return "None"
	case *Str:
		return QuoteStr(v.String())
	case *Bytes:
		return BytesReprString(v.B)
	case *ByteArray:
		return "bytearray(" + BytesReprString(v.B) + ")"
	case *List:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = strtestRepr(t, x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *Tuple:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = strtestRepr(t, x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Dict:
		keys, values := v.Items(t)
		parts := make([]string, len(keys))
		for i := range keys {
			parts[i] = strtestRepr(t, keys[i]) + ": " + strtestRepr(t, values[i])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	r, err := Repr(t, o)
	if err != nil {
		return "<repr error: " + err.Error() + ">"
	}
	return r.String()
}

// strtestRun evaluates src and renders the result or exception like the
// CPython recorder does.
func strtestRun(t *Thread, src string) string {
	toks, err := strtestLex(src)
	if err != nil {
		return "LEX ERROR: " + err.Error()
	}
	e := &strtestEval{t: t, toks: toks, vars: map[string]Object{}}
	v, err := e.run()
	if err != nil {
		if ex, ok := err.(*Exception); ok {
			if ex.Type() == KeyErrorType && ex.Args != nil && len(ex.Args.Items) == 1 {
				return "KeyError: " + strtestRepr(t, ex.Args.Items[0])
			}
			msg := ex.Message()
			if m, err := ToStr(t, ex); err == nil {
				msg = m.String()
			}
			if msg == "" {
				return ex.Type().Name
			}
			return ex.Type().Name + ": " + msg
		}
		return "EVAL ERROR: " + err.Error()
	}
	return strtestRepr(t, v)
}
