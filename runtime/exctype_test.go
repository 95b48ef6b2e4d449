package runtime

import (
	"testing"
)

func TestExceptionStrRepr(t *testing.T) {
	th := otThread()
	s := func(v string) Object { return NewStr(v) }
	cases := []struct {
		typ        *Type
		args       []Object
		repr, str  string
		argsRepr   string
		extraAttr  string
		extraValue string
	}{
		{ValueErrorType, []Object{s("x")}, "ValueError('x')", "x", "('x',)", "", ""},
		{ValueErrorType, nil, "ValueError()", "", "()", "", ""},
		{ValueErrorType, []Object{Int(1), Int(2)}, "ValueError(1, 2)", "(1, 2)", "(1, 2)", "", ""},
		{KeyErrorType, []Object{s("a")}, "KeyError('a')", "'a'", "('a',)", "", ""},
		{KeyErrorType, nil, "KeyError()", "", "()", "", ""},
		{StopIterationType, []Object{Int(1)}, "StopIteration(1)", "1", "(1,)", "value", "1"},
		{StopIterationType, nil, "StopIteration()", "", "()", "value", "None"},
		{SystemExitType, []Object{Int(1), Int(2)}, "SystemExit(1, 2)", "(1, 2)", "(1, 2)", "code", "(1, 2)"},
		{SystemExitType, []Object{Int(3)}, "SystemExit(3)", "3", "(3,)", "code", "3"},
		{OSErrorType, []Object{Int(2), s("x")}, "FileNotFoundError(2, 'x')", "[Errno 2] x", "(2, 'x')", "errno", "2"},
		{OSErrorType, []Object{Int(2), s("No such file or directory"), s("f")}, "FileNotFoundError(2, 'No such file or directory')",
			"[Errno 2] No such file or directory: 'f'", "(2, 'No such file or directory')", "filename", "'f'"},
		{OSErrorType, []Object{Int(2), s("x"), s("f"), Int(3), s("g")}, "FileNotFoundError(2, 'x')", "[Errno 2] x: 'f' -> 'g'", "(2, 'x')", "strerror", "'x'"},
		{OSErrorType, []Object{Int(2)}, "OSError(2)", "2", "(2,)", "errno", "None"},
		{UnicodeDecodeErrorType, []Object{s("utf-8"), NewBytes([]byte{0xff}), Int(0), Int(1), s("invalid start byte")},
			"UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')",
			"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "", "reason", "'invalid start byte'"},
	}
	for _, c := range cases {
		e, err := Call(th, c.typ, c.args, nil)
		if err != nil {
			t.Errorf("%s%v: %v", c.typ.Name, c.args, err)
			continue
		}
		otCheck(t, th, "repr "+c.repr, e, nil, c.repr)
		st, err := ToStr(th, e)
		if err != nil || st.s != c.str {
			t.Errorf("str(%s) = %q (%v), want %q", c.repr, st, err, c.str)
		}
		if c.argsRepr != "" {
			v, err := otAttr(th, e, "args")
			otCheck(t, th, c.repr+".args", v, err, c.argsRepr)
		}
		if c.extraAttr != "" {
			v, err := otAttr(th, e, c.extraAttr)
			otCheck(t, th, c.repr+"."+c.extraAttr, v, err, c.extraValue)
		}
	}
	_, err := Call(th, ValueErrorType, []Object{Int(1)}, []string{"x"})
	otCheck(t, th, "ValueError(x=1)", nil, err, "TypeError: ValueError() takes no keyword arguments")
	e, err := Call(th, ImportErrorType, []Object{NewStr("x"), NewStr("m")}, []string{"name"})
	if err == nil {
		v, err := otAttr(th, e, "name")
		otCheck(t, th, "ImportError(..., name='m').name", v, err, "'m'")
	}
	_, err = Call(th, ImportErrorType, []Object{NewStr("x"), Int(1)}, []string{"foo"})
	otCheck(t, th, "ImportError(foo=1)", nil, err, "TypeError: ImportError() got an unexpected keyword argument 'foo'")

	// chaining attributes and args assignment
	e1, _ := Call(th, ValueErrorType, []Object{NewStr("a")}, nil)
	e2, _ := Call(th, TypeErrorType, []Object{NewStr("b")}, nil)
	if err := SetAttr(th, e2, NewStr("__cause__"), e1); err != nil {
		t.Fatal(err)
	}
	v, err := otAttr(th, e2, "__suppress_context__")
	otCheck(t, th, "__suppress_context__ after __cause__", v, err, "True")
	v, err = otAttr(th, e2, "__cause__")
	otCheck(t, th, "__cause__", v, err, "ValueError('a')")
	v, err = otAttr(th, e2, "__context__")
	otCheck(t, th, "__context__", v, err, "None")
	err = SetAttr(th, e2, NewStr("__cause__"), Int(1))
	otCheck(t, th, "__cause__ = 1", nil, err, "TypeError: exception cause must be None or derive from BaseException")
	SetAttr(th, e2, NewStr("args"), NewList(th, []Object{Int(1)}))
	otCheck(t, th, "e.args = [1]", e2, nil, "TypeError(1)")
	v, err = CallMethod(th, e2, "with_traceback", None)
	otCheck(t, th, "with_traceback(None)", v, err, "TypeError(1)")
	if _, err := CallMethod(th, e2, "add_note", NewStr("note")); err != nil {
		t.Fatal(err)
	}
	v, err = otAttr(th, e2, "__notes__")
	otCheck(t, th, "__notes__", v, err, "['note']")
	// Errorf-made exceptions work with the slots too.
	ef := Errorf(th, KeyErrorType, "k")
	otCheck(t, th, "Errorf KeyError", ef, nil, "KeyError('k')")
	st, _ := ToStr(th, ef)
	if st.s != "'k'" {
		t.Errorf("str(KeyError('k')) = %s", st.s)
	}
	v, err = otAttr(th, ValueErrorType, "__doc__")
	otCheck(t, th, "ValueError.__doc__", v, err, "'Inappropriate argument value (of correct type).'")
}
