package vm

import (
	"math"
	"unsafe"

	"pyg/compiler"
	"pyg/runtime"
)

// Number boxes. A runtime.Float or runtime.Int stored in an Object points to
// a heap copy of its 8 bytes; Go allocates one per conversion
// (runtime.convT64), which on float-heavy code (nbody) costs a fifth of the
// run and on int-heavy code (cpu_threads) two fifths. The eval loop's fast
// paths instead take boxes from a per-thread chunk of numChunk words: one
// allocation per chunk, no locking (each thread has its own), and the chunk
// holds no pointers, so the collector never scans it. A box is written once,
// before the Object holding it is made, and never again. Ints in the small
// int table (vm/ints.go) need no box at all.
//
// The cost: a chunk stays alive while any of its boxes does, so a program
// that keeps one number out of every numChunk it computes holds numChunk
// times the memory for them (128 bytes instead of Go's 16-byte tiny block
// per number at most).
const numChunk = 16

type numSlab struct {
	chunk *[numChunk]uint64
	n     int // boxes of chunk handed out
}

// eface is the layout of a non-empty interface value (runtime.Object).
type eface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// floatTab and intTab are the itabs of runtime.Float and runtime.Int as a
// runtime.Object.
var (
	floatTab = itabOf(runtime.Float(1.5))
	intTab   = itabOf(runtime.Int(1 << 40))
)

func itabOf(o runtime.Object) unsafe.Pointer {
	return (*eface)(unsafe.Pointer(&o)).tab
}

// box returns the Object of itab tab whose 8-byte value is bits, its box
// taken from the thread's chunk.
func (s *numSlab) box(tab unsafe.Pointer, bits uint64) runtime.Object {
	if s.chunk == nil || s.n == numChunk {
		s.chunk, s.n = new([numChunk]uint64), 0
	}
	p := &s.chunk[s.n]
	s.n++
	*p = bits
	e := eface{tab: tab, data: unsafe.Pointer(p)}
	return *(*runtime.Object)(unsafe.Pointer(&e))
}

// release gives back the box of o if it is the last one handed out, for a
// value the caller received from box and is dropping before anything else
// saw it.
func (s *numSlab) release(o runtime.Object) {
	if s.n > 0 && (*eface)(unsafe.Pointer(&o)).data == unsafe.Pointer(&s.chunk[s.n-1]) {
		s.n--
	}
}

// boxFloat returns x as an Object.
func (s *numSlab) boxFloat(x runtime.Float) runtime.Object {
	return s.box(floatTab, math.Float64bits(float64(x)))
}

// boxInt returns i as an Object: from the small int table or a chunk.
func (s *numSlab) boxInt(i runtime.Int) runtime.Object {
	if u := uint64(i - intTableMin); u < intTableSize {
		return tableInt(u)
	}
	return s.box(intTab, uint64(i))
}

// increfValue and decrefValue count a reference to v, skipping the call for
// ints and floats (value types: uncounted) and nil.
func increfValue(t *runtime.Thread, v runtime.Object) {
	switch v.(type) {
	case runtime.Int, runtime.Float:
	default:
		t.Incref(v)
	}
}

func decrefValue(t *runtime.Thread, v runtime.Object) {
	switch v.(type) {
	case nil, runtime.Int, runtime.Float:
	default:
		t.Decref(v)
	}
}

