package vm

import (
	"bytes"
	"testing"

	"pyg/compiler"
	"pyg/runtime"
)

// TestHandAssembled runs code built without the compiler: an exception
// table entry catches a ZeroDivisionError and the handler returns 42.
func TestHandAssembled(t *testing.T) {
	I := compiler.Instr
	c := &compiler.Code{
		Name: "<asm>", QualName: "<asm>", Filename: "<asm>", FirstLine: 1,
		Instrs: []uint32{
			I(compiler.LOAD_CONST, 0), // 0: 1
			I(compiler.LOAD_CONST, 1), // 1: 0
			I(compiler.BINARY_OP, uint32(runtime.OpTrueDiv)),
			I(compiler.RETURN_VALUE, 0),
			I(compiler.POP_TOP, 0), // 4: handler: drop the exception
			I(compiler.RETURN_CONST, 2),
		},
		Lines:    []int32{1, 1, 1, 1, 2, 2},
		ExcTable: []compiler.ExcEntry{{Start: 0, End: 4, Handler: 4, Depth: 0}},
		Consts:   []any{int64(1), int64(0), int64(42)},
		MaxStack: 3,
	}
	var out bytes.Buffer
	v := New(Config{Stdout: &out, Stderr: &out})
	defer v.Close()
	g := runtime.NewDict()
	r, err := runCode(v.Main, Load(c), g, g)
	if err != nil || r != runtime.Int(42) {
		t.Fatalf("got %v, %v", r, err)
	}
}
