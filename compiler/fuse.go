package compiler

// fuse is the peephole pass that makes superinstructions (see opcode.go):
// it replaces the opcode of the first instruction of each run it
// recognizes and leaves the run's instructions in place, so lines,
// columns, jump targets and the exception table are unchanged. Runs do not
// overlap: the scan resumes after each run. A run does not extend over a
// jump target, which then may start a run of its own (a loop's condition).
func fuse(instrs []uint32) {
	target := make([]bool, len(instrs)+1)
	for _, ins := range instrs {
		if op, arg := Decode(ins); op.HasJump() && int(arg) < len(target) {
			target[arg] = true
		}
	}
	for i := 0; i < len(instrs); {
		op, n := fusion(instrs[i:])
		for j := 1; j < n; j++ {
			if target[i+j] {
				n = 0
			}
		}
		if n == 2 && i+1 < len(instrs) && !target[i+1] {
			// x; y op k: better to leave x alone and fuse the longer run
			// that starts at y, or y's attribute access.
			if next, m := fusion(instrs[i+1:]); m > 2 || prefersOwnRun(next) {
				n = 0
			}
		}
		if n == 0 {
			i++
			continue
		}
		instrs[i] = Instr(op, instrs[i]>>8)
		i += n
	}
}

// prefersOwnRun reports whether a run of two that starts with op is worth
// more than fusing the instruction before it with op's first instruction:
// attribute access and method loads on a local, a local's None test.
func prefersOwnRun(op Opcode) bool {
	switch op {
	case LOAD_FAST__LOAD_ATTR, LOAD_FAST__STORE_ATTR, LOAD_FAST__LOAD_METHOD,
		LOAD_FAST__POP_JUMP_IF_NONE, LOAD_FAST__POP_JUMP_IF_NOT_NONE:
		return true
	}
	return false
}

// fusion returns the superinstruction starting a run at ins[0] and the
// number of instructions it covers (0: none).
func fusion(ins []uint32) (Opcode, int) {
	at := func(j int) (Opcode, uint32) {
		if j < len(ins) {
			return Decode(ins[j])
		}
		return numOpcodes, 0
	}
	op0, _ := at(0)
	op1, _ := at(1)
	op2, _ := at(2)
	switch op0 {
	case LOAD_CONST:
		if op1 == BINARY_OP {
			return LOAD_CONST__BINARY_OP, 2
		}
		if op1 == COMPARE_OP && (op2 == POP_JUMP_IF_FALSE || op2 == POP_JUMP_IF_TRUE) {
			return LOAD_CONST__COMPARE_OP, 3
		}
		if op1 == IS_OP {
			return LOAD_CONST__IS_OP, 2
		}
	case LOAD_FAST:
		switch op1 {
		case LOAD_METHOD:
			return LOAD_FAST__LOAD_METHOD, 2
		case POP_JUMP_IF_NONE:
			return LOAD_FAST__POP_JUMP_IF_NONE, 2
		case POP_JUMP_IF_NOT_NONE:
			return LOAD_FAST__POP_JUMP_IF_NOT_NONE, 2
		case RETURN_VALUE:
			return LOAD_FAST__RETURN_VALUE, 2
		case COPY:
			if ins[1] == Instr(COPY, 1) && op2 == LOAD_ATTR {
				return LOAD_FAST__COPY__LOAD_ATTR, 3
			}
			return 0, 0
		case BINARY_OP:
			return LOAD_FAST__BINARY_OP, 2
		case LOAD_ATTR:
			return LOAD_FAST__LOAD_ATTR, 2
		case STORE_ATTR:
			return LOAD_FAST__STORE_ATTR, 2
		}
		if op1 != LOAD_FAST && op1 != LOAD_CONST {
			return 0, 0
		}
		fast := op1 == LOAD_FAST
		pick := func(ff, fc Opcode) Opcode {
			if fast {
				return ff
			}
			return fc
		}
		if augSubscr(ins[2:]) {
			return pick(LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR, LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR), 5
		}
		op3, _ := at(3)
		if fast && op2 == LOAD_FAST && op3 == STORE_SUBSCR {
			return LOAD_FAST__LOAD_FAST__LOAD_FAST__STORE_SUBSCR, 4
		}
		switch op2 {
		case BINARY_OP:
			if op3 == STORE_FAST {
				return pick(LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST, LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST), 4
			}
			return pick(LOAD_FAST__LOAD_FAST__BINARY_OP, LOAD_FAST__LOAD_CONST__BINARY_OP), 3
		case BINARY_SUBSCR:
			if op3 == STORE_FAST {
				return pick(LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST, LOAD_FAST__LOAD_CONST__BINARY_SUBSCR__STORE_FAST), 4
			}
			return pick(LOAD_FAST__LOAD_FAST__BINARY_SUBSCR, LOAD_FAST__LOAD_CONST__BINARY_SUBSCR), 3
		case STORE_SUBSCR:
			if fast {
				return LOAD_FAST__LOAD_FAST__STORE_SUBSCR, 3
			}
		case COMPARE_OP:
			if op3 == POP_JUMP_IF_FALSE || op3 == POP_JUMP_IF_TRUE {
				return pick(LOAD_FAST__LOAD_FAST__COMPARE_OP, LOAD_FAST__LOAD_CONST__COMPARE_OP), 4
			}
		}
		return pick(LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST), 2
	case STORE_FAST:
		if op1 == LOAD_FAST {
			return STORE_FAST__LOAD_FAST, 2
		}
	case BINARY_OP:
		if op1 == STORE_FAST {
			return BINARY_OP__STORE_FAST, 2
		}
		if augStore(ins[1:]) {
			return BINARY_OP__SWAP__SWAP__STORE_SUBSCR, 4
		}
	case COPY:
		if augSubscr(ins) {
			return COPY__COPY__BINARY_SUBSCR, 3
		}
	case SWAP:
		if augStore(ins) {
			return SWAP__SWAP__STORE_SUBSCR, 3
		}
		if ins[0] == Instr(SWAP, 2) && op1 == STORE_ATTR {
			return SWAP__STORE_ATTR, 2
		}
	}
	return 0, 0
}

// augSubscr and augStore recognize the load (COPY 2; COPY 2; BINARY_SUBSCR)
// and the store (SWAP 3; SWAP 2; STORE_SUBSCR) of `c[i] op= v`.
func augSubscr(ins []uint32) bool {
	return len(ins) >= 3 && ins[0] == Instr(COPY, 2) && ins[1] == Instr(COPY, 2) && Opcode(ins[2]&0xff) == BINARY_SUBSCR
}

func augStore(ins []uint32) bool {
	return len(ins) >= 3 && ins[0] == Instr(SWAP, 3) && ins[1] == Instr(SWAP, 2) && Opcode(ins[2]&0xff) == STORE_SUBSCR
}