// fastBinary computes a op b for int and float operands whose result
// needs neither a method lookup nor an error (no overflow to a big int, no
// division by zero); otherwise it returns nil and the caller takes the
// general path. The result is a new, uncounted value.
func (ts *threadState) fastBinary(op runtime.BinaryOp, a, b runtime.Object) runtime.Object {
	var x, y runtime.Float
	switch av := a.(type) {
	case runtime.Float:
		switch bv := b.(type) {
		case runtime.Float:
			x, y = av, bv
		case runtime.Int:
			if bv <= -1<<53 || bv >= 1<<53 {
				return nil
			}
			x, y = av, runtime.Float(bv)
		default:
			return nil
		}
	case runtime.Int:
		switch bv := b.(type) {
		case runtime.Int:
			// + and - inline (loop counters, indexes), the rest in intBinary.
			switch op {
			case runtime.OpAdd:
				if r := av + bv; (r^av)&(r^bv) >= 0 {
					return ts.boxInt(r)
				}
				return nil
			case runtime.OpSub:
				if r := av - bv; (av^bv)&(r^av) >= 0 {
					return ts.boxInt(r)
				}
				return nil
			case runtime.OpTrueDiv:
				// Exact operands: the float quotient is correctly rounded.
				if av <= -1<<53 || av >= 1<<53 || bv <= -1<<53 || bv >= 1<<53 {
					return nil
				}
				x, y = runtime.Float(av), runtime.Float(bv)
			default:
				if r, ok := ts.intBinary(op, av, bv); ok {
					return r
				}
				return nil
			}
		case runtime.Float:
			if av <= -1<<53 || av >= 1<<53 {
				return nil
			}
			x, y = runtime.Float(av), bv
		default:
			return nil
		}
	default:
		return nil
	}
	var r runtime.Float
	switch op {
	case runtime.OpAdd:
		r = x + y
	case runtime.OpSub:
		r = x - y
	case runtime.OpMul:
		r = x * y
	case runtime.OpTrueDiv:
		if y == 0 {
			return nil
		}
		r = x / y
	default:
		return nil
	}
	return ts.boxFloat(r)
}

// fastCompare compares two ints or two floats; ok is false for other
// operands.
func fastCompare(op runtime.CompareOp, a, b runtime.Object) (r, ok bool) {
	switch x := a.(type) {
	case runtime.Int:
		if y, ok := b.(runtime.Int); ok {
			return compareOrdered(op, x, y), true
		}
	case runtime.Float:
		if y, ok := b.(runtime.Float); ok {
			return compareOrdered(op, x, y), true
		}
	}
	return false, false
}

func compareOrdered[T runtime.Int | runtime.Float](op runtime.CompareOp, x, y T) bool {
	switch op {
	case runtime.OpEq:
		return x == y
	case runtime.OpNe:
		return x != y
	case runtime.OpLt:
		return x < y
	case runtime.OpLe:
		return x <= y
	case runtime.OpGt:
		return x > y
	}
	return x >= y
}

// fastSubscr returns c[k] with a new reference for an exact list or tuple
// and an int index in range, else nil. ft: free-threaded (lists are locked).
func fastSubscr(t *runtime.Thread, ft bool, c, k runtime.Object) runtime.Object {
	i, ok := k.(runtime.Int)
	if !ok {
		return nil
	}
	var items []runtime.Object
	switch c := c.(type) {
	case *runtime.List:
		if c.Type() != runtime.ListType {
			return nil
		}
		if ft {
			return lockedListItem(t, c, i)
		}
		items = c.Items
	case *runtime.Tuple:
		if c.Type() != runtime.TupleType {
			return nil
		}
		items = c.Items
	default:
		return nil
	}
	if i < 0 {
		i += runtime.Int(len(items))
	}
	if i < 0 || i >= runtime.Int(len(items)) {
		return nil
	}
	v := items[i]
	increfValue(t, v)
	return v
}

func lockedListItem(t *runtime.Thread, l *runtime.List, i runtime.Int) runtime.Object {
	var v runtime.Object
	t.Lock(&l.Mu)
	if n := runtime.Int(len(l.Items)); i < 0 {
		i += n
	}
	if i >= 0 && i < runtime.Int(len(l.Items)) {
		v = l.Items[i]
		increfValue(t, v)
	}
	t.Unlock(&l.Mu)
	return v
}

