package compiler

import "testing"

func TestOpcodeTable(t *testing.T) {
	seen := map[string]Opcode{}
	for op := Opcode(0); op < numOpcodes; op++ {
		info := opcodeInfo[op]
		if info.name == "" {
			t.Errorf("opcode %d has no name", op)
			continue
		}
		if prev, ok := seen[info.name]; ok {
			t.Errorf("opcodes %d and %d are both named %s", prev, op, info.name)
		}
		seen[info.name] = op
		if op.String() != info.name {
			t.Errorf("%d.String() = %q", op, op.String())
		}
		if info.effect == 0 && info.name != "NOP" {
			// zero is a legitimate effect; make sure it is intended by
			// checking the entry is not a forgotten zero value.
			if !zeroEffect[op] {
				t.Errorf("%s: stack effect 0 not listed in zeroEffect", info.name)
			}
		}
	}
}

// zeroEffect lists the opcodes whose fixed stack effect is 0.
var zeroEffect = map[Opcode]bool{
	SWAP: true, RETURN_CONST: true, DELETE_FAST: true, DELETE_DEREF: true, DELETE_GLOBAL: true,
	DELETE_NAME: true, LOAD_ATTR: true, UNARY_NEGATIVE: true, UNARY_POSITIVE: true, UNARY_INVERT: true,
	UNARY_NOT: true, JUMP: true, JUMP_BACKWARD: true, GET_ITER: true, LIST_TO_TUPLE: true,
	YIELD_VALUE: true, GET_YIELD_FROM_ITER: true, CHECK_EXC_MATCH: true, SETUP_ANNOTATIONS: true,
	GET_AWAITABLE: true, GET_AITER: true, SWAP__SWAP__STORE_SUBSCR: true, SWAP__STORE_ATTR: true,
}

func TestStackEffectNeverPanics(t *testing.T) {
	args := []uint32{0, 1, 2, 3, 4, 7, 8, 15, 255, 256, 0x1234, MaxArg}
	for op := Opcode(0); op <= 255; op++ {
		for _, a := range args {
			for _, j := range []bool{false, true} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("StackEffect(%v, %d, %v) panicked: %v", op, a, j, r)
						}
					}()
					StackEffect(op, a, j)
				}()
			}
		}
		if op == 255 {
			break
		}
	}
}

func TestInstrRoundTrip(t *testing.T) {
	for op := Opcode(0); op < numOpcodes; op++ {
		for _, a := range []uint32{0, 1, 300, MaxArg} {
			gop, garg := Decode(Instr(op, a))
			if gop != op || garg != a {
				t.Errorf("Decode(Instr(%v, %d)) = %v, %d", op, a, gop, garg)
			}
		}
	}
}
