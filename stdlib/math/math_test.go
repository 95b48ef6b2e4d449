package mathmod

import (
	"strings"
	"testing"

	"pyg/runtime"
)

// mathCase is a call of a math function with typed literal arguments (i: f:
// s: b: n:) and CPython 3.13's result (repr, or "Type: message").
type mathCase struct {
	fn   string
	args []string
	want string
}

func mathArg(t *runtime.Thread, a string) runtime.Object {
	k, v := a[:2], a[2:]
	switch k {
	case "i:":
		o, err := runtime.IntFromString(t, v, 10)
		if err != nil {
			panic(err)
		}
		return o
	case "f:":
		f, err := runtime.FloatFromString(t, v)
		if err != nil {
			panic(err)
		}
		return runtime.Float(f)
	case "s:":
		return runtime.NewStr(v)
	case "b:":
		return runtime.NewBool(v == "True")
	case "n:":
		return runtime.None
	}
	panic("bad arg " + a)
}

func mathShow(t *runtime.Thread, o runtime.Object) string {
	if tu, ok := o.(*runtime.Tuple); ok {
		parts := make([]string, len(tu.Items))
		for i, it := range tu.Items {
			parts[i] = mathShow(t, it)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	r, err := runtime.Repr(t, o)
	if err != nil {
		return err.Error()
	}
	return r.String()
}

func TestMathCases(tt *testing.T) {
	t := runtime.NewInterpreter(false).NewThread()
	m, err := New(t)
	if err != nil {
		tt.Fatal(err)
	}
	for _, c := range mathCases {
		fn, ok := m.Dict.GetStr(runtime.Intern(c.fn))
		if !ok {
			tt.Errorf("math.%s missing", c.fn)
			continue
		}
		args := make([]runtime.Object, len(c.args))
		for i, a := range c.args {
			args[i] = mathArg(t, a)
		}
		var got string
		r, err := runtime.Call(t, fn, args, nil)
		if err != nil {
			e := err.(*runtime.Exception)
			got = e.Type().Name + ": " + e.Message()
		} else {
			got = mathShow(t, r)
		}
		if got != c.want {
			tt.Errorf("math.%s%q: got %s, want %s", c.fn, c.args, got, c.want)
		}
	}
}

func TestMathKeywords(tt *testing.T) {
	t := runtime.NewInterpreter(false).NewThread()
	m, _ := New(t)
	call := func(name string, args []runtime.Object, kw []string) string {
		fn, _ := m.Dict.GetStr(runtime.Intern(name))
		r, err := runtime.Call(t, fn, args, kw)
		if err != nil {
			e := err.(*runtime.Exception)
			return e.Type().Name + ": " + e.Message()
		}
		return mathShow(t, r)
	}
	for _, c := range []struct {
		got, want string
	}{
		{call("isclose", []runtime.Object{runtime.Int(1), runtime.Float(1.1), runtime.Float(-1)}, []string{"rel_tol"}), "ValueError: tolerances must be non-negative"},
		{call("isclose", []runtime.Object{runtime.Int(1), runtime.Float(1.05), runtime.Float(0.1)}, []string{"abs_tol"}), "True"},
		{call("nextafter", []runtime.Object{runtime.Int(1), runtime.Int(2), runtime.Int(3)}, []string{"steps"}), "1.0000000000000007"},
		{call("prod", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Int(1), runtime.Int(2), runtime.Int(3)}), runtime.Int(2)}, []string{"start"}), "12"},
		{call("fsum", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1), runtime.Float(0.1)})}, nil), "1.0"},
		{call("fsum", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Float(1e308), runtime.Float(1e308)})}, nil), "OverflowError: intermediate overflow in fsum"},
		{call("fsum", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Float(1e-16), runtime.Float(1), runtime.Float(1e16)})}, nil), "1.0000000000000002e+16"},
		{call("sumprod", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Int(1), runtime.Int(2)}), runtime.NewTuple(t, []runtime.Object{runtime.Int(3), runtime.Int(4)})}, nil), "11"},
		{call("sumprod", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Float(0.1), runtime.Float(0.2)}), runtime.NewTuple(t, []runtime.Object{runtime.Float(0.3), runtime.Int(4)})}, nil), "0.8300000000000001"},
		{call("dist", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Int(1), runtime.Int(2)}), runtime.NewTuple(t, []runtime.Object{runtime.Int(4), runtime.Int(6)})}, nil), "5.0"},
		{call("dist", []runtime.Object{runtime.NewTuple(t, []runtime.Object{runtime.Int(1), runtime.Int(2)}), runtime.NewTuple(t, []runtime.Object{runtime.Int(4)})}, nil), "ValueError: both points must have the same number of dimensions"},
	} {
		if c.got != c.want {
			tt.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	for name, want := range map[string]string{"pi": "3.141592653589793", "e": "2.718281828459045", "tau": "6.283185307179586", "inf": "inf", "nan": "nan"} {
		v, _ := m.Dict.GetStr(runtime.Intern(name))
		if got := mathShow(t, v); got != want {
			tt.Errorf("math.%s = %s, want %s", name, got, want)
		}
	}
}