// fastStoreSubscr does c[k] = v for an exact list and an int index in
// range, taking over the caller's reference to v; it reports false (and
// does nothing) otherwise.
func fastStoreSubscr(t *runtime.Thread, ft bool, c, k, v runtime.Object) bool {
	l, ok := c.(*runtime.List)
	if !ok || l.Type() != runtime.ListType {
		return false
	}
	i, ok := k.(runtime.Int)
	if !ok {
		return false
	}
	if ft {
		t.Lock(&l.Mu)
	}
	if n := runtime.Int(len(l.Items)); i < 0 {
		i += n
	}
	if i < 0 || i >= runtime.Int(len(l.Items)) {
		if ft {
			t.Unlock(&l.Mu)
		}
		return false
	}
	old := l.Items[i]
	l.Items[i] = v
	if ft {
		t.Unlock(&l.Mu)
	}
	decrefValue(t, old)
	return true
}

// operand returns the operand of a LOAD_FAST (local) or LOAD_CONST
// instruction ins covered by a superinstruction.
func operand(local bool, stack, consts []runtime.Object, ins uint32) runtime.Object {
	if local {
		return stack[ins>>8]
	}
	return consts[ins>>8]
}

// Owned number boxes. A loop like `h = (h * 1103515245 + 12345) & M` or
// `for i in range(n)` makes a new int every iteration and stores it in a
// local, dropping the old one: one box per iteration even with the slab. But
// when the local's current box was stored fresh by a fast path and never
// copied out of its slot since, nothing else can see it, and the new value
// can be written into it instead (CPython reuses an int object whose count
// is one in the same way). Frame.own has bit k set while local k holds such
// a box (locals 0..63).
//
// The invariant: bit k set ⇒ slot k holds a slab box that storeNum stored
// and that no other slot, stack entry, container or Go value holds. So:
//   - storeNum sets the bit only for the box the fast path just made (the
//     slab's last: no copy of it exists) and writes in place only under a
//     set bit;
//   - every instruction that copies local k anywhere (LOAD_FAST and the
//     superinstructions that push or store a local), or writes slot k other
//     than through storeNum, clears bit k;
//   - code outside the eval loop that reads fast locals (frameLocals for
//     locals() and f_locals, frameLocal) clears all bits; new frames start
//     with none.
// The fast paths that read a local's value (int and float arithmetic and
// comparisons) copy the number, not the box, and keep the bit.

// isLast reports whether o's box is the last one the slab handed out.
func (s *numSlab) isLast(o runtime.Object) bool {
	return s.n > 0 && (*eface)(unsafe.Pointer(&o)).data == unsafe.Pointer(&s.chunk[s.n-1])
}

// ownBit is the bit of local k in Frame.own for clearing it: bit k%64, so for
// k >= 64 (never owned) it clears another local's bit, which only gives up
// an ownership (a shift by a masked count is one instruction).
func ownBit(k int) uint64 { return 1 << (uint(k) & 63) }

// writeOwned writes the 8-byte value bits into the box of local k when f
// owns that box and it holds a value of itab tab (an int or a float); it
// reports whether it did.
func (f *Frame) writeOwned(stack []runtime.Object, k int, tab unsafe.Pointer, bits uint64) bool {
	if k < 64 && f.own&(1<<uint(k)) != 0 {
		if e := (*eface)(unsafe.Pointer(&stack[k])); e.tab == tab {
			*(*uint64)(e.data) = bits
			return true
		}
	}
	return false
}

// storeNum stores r, an int or float result a fast path has just made (a
// small int from the table or the slab's last box, held by nothing else), in
// local k of frame f, writing it into the local's box when f owns that box.
func (ts *threadState) storeNum(t *runtime.Thread, f *Frame, stack []runtime.Object, k int, r runtime.Object) {
	bit := uint64(1) << uint(k) // 0 for k >= 64: never owned
	if ts.isLast(r) {
		if nw := (*eface)(unsafe.Pointer(&r)); f.writeOwned(stack, k, nw.tab, *(*uint64)(nw.data)) {
			ts.n-- // r's box goes back to the slab
			return
		}
		f.own |= bit
	} else {
		f.own &^= bit
	}
	p := &stack[k]
	old := *p
	*p = r
	decrefValue(t, old)
}

// storeLocal stores v (holding a reference for the slot) in the local
// slot p.
func storeLocal(t *runtime.Thread, p *runtime.Object, v runtime.Object) {
	old := *p
	*p = v
	decrefValue(t, old)
}

