package vm

import "pyg/compiler"

// Borrowed loads. `acc += (h >> 7) % 1000` compiles to LOAD_FAST acc, the
// right operand's instructions, then BINARY_OP (+=) and STORE_FAST acc: the
// copy of acc's box that LOAD_FAST pushes lives only until the binary
// operation consumes it, and the result goes back into acc. Such a LOAD_FAST
// need not give up the frame's ownership of the box (Frame.own, see
// storeNum): nothing can keep the stack copy, so the store may still write
// the new value into the box.
//
// borrowsAt finds these loads when a code object is loaded: the LOAD_FAST at
// p of local k borrows when the instructions that follow, in a straight line
// (no jump target, no jump), only push and pop values above its copy and
// never write local k, until a BINARY_OP takes the copy as an operand and a
// STORE_FAST k stores the result. The binary operation's fast path copies
// the numbers out of their boxes; its general path drops the frame's
// ownership of every box before it runs any method that could keep an
// operand (eval.go, BINARY_OP).

// maxBorrowScan bounds the instructions looked at after a load.
const maxBorrowScan = 24

// borrowsAt returns, as a bit set over instruction indexes, the plain
// LOAD_FAST instructions of instrs that borrow (nil when none do).
func borrowsAt(instrs []uint32) []uint64 {
	var set []uint64
	var target []bool
	for p, ins := range instrs {
		if compiler.Opcode(ins&0xff) != compiler.LOAD_FAST {
			continue
		}
		if target == nil {
			target = jumpTargets(instrs)
		}
		if borrows(instrs, target, p) {
			if set == nil {
				set = make([]uint64, (len(instrs)+63)/64)
			}
			set[p/64] |= 1 << (p % 64)
		}
	}
	return set
}

func jumpTargets(instrs []uint32) []bool {
	target := make([]bool, len(instrs)+1)
	for _, ins := range instrs {
		if op, arg := compiler.Decode(ins); op.HasJump() && int(arg) < len(target) {
			target[arg] = true
		}
	}
	return target
}

// borrows reports whether the LOAD_FAST at p borrows (see borrowsAt).
func borrows(instrs []uint32, target []bool, p int) bool {
	k := instrs[p] >> 8
	depth := 1 // stack entries from the loaded copy up
	for q := p + 1; q < len(instrs) && q <= p+maxBorrowScan; q++ {
		if target[q] {
			return false
		}
		// A superinstruction's covered instructions follow it in the
		// stream: look at each as its base instruction.
		op, arg := compiler.Decode(instrs[q])
		op = compiler.BaseOp(op)
		pops, pushes := 0, 1
		switch op {
		case compiler.LOAD_CONST, compiler.LOAD_FAST, compiler.LOAD_DEREF, compiler.LOAD_GLOBAL:
		case compiler.STORE_FAST:
			if arg == k {
				return false
			}
			pops, pushes = 1, 0
		case compiler.BINARY_OP:
			if depth <= 2 {
				// The copy is an operand: the result must go back to k.
				if q+1 >= len(instrs) || target[q+1] {
					return false
				}
				nop, narg := compiler.Decode(instrs[q+1])
				return compiler.BaseOp(nop) == compiler.STORE_FAST && narg == k
			}
			pops = 2
		case compiler.COMPARE_OP, compiler.BINARY_SUBSCR:
			pops = 2
		case compiler.LOAD_ATTR, compiler.UNARY_NEGATIVE, compiler.UNARY_POSITIVE, compiler.UNARY_INVERT, compiler.UNARY_NOT:
			pops = 1
		case compiler.LOAD_METHOD:
			pops, pushes = 1, 2
		case compiler.CALL:
			pops = int(arg) + 1
		case compiler.CALL_METHOD:
			pops = int(arg) + 2
		default:
			return false
		}
		if pops >= depth {
			return false // the copy is taken by something else
		}
		depth += pushes - pops
	}
	return false
}

// borrowed reports whether the instruction at pc is a borrowing LOAD_FAST.
func (c *Code) borrowed(pc int) bool {
	i := uint(pc)
	return i/64 < uint(len(c.borrow)) && c.borrow[i/64]&(1<<(i%64)) != 0
}
