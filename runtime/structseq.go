package runtime

import "strings"

// Struct sequences: the named-tuple-like types of built-in modules
// (time.struct_time, sys.version_info, sys.float_info, os.stat_result...).
// Their instances are tuples whose type is the struct sequence type, with a
// read-only attribute per field and CPython's repr: module.name(f=v, ...).

// StructSeqInfo is the Extra of a struct sequence type.
type StructSeqInfo struct {
	Fields []string
}

// NewStructSeqType returns a struct sequence type named module.name with
// the given fields. Instances are made with NewStructSeq or by calling the
// type with a sequence of len(fields) items.
func NewStructSeqType(name, module string, fields []string) *Type {
	typ := NewBuiltinType(name, module, TupleType, 0)
	info := &StructSeqInfo{Fields: fields}
	typ.Extra = info
	tt := TupleType
	typ.Hash, typ.Compare, typ.Len, typ.GetItem = tt.Hash, tt.Compare, tt.Len, tt.GetItem
	typ.Contains, typ.Iter, typ.Dealloc = tt.Contains, tt.Iter, tt.Dealloc
	typ.Number[OpAdd], typ.Number[OpMul] = tt.Number[OpAdd], tt.Number[OpMul]
	typ.Repr = func(t *Thread, o Object) (Object, error) {
		tu := o.(*Tuple)
		var b strings.Builder
		if module != "" && module != "builtins" {
			b.WriteString(module + ".")
		}
		b.WriteString(name + "(")
		for i, f := range fields {
			if i >= len(tu.Items) {
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, tu.Items[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(f + "=" + r.s)
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	}
	typ.New = func(t *Thread, cls *Type, args []Object, kw []string) (Object, error) {
		var seq, dict Object
		if err := UnpackArgs(t, name, args, kw, "sequence", &seq, "dict?", &dict); err != nil {
			return nil, err
		}
		items, err := IterateAll(t, seq)
		if err != nil {
			return nil, err
		}
		if len(items) != len(fields) {
			return nil, Errorf(t, TypeErrorType, "%s.%s() takes a %d-sequence (%d-sequence given)", module, name, len(fields), len(items))
		}
		return NewStructSeq(t, typ, items), nil
	}
	for i, f := range fields {
		i := i
		typ.AddGetSet(f, func(t *Thread, self Object) (Object, error) {
			return self.(*Tuple).Items[i], nil
		}, func(t *Thread, self, v Object) error {
			return Errorf(t, AttributeErrorType, "readonly attribute")
		})
	}
	typ.AddAttr("n_sequence_fields", Int(len(fields)))
	typ.AddAttr("n_fields", Int(len(fields)))
	typ.AddAttr("n_unnamed_fields", Int(0))
	typ.AddMethod("__reduce__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		tu := self.(*Tuple)
		return NewTuple(t, []Object{self.Type(), NewTuple(t, []Object{NewTuple(t, append([]Object(nil), tu.Items...)), NewDict()})}), nil
	})
	typ.AddMethod("__replace__", InstanceMethod, func(t *Thread, self Object, args []Object, kw []string) (Object, error) {
		if len(args) != len(kw) {
			return nil, Errorf(t, TypeErrorType, "__replace__() takes no positional arguments")
		}
		items := append([]Object(nil), self.(*Tuple).Items...)
		for j, k := range kw {
			found := false
			for i, f := range fields {
				if f == k {
					items[i], found = args[j], true
				}
			}
			if !found {
				return nil, Errorf(t, TypeErrorType, "%s.__replace__() got an unexpected keyword argument '%s'", name, k)
			}
		}
		return NewStructSeq(t, typ, items), nil
	})
	return typ
}

// NewStructSeq returns an instance of the struct sequence type typ holding
// items (the instance takes its own references).
func NewStructSeq(t *Thread, typ *Type, items []Object) *Tuple {
	tu := NewTuple(t, items)
	tu.sub = &subInst{typ: typ}
	return tu
}