// branch returns the next pc after a superinstruction's fused conditional
// jump instruction jump (POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE) on the
// condition r; next is the pc after the jump instruction.
func branch(r bool, jump uint32, next int) int {
	if r == (compiler.Opcode(jump&0xff) == compiler.POP_JUMP_IF_TRUE) {
		return int(jump >> 8)
	}
	return next
}

// storesLocal reports whether ins stores TOS in a local (STORE_FAST, or
// STORE_FAST__LOAD_FAST, whose store runs on its own when the caller steps
// past ins: the LOAD_FAST follows as an instruction of its own).
func storesLocal(ins uint32) bool {
	op := compiler.Opcode(ins & 0xff)
	return op == compiler.STORE_FAST || op == compiler.STORE_FAST__LOAD_FAST
}

// keepsUnboxed reports whether the number result of a binary operation or
// of FOR_ITER over a range, followed by ins, goes without a new box in the
// fused VM: into the next operation of an int chain, or into a local, whose
// box (once the local owns one, as it does from a loop's second iteration)
// takes the value. The simulator, which runs unfused, charges no GC work for
// such results (a model: it does not follow ownership).
func keepsUnboxed(ins uint32) bool {
	return storesLocal(ins) || chainsInt(ins)
}

// chainsInt reports whether ins may continue a chain of int operations
// (see intChain): a binary operation with a local or constant operand.
func chainsInt(ins uint32) bool {
	op := compiler.Opcode(ins & 0xff)
	return op == compiler.LOAD_CONST__BINARY_OP || op == compiler.LOAD_FAST__BINARY_OP
}

// intChain carries r, the result of a binary operation that the eval loop
// has just computed, through the binary operations with an int operand that
// follow at pc (LOAD_CONST__BINARY_OP, LOAD_FAST__BINARY_OP) without boxing
// the intermediate values: `(h * 1103515245 + 12345) & 0x7FFFFFFF` boxes
// one int instead of three. Running those instructions here is what the
// dispatch loop would do next: no eval-breaker check or jump comes between
// them. The chain stops before an operation that needs the slow path
// (overflow to a big int, division by zero, a float...), which then runs as
// usual. It returns the value and the pc of the next instruction to run.
// Under the simulator, which charges every instruction, it does nothing.
func (ts *threadState) intChain(r runtime.Object, code *Code, stack []runtime.Object, pc int) (runtime.Object, int) {
	x, ok := r.(runtime.Int)
	if !ok || ts.unfused {
		return r, pc
	}
	instrs, start := code.instrs, pc
	for pc+1 < len(instrs) {
		ins := instrs[pc]
		var b runtime.Object
		switch compiler.Opcode(ins & 0xff) {
		case compiler.LOAD_CONST__BINARY_OP:
			b = code.consts[ins>>8]
		case compiler.LOAD_FAST__BINARY_OP:
			b = stack[ins>>8]
		}
		y, ok := b.(runtime.Int)
		if !ok {
			break
		}
		v, ok := intArith(runtime.BinaryOp(instrs[pc+1]>>8&^compiler.InplaceFlag), x, y)
		if !ok {
			break
		}
		x = v
		pc += 2
	}
	if pc == start {
		return r, pc
	}
	// r's box, if it has one, was the slab's last: nothing else holds it.
	ts.release(r)
	return ts.boxInt(x), pc
}

// comprehensionCap is the starting capacity of a comprehension's list at its
// first LIST_APPEND (the list at stack[sp-arg], the item already popped). A
// comprehension with one for clause (arg 2) has its iterator just above the
// list: the list starts with room for the item and what that iterator has
// left, up to 64 (a filtering comprehension over a long sequence keeps at
// most 64 unused slots). Otherwise, or when the iterator cannot tell, it
// starts at 4 items, as CPython's list_resize.
func comprehensionCap(t *runtime.Thread, stack []runtime.Object, sp, arg int) int {
	if arg == 2 {
		if n := runtime.IterSizeHint(t, stack[sp-1]); n >= 4 {
			return min(n+1, 64)
		}
	}
	return 4
}
