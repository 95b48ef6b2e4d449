package vm

import (
	"testing"

	"pyg/compiler"
)

// borrowedLoads compiles the body of function f in src and returns the
// names of the locals its borrowing LOAD_FASTs load, in order.
func borrowedLoads(t *testing.T, src string) []string {
	t.Helper()
	c, err := compileRaw([]byte(src), "<test>", compiler.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	var fn *compiler.Code
	for _, k := range c.Consts {
		if cc, ok := k.(*compiler.Code); ok && cc.Name == "f" {
			fn = cc
		}
	}
	if fn == nil {
		t.Fatal("no function f")
	}
	code := Load(fn)
	var names []string
	for pc, ins := range code.instrs {
		if code.borrowed(pc) {
			names = append(names, fn.VarNames[ins>>8])
		}
	}
	return names
}

func TestBorrowedLoads(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		// The load is consumed by the binary operation whose result goes
		// back to the same local.
		{"def f(h, acc):\n    acc += (h >> 7) % 1000\n", []string{"acc"}},
		{"def f(h, acc):\n    acc = acc - g(h) * 2\n", []string{"acc"}},
		// The result goes elsewhere.
		{"def f(h, acc):\n    x = acc - g(h) * 2\n", nil},
		// The operand's local is written before the operation.
		{"def f(h, acc):\n    acc += (acc := h) * 2\n", nil},
		// A jump in the operand (conditional expression).
		{"def f(h, acc):\n    acc += g(h) if h else 2\n", nil},
		// The copy is an argument of a call, not an operand.
		{"def f(h, acc):\n    acc = g(acc) + h\n", nil},
		// Plain loads elsewhere.
		{"def f(h, acc):\n    print(acc)\n    return acc\n", nil},
	} {
		got := borrowedLoads(t, tc.src)
		if len(got) != len(tc.want) {
			t.Errorf("%q: borrowed %v, want %v", tc.src, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: borrowed %v, want %v", tc.src, got, tc.want)
			}
		}
	}
}
