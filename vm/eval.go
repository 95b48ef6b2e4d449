package vm

import (
	"fmt"
	"math"
	"math/bits"
	"runtime/debug"
	"unsafe"

	"pyg/compiler"
	"pyg/runtime"
)

// codeArray is the type eval indexes a code object's instructions through:
// a pointer to an array as long as any instruction stream may be (jump
// arguments are 24 bits), so that the dispatch loop keeps one register for
// them instead of a slice's pointer and length; the bound is a constant.
type codeArray [compiler.MaxArg + 1]uint32

// codeWords returns instrs as a *codeArray. Indexing beyond len(instrs)
// cannot happen: every path through a code object ends in a return or a
// raise, and superinstructions read only the instructions they cover.
//
//go:nocheckptr
func codeWords(instrs []uint32) *codeArray {
	return (*codeArray)(unsafe.Pointer(unsafe.SliceData(instrs)))
}

// eval runs frame f (an entry frame: set up by the caller, arguments bound)
// until it returns, yields or raises. Frames of Python functions called from
// f run in the same loop. throw, when not nil, is raised in f at its current
// instruction (generator.throw).
func eval(t *runtime.Thread, ts *threadState, f *Frame, throw error) (result runtime.Object, err error) {
	var (
		code     *Code
		instrs   *codeArray // code.instrs (see codeArray)
		consts   []runtime.Object
		names    []*runtime.Str
		stack    []runtime.Object
		sp, pc   int
		arg      int
		reraise  bool // the pending error is re-raised: no traceback entry for this frame
		unwound  bool // the pending error comes from a callee frame of this loop
		retval   runtime.Object
		builtins = t.Interp.Builtins

		sim = t.Sim // scaling lab: charge virtual time per instruction (--sim-cores)

		// operands of the shared call sequence
		callFn   runtime.Object
		callArgs []runtime.Object
		callKw   []string
		callRes  runtime.Object // the result of a call made in Go
		popLo    int            // the call pops stack[popLo:sp] and pushes the result there
		nf       *Frame
	)
	entryBack := f.back
	entryDepth := t.Depth
	ts.nesting++
	defer func() {
		ts.nesting--
		if ts.nesting == 1 && ts.deferredZC {
			ts.deferredZC = false
			t.EvalBreaker.Or(runtime.BreakZeroCount)
		}
		if ts.nesting == 1 && ts.deferredQS {
			ts.deferredQS = false
			t.EvalBreaker.Or(runtime.BreakQuiescent)
		}
		if r := recover(); r != nil {
			// Last line of defence: a Go panic becomes a SystemError.
			ts.frame = entryBack
			t.Depth = entryDepth
			result = nil
			err = runtime.Errorf(t, runtime.SystemErrorType, "internal error: %v\n%s", r, debug.Stack())
		}
	}()

	f.back = ts.frame
	ts.frame = f
	t.Depth++
	code = f.code
	instrs = codeWords(code.instrs)
	consts = code.consts
	names = code.names
	stack = f.slots
	sp = f.sp
	pc = f.pc
	if ts.nesting > maxGoNesting {
		err = runtime.Errorf(t, runtime.RecursionErrorType, "maximum recursion depth exceeded while calling a Python object")
		goto unwindNoEntry
	}
	if t.Depth > t.Interp.RecursionLimit || t.Depth > maxFrameDepth {
		err = runtime.Errorf(t, runtime.RecursionErrorType, "maximum recursion depth exceeded")
		goto unwindNoEntry
	}
	if throw != nil {
		err = throw
		if pc == 0 {
			goto unwindNoEntry
		}
		goto onError
	}
	if t.EvalBreaker.Load() != 0 {
		if err = handleBreaker(t, ts); err != nil {
			goto unwindNoEntry
		}
	}

dispatch:
	for {
		if evalChecks && uint(pc) >= uint(len(code.instrs)) {
			panic(fmt.Sprintf("pc %d outside the %d instructions of %s", pc, len(code.instrs), code.C.Name))
		}
		ins := instrs[pc]
		op := compiler.Opcode(ins & 0xff)
		if sim != nil {
			// The simulator charges every instruction: superinstructions
			// run unfused, as their base instruction.
			op = compiler.BaseOp(op)
			if (op == compiler.BINARY_OP || op == compiler.FOR_ITER) && pc+1 < len(code.instrs) && keepsUnboxed(instrs[pc+1]) {
				sim.StepUnboxed(uint32(op))
			} else {
				sim.Step(uint32(op) | ins&^0xff)
			}
		}
		pc++
		arg = int(ins >> 8)
	reswitch:
		switch op {
		case compiler.NOP:

		case compiler.POP_TOP:
			sp--
			if v := stack[sp]; v != runtime.None {
				t.Decref(v)
				if g, ok := v.(*Generator); ok && g.typ == CoroutineType {
					// A discarded coroutine call: warn now, so that
					// "never awaited" names this line as in CPython.
					stack[sp] = nil
					f.pc, f.sp = pc, sp
					if ts.nesting <= 1 {
						t.ProcessZeroCounts()
					} else if runtime.RefCount(g) == 0 && g.frame != nil && g.frame.pc == 0 && !g.warned {
						g.warned = true
						warnUnawaited(t, g)
					}
				}
			}
			stack[sp] = nil

		case compiler.COPY:
			v := stack[sp-arg]
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.SWAP:
			stack[sp-1], stack[sp-arg] = stack[sp-arg], stack[sp-1]

		case compiler.LOAD_CONST:
			// Constants are immortal: no count to add.
			stack[sp] = consts[arg]
			sp++

		case compiler.RETURN_CONST:
			retval = consts[arg] // immortal
			goto doReturn

		case compiler.RETURN_VALUE:
			sp--
			retval = stack[sp]
			stack[sp] = nil
			goto doReturn

		case compiler.LOAD_FAST:
			v := stack[arg]
			if v == nil {
				err = unboundLocal(t, code, arg)
				goto onError
			}
			if f.own != 0 {
				if bit := ownBit(arg); f.own&bit != 0 && !code.borrowed(pc-1) {
					f.own &^= bit // the box is copied (see storeNum)
				}
			}
			switch v.(type) {
			case runtime.Int, runtime.Float: // uncounted: skip the call
			default:
				t.Incref(v)
			}
			stack[sp] = v
			sp++

		case compiler.STORE_FAST:
			sp--
			f.own &^= ownBit(arg)
			old := stack[arg]
			stack[arg] = stack[sp]
			stack[sp] = nil
			if old != nil {
				switch old.(type) {
				case runtime.Int, runtime.Float:
				default:
					t.Decref(old)
				}
			}

		// Superinstructions (compiler/fuse.go): the fast path runs the whole
		// run and leaves pc after it; otherwise the first instruction runs
		// as its base opcode (goto reswitch) and the others follow one by one.
		case compiler.LOAD_FAST__LOAD_FAST, compiler.LOAD_FAST__LOAD_CONST:
			a := stack[arg]
			v := operand(op == compiler.LOAD_FAST__LOAD_FAST, stack, consts, instrs[pc])
			if a == nil || v == nil {
				op = compiler.LOAD_FAST
				goto reswitch
			}
			if op == compiler.LOAD_FAST__LOAD_FAST {
				f.own &^= ownBit(arg) | ownBit(int(instrs[pc]>>8))
			} else {
				f.own &^= ownBit(arg)
			}
			switch a.(type) { // (increfValue: eval is too big for the compiler to inline it)
			case runtime.Int, runtime.Float:
			default:
				t.Incref(a)
			}
			switch v.(type) { // (increfValue: eval is too big for the compiler to inline it)
			case runtime.Int, runtime.Float:
			default:
				t.Incref(v)
			}
			stack[sp] = a
			stack[sp+1] = v
			sp += 2
			pc++

		case compiler.STORE_FAST__LOAD_FAST:
			sp--
			f.own &^= ownBit(arg) | ownBit(int(instrs[pc]>>8))
			old := stack[arg]
			stack[arg] = stack[sp]
			stack[sp] = nil
			switch old.(type) { // (decrefValue: eval is too big for the compiler to inline it)
			case nil, runtime.Int, runtime.Float:
			default:
				t.Decref(old)
			}
			if v := stack[instrs[pc]>>8]; v != nil {
				switch v.(type) { // (increfValue: eval is too big for the compiler to inline it)
				case runtime.Int, runtime.Float:
				default:
					t.Incref(v)
				}
				stack[sp] = v
				sp++
				pc++
			}

		case compiler.LOAD_FAST__LOAD_FAST__BINARY_OP, compiler.LOAD_FAST__LOAD_CONST__BINARY_OP:
			b := operand(op == compiler.LOAD_FAST__LOAD_FAST__BINARY_OP, stack, consts, instrs[pc])
			if r := ts.fastBinary(runtime.BinaryOp(instrs[pc+1]>>8&^compiler.InplaceFlag), stack[arg], b); r != nil {
				pc += 2
				if chainsInt(instrs[pc]) {
					r, pc = ts.intChain(r, code, stack, pc)
				}
				if storesLocal(instrs[pc]) {
					ts.storeNum(t, f, stack, int(instrs[pc]>>8), r)
					pc++
					break
				}
				stack[sp] = r
				sp++
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST, compiler.LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST:
			b := operand(op == compiler.LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST, stack, consts, instrs[pc])
			if r := ts.fastBinary(runtime.BinaryOp(instrs[pc+1]>>8&^compiler.InplaceFlag), stack[arg], b); r != nil {
				ts.storeNum(t, f, stack, int(instrs[pc+2]>>8), r)
				pc += 3
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST, compiler.LOAD_FAST__LOAD_CONST__BINARY_SUBSCR__STORE_FAST:
			k := operand(op == compiler.LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST, stack, consts, instrs[pc])
			if v := fastSubscr(t, t.Shared(), stack[arg], k); v != nil {
				f.own &^= ownBit(int(instrs[pc+2] >> 8))
				storeLocal(t, &stack[instrs[pc+2]>>8], v)
				pc += 3
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__BINARY_OP, compiler.LOAD_CONST__BINARY_OP:
			var b runtime.Object
			if op == compiler.LOAD_FAST__BINARY_OP {
				b = stack[arg]
			} else {
				b = consts[arg]
			}
			if r := ts.fastBinary(runtime.BinaryOp(instrs[pc]>>8&^compiler.InplaceFlag), stack[sp-1], b); r != nil {
				pc++
				if chainsInt(instrs[pc]) {
					r, pc = ts.intChain(r, code, stack, pc)
				}
				// r replaces an int or float: uncounted.
				if storesLocal(instrs[pc]) {
					sp--
					stack[sp] = nil
					ts.storeNum(t, f, stack, int(instrs[pc]>>8), r)
					pc++
					break
				}
				stack[sp-1] = r
				break
			}
			op = compiler.BaseOp(op)
			goto reswitch

		case compiler.BINARY_OP__STORE_FAST:
			r := ts.fastBinary(runtime.BinaryOp(arg&^compiler.InplaceFlag), stack[sp-2], stack[sp-1])
			if r == nil {
				op = compiler.BINARY_OP
				goto reswitch
			}
			// The operands are ints and floats: uncounted.
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			ts.storeNum(t, f, stack, int(instrs[pc]>>8), r)
			pc++

		case compiler.LOAD_FAST__LOAD_FAST__BINARY_SUBSCR, compiler.LOAD_FAST__LOAD_CONST__BINARY_SUBSCR:
			k := operand(op == compiler.LOAD_FAST__LOAD_FAST__BINARY_SUBSCR, stack, consts, instrs[pc])
			if v := fastSubscr(t, t.Shared(), stack[arg], k); v != nil {
				stack[sp] = v
				sp++
				pc += 2
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__LOAD_FAST__STORE_SUBSCR:
			if fastStoreSubscr(t, t.Shared(), stack[arg], stack[instrs[pc]>>8], stack[sp-1]) {
				sp--
				stack[sp] = nil
				pc += 2
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR, compiler.LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR:
			// → c i c[i]
			c := stack[arg]
			k := operand(op == compiler.LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR, stack, consts, instrs[pc])
			if v := fastSubscr(t, t.Shared(), c, k); v != nil {
				// c and k are copied to the stack.
				f.own &^= ownBit(arg) | ownBit(int(instrs[pc]>>8))
				t.Incref(c) // a list or tuple; k is an int
				stack[sp], stack[sp+1], stack[sp+2] = c, k, v
				sp += 3
				pc += 4
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.BINARY_OP__SWAP__SWAP__STORE_SUBSCR:
			// c i old v → (c[i] = old op v)
			r := ts.fastBinary(runtime.BinaryOp(arg&^compiler.InplaceFlag), stack[sp-2], stack[sp-1])
			if r == nil {
				op = compiler.BINARY_OP
				goto reswitch
			}
			sp--
			stack[sp] = nil
			if c, k := stack[sp-3], stack[sp-2]; fastStoreSubscr(t, t.Shared(), c, k, r) {
				sp -= 3
				stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
				decrefValue(t, c)
				decrefValue(t, k)
				pc += 3
				break
			}
			// The BINARY_OP is done: the swaps and the store follow.
			stack[sp-1] = r

		case compiler.LOAD_FAST__LOAD_FAST__LOAD_FAST__STORE_SUBSCR:
			// (c[i] = v) for locals v, c, i
			if v := stack[arg]; v != nil && fastStoreSubscr(t, t.Shared(), stack[instrs[pc]>>8], stack[instrs[pc+1]>>8], v) {
				f.own &^= ownBit(arg) // v is in the list too
				// The list's new reference (v is still in its local: no
				// other thread can drop it to zero meanwhile).
				increfValue(t, v)
				pc += 3
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_CONST__COMPARE_OP:
			if r, ok := fastCompare(runtime.CompareOp(instrs[pc]>>8), stack[sp-1], consts[arg]); ok {
				sp--
				stack[sp] = nil // an int or a float: uncounted
				pc = branch(r, instrs[pc+1], pc+2)
				break
			}
			op = compiler.LOAD_CONST
			goto reswitch

		case compiler.COPY__COPY__BINARY_SUBSCR:
			// container key → container key container[key]
			if v := fastSubscr(t, t.Shared(), stack[sp-2], stack[sp-1]); v != nil {
				stack[sp] = v
				sp++
				pc += 2
				break
			}
			op = compiler.COPY
			goto reswitch

		case compiler.SWAP__SWAP__STORE_SUBSCR:
			// container key v → (container[key] = v)
			if c, k := stack[sp-3], stack[sp-2]; fastStoreSubscr(t, t.Shared(), c, k, stack[sp-1]) {
				sp -= 3
				stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
				decrefValue(t, c)
				decrefValue(t, k)
				pc += 2
				break
			}
			op = compiler.SWAP
			goto reswitch

		case compiler.LOAD_FAST__LOAD_FAST__COMPARE_OP, compiler.LOAD_FAST__LOAD_CONST__COMPARE_OP:
			b := operand(op == compiler.LOAD_FAST__LOAD_FAST__COMPARE_OP, stack, consts, instrs[pc])
			if r, ok := fastCompare(runtime.CompareOp(instrs[pc+1]>>8), stack[arg], b); ok {
				pc = branch(r, instrs[pc+2], pc+3)
				break
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.DELETE_FAST:
			old := stack[arg]
			if old == nil {
				err = unboundLocal(t, code, arg)
				goto onError
			}
			stack[arg] = nil
			f.own &^= ownBit(arg)
			t.Decref(old)

		case compiler.LOAD_FAST_AND_CLEAR:
			f.own &^= ownBit(arg)
			stack[sp] = stack[arg] // the reference moves to the stack
			stack[arg] = nil
			sp++

		case compiler.LOAD_DEREF:
			v := stack[code.nlocals+arg].(*runtime.Cell).Get(t)
			if v == nil {
				err = unboundDeref(t, code, arg)
				goto onError
			}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.STORE_DEREF:
			sp--
			v := stack[sp]
			stack[sp] = nil
			stack[code.nlocals+arg].(*runtime.Cell).Set(t, v)
			t.Decref(v)

		case compiler.DELETE_DEREF:
			c := stack[code.nlocals+arg].(*runtime.Cell)
			if c.Get(t) == nil {
				err = unboundDeref(t, code, arg)
				goto onError
			}
			c.Set(t, nil)

		case compiler.LOAD_CLOSURE:
			v := stack[code.nlocals+arg]
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.LOAD_CLASSDEREF:
			var v runtime.Object
			if f.locals != nil {
				v, _ = f.locals.GetStrT(t, code.cellNames[arg])
			}
			if v == nil {
				v = stack[code.nlocals+arg].(*runtime.Cell).Get(t)
				if v == nil {
					err = unboundDeref(t, code, arg)
					goto onError
				}
			}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.LOAD_GLOBAL:
			// Free-threaded: the immutable caches once a second thread
			// exists; before, the one thread uses the GIL-mode ones.
			if t.Shared() {
				if v := code.globalCacheFT[arg].load(f.globals, builtins); v != nil {
					t.Incref(v)
					stack[sp] = v
					sp++
					break
				}
				v, e := ftGlobalMiss(t, &code.globalCacheFT[arg], f.globals, builtins, names[arg])
				if e != nil {
					err = e
					goto onError
				}
				t.Incref(v)
				stack[sp] = v
				sp++
				break
			} else {
				ce := &code.globalCache[arg]
				if ce.globals == f.globals && ce.gver == f.globals.Version() {
					var v runtime.Object
					if !ce.fromBuiltins {
						v = f.globals.EntryValue(int(ce.idx))
					} else if ce.bver == builtins.Version() {
						v = builtins.EntryValue(int(ce.idx))
					}
					if v != nil {
						if fn, ok := v.(*Function); !ok || !fn.immortal {
							t.Incref(v)
						}
						stack[sp] = v
						sp++
						break
					}
				}
				if ix := f.globals.StrIndex(names[arg]); ix >= 0 {
					*ce = globalCacheEntry{globals: f.globals, gver: f.globals.Version(), idx: int32(ix)}
				} else if ix := builtins.StrIndex(names[arg]); ix >= 0 {
					*ce = globalCacheEntry{globals: f.globals, gver: f.globals.Version(), bver: builtins.Version(), idx: int32(ix), fromBuiltins: true}
				}
			}
			name := names[arg]
			v, ok := f.globals.GetStrT(t, name)
			if !ok {
				v, ok = builtins.GetStrT(t, name)
				if !ok {
					err = newNameError(t, name.String())
					goto onError
				}
			}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.STORE_GLOBAL:
			sp--
			v := stack[sp]
			stack[sp] = nil
			f.globals.SetStr(t, names[arg], v)
			t.Decref(v)

		case compiler.DELETE_GLOBAL:
			if !f.globals.DelStr(t, names[arg]) {
				err = newNameError(t, names[arg].String())
				goto onError
			}

		case compiler.LOAD_NAME:
			name := names[arg]
			var v runtime.Object
			ok := false
			if f.locals != nil {
				v, ok = f.locals.GetStrT(t, name)
			}
			if !ok {
				v, ok = f.globals.GetStrT(t, name)
				if !ok {
					v, ok = builtins.GetStrT(t, name)
					if !ok {
						err = newNameError(t, name.String())
						goto onError
					}
				}
			}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.STORE_NAME:
			if f.locals == nil {
				err = runtime.Errorf(t, runtime.SystemErrorType, "no locals found when storing '%s'", names[arg])
				goto onError
			}
			sp--
			v := stack[sp]
			stack[sp] = nil
			f.locals.SetStr(t, names[arg], v)
			t.Decref(v)

		case compiler.DELETE_NAME:
			if f.locals == nil || !f.locals.DelStr(t, names[arg]) {
				err = newNameError(t, names[arg].String())
				goto onError
			}

		case compiler.LOAD_ATTR:
			obj := stack[sp-1]
			if v := cachedInstanceAttr(t, t.Shared(), code, pc-1, obj, names[arg]); v != nil {
				switch v.(type) {
				case runtime.Int, runtime.Float:
				default:
					t.Incref(v)
				}
				stack[sp-1] = v
				t.Decref(obj)
				break
			}
			f.pc = pc // for the line of frames seen by getters (f_lineno)
			v, e := runtime.GetAttr(t, obj, names[arg])
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			stack[sp-1] = v
			t.Decref(obj)

		case compiler.LOAD_FAST__LOAD_ATTR:
			// The local's reference serves while the attribute is read.
			if obj := stack[arg]; obj != nil {
				if v := cachedInstanceAttr(t, t.Shared(), code, pc, obj, names[instrs[pc]>>8]); v != nil {
					switch v.(type) {
					case runtime.Int, runtime.Float:
					default:
						t.Incref(v)
					}
					stack[sp] = v
					sp++
					pc++
					break
				}
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__STORE_ATTR:
			if obj := stack[arg]; obj != nil {
				v := stack[sp-1]
				if cachedStoreAttr(t, t.Shared(), code, pc, obj, names[instrs[pc]>>8], v) {
					sp-- // (the stack's reference to v moved into obj)
					stack[sp] = nil
					pc++
					break
				}
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.LOAD_FAST__COPY__LOAD_ATTR:
			// `x.name op= v`: x and x.name pushed, x counted once for both
			// copies that LOAD_FAST and COPY would have pushed.
			if obj := stack[arg]; obj != nil {
				if v := cachedInstanceAttr(t, t.Shared(), code, pc+1, obj, names[instrs[pc+1]>>8]); v != nil {
					switch v.(type) {
					case runtime.Int, runtime.Float:
					default:
						t.Incref(v)
					}
					t.Incref(obj)
					stack[sp] = obj
					stack[sp+1] = v
					sp += 2
					pc += 2
					break
				}
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.SWAP__STORE_ATTR:
			// The store of `x.name op= v`: obj below the value.
			if obj, v := stack[sp-2], stack[sp-1]; cachedStoreAttr(t, t.Shared(), code, pc, obj, names[instrs[pc]>>8], v) {
				sp -= 2 // (the stack's reference to v moved into obj)
				stack[sp], stack[sp+1] = nil, nil
				t.Decref(obj)
				pc++
				break
			}
			op = compiler.SWAP
			goto reswitch

		case compiler.LOAD_FAST__POP_JUMP_IF_NONE, compiler.LOAD_FAST__POP_JUMP_IF_NOT_NONE:
			// The local is tested where it is: no count added and dropped.
			v := stack[arg]
			if v == nil {
				op = compiler.LOAD_FAST
				goto reswitch
			}
			_, isNone := v.(runtime.NoneType)
			if isNone == (op == compiler.LOAD_FAST__POP_JUMP_IF_NONE) {
				pc = int(instrs[pc] >> 8)
			} else {
				pc++
			}

		case compiler.LOAD_FAST__RETURN_VALUE:
			v := stack[arg]
			if v == nil || f.own&ownBit(arg) != 0 {
				op = compiler.LOAD_FAST
				goto reswitch
			}
			switch v.(type) {
			case runtime.Int, runtime.Float:
			default:
				t.Incref(v)
			}
			retval = v
			pc++
			goto doReturn

		case compiler.LOAD_CONST__IS_OP:
			a := stack[sp-1]
			r := identical(a, consts[arg])
			if instrs[pc]>>8 == 1 {
				r = !r
			}
			pc++
			stack[sp-1] = runtime.NewBool(r)
			t.Decref(a)

		case compiler.LOAD_FAST__LOAD_METHOD:
			// (a box the frame owns, see storeNum, is left to LOAD_FAST)
			if obj := stack[arg]; obj != nil && f.own&ownBit(arg) == 0 {
				var m runtime.Object
				if fn := cachedMethod(t, t.Shared(), code, pc, obj, names[instrs[pc]>>8]); fn != nil {
					if !fn.immortal {
						t.Incref(fn)
					}
					if instrs[pc+1] == uint32(compiler.CALL_METHOD) && fn.simpleArgs >= 1 {
						// obj.name() follows: call it from here.
						t.Incref(obj)
						stack[sp] = fn
						stack[sp+1] = obj
						sp += 2
						pc += 2
						callFn = fn
						callArgs = stack[sp-1 : sp]
						callKw = nil
						popLo = sp - 2
						goto simpleCall
					}
					m = fn
				} else if _, inst := obj.(*runtime.Instance); !inst && !t.Shared() {
					if md := cachedBuiltinMethod(t, code, pc, obj, names[instrs[pc]>>8]); md != nil {
						m = md // (immortal)
					}
				}
				if m != nil {
					// (meth, self)
					t.Incref(obj)
					stack[sp] = m
					stack[sp+1] = obj
					sp += 2
					pc++
					break
				}
			}
			op = compiler.LOAD_FAST
			goto reswitch

		case compiler.STORE_ATTR:
			obj := stack[sp-1]
			v := stack[sp-2]
			// A cached store moves the stack's reference to v into obj.
			moved := cachedStoreAttr(t, t.Shared(), code, pc-1, obj, names[arg], v)
			if !moved {
				if e := runtime.SetAttr(t, obj, names[arg], v); e != nil {
					err = e
					goto onError
				}
			}
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			t.Decref(obj)
			if !moved {
				t.Decref(v)
			}

		case compiler.DELETE_ATTR:
			obj := stack[sp-1]
			if e := runtime.SetAttr(t, obj, names[arg], nil); e != nil {
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(obj)

		case compiler.LOAD_METHOD:
			obj := stack[sp-1]
			name := names[arg]
			if m := cachedMethod(t, t.Shared(), code, pc-1, obj, name); m != nil {
				if !m.immortal {
					t.Incref(m)
				}
				stack[sp-1] = m
				stack[sp] = obj
				sp++
				break
			}
			if _, inst := obj.(*runtime.Instance); !inst && !t.Shared() {
				if m := cachedBuiltinMethod(t, code, pc-1, obj, name); m != nil {
					// (meth, self); Go methods are immortal: no count.
					stack[sp-1] = m
					stack[sp] = obj
					sp++
					break
				}
			}
			if m := lookupMethod(t, obj, name); m != nil {
				// (meth, self): the stack's reference to obj becomes self's.
				t.Incref(m)
				stack[sp-1] = m
				stack[sp] = obj
				sp++
				break
			}
			v, e := runtime.GetAttr(t, obj, name)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			stack[sp-1] = v
			stack[sp] = nil
			sp++
			t.Decref(obj)

		case compiler.BINARY_SUBSCR:
			container, key := stack[sp-2], stack[sp-1]
			if v := fastSubscr(t, t.Shared(), container, key); v != nil {
				sp--
				stack[sp] = nil
				stack[sp-1] = v
				t.Decref(container) // the key is an int: uncounted
				continue
			}
			v, e := runtime.GetItem(t, container, key)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			t.Decref(container)
			t.Decref(key)

		case compiler.STORE_SUBSCR:
			v, container, key := stack[sp-3], stack[sp-2], stack[sp-1]
			if fastStoreSubscr(t, t.Shared(), container, key, v) {
				// v's reference moved into the list; the key is an int.
				sp -= 3
				stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
				t.Decref(container)
				continue
			}
			if e := runtime.SetItem(t, container, key, v); e != nil {
				err = e
				goto onError
			}
			sp -= 3
			stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
			t.Decref(v)
			t.Decref(container)
			t.Decref(key)

		case compiler.DELETE_SUBSCR:
			container, key := stack[sp-2], stack[sp-1]
			if e := runtime.DelItem(t, container, key); e != nil {
				err = e
				goto onError
			}
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			t.Decref(container)
			t.Decref(key)

		case compiler.BUILD_SLICE:
			var start, stop, step runtime.Object = stack[sp-arg], stack[sp-arg+1], runtime.None
			if arg == 3 {
				step = stack[sp-1]
			}
			v, e := newSlice(t, start, stop, step)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			for i := sp - arg; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = v
			sp++

		case compiler.BINARY_OP:
			a, b := stack[sp-2], stack[sp-1]
			op := runtime.BinaryOp(arg &^ compiler.InplaceFlag)
			if r := ts.fastBinary(op, a, b); r != nil {
				// ints and floats: uncounted operands
				if chainsInt(instrs[pc]) {
					r, pc = ts.intChain(r, code, stack, pc)
				}
				stack[sp-2] = r
				sp--
				stack[sp] = nil
				continue
			}
			// A method may keep an operand: it may be a borrowed box
			// (borrow.go).
			f.own = 0
			var v runtime.Object
			var e error
			if arg&compiler.InplaceFlag != 0 {
				v, e = runtime.InplaceBinary(t, op, a, b)
			} else {
				v, e = runtime.Binary(t, op, a, b)
			}
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			t.Decref(a)
			t.Decref(b)

		case compiler.UNARY_NEGATIVE, compiler.UNARY_POSITIVE, compiler.UNARY_INVERT:
			a := stack[sp-1]
			var v runtime.Object
			var e error
			switch compiler.Opcode(ins & 0xff) {
			case compiler.UNARY_NEGATIVE:
				if x, ok := a.(runtime.Int); ok && x != math.MinInt64 {
					stack[sp-1] = boxInt(-x)
					continue
				}
				v, e = runtime.Neg(t, a)
			case compiler.UNARY_POSITIVE:
				v, e = runtime.Pos(t, a)
			default:
				if x, ok := a.(runtime.Int); ok {
					stack[sp-1] = boxInt(^x)
					continue
				}
				v, e = runtime.Invert(t, a)
			}
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			stack[sp-1] = v
			t.Decref(a)

		case compiler.UNARY_NOT:
			a := stack[sp-1]
			var b bool
			if x, ok := a.(runtime.Bool); ok {
				b = bool(x)
			} else {
				var e error
				if b, e = runtime.Truth(t, a); e != nil {
					err = e
					goto onError
				}
			}
			stack[sp-1] = runtime.NewBool(!b)
			t.Decref(a)

		case compiler.COMPARE_OP:
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(runtime.Int); ok {
				if y, ok := b.(runtime.Int); ok {
					var r bool
					switch runtime.CompareOp(arg) {
					case runtime.OpEq:
						r = x == y
					case runtime.OpNe:
						r = x != y
					case runtime.OpLt:
						r = x < y
					case runtime.OpLe:
						r = x <= y
					case runtime.OpGt:
						r = x > y
					default:
						r = x >= y
					}
					sp--
					stack[sp] = nil
					// Fuse with a following conditional jump.
					if next := instrs[pc]; compiler.Opcode(next&0xff) == compiler.POP_JUMP_IF_FALSE {
						sp--
						stack[sp] = nil
						pc++
						if !r {
							pc = int(next >> 8)
						}
						continue
					} else if compiler.Opcode(next&0xff) == compiler.POP_JUMP_IF_TRUE {
						sp--
						stack[sp] = nil
						pc++
						if r {
							pc = int(next >> 8)
						}
						continue
					}
					stack[sp-1] = runtime.NewBool(r)
					continue
				}
			} else if x, ok := a.(runtime.Float); ok {
				if y, ok := b.(runtime.Float); ok {
					var r bool
					switch runtime.CompareOp(arg) {
					case runtime.OpEq:
						r = x == y
					case runtime.OpNe:
						r = x != y
					case runtime.OpLt:
						r = x < y
					case runtime.OpLe:
						r = x <= y
					case runtime.OpGt:
						r = x > y
					default:
						r = x >= y
					}
					sp--
					stack[sp] = nil
					stack[sp-1] = runtime.NewBool(r)
					continue
				}
			}
			v, e := runtime.RichCompare(t, a, b, runtime.CompareOp(arg))
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			sp--
			stack[sp] = nil
			stack[sp-1] = v
			t.Decref(a)
			t.Decref(b)

		case compiler.IS_OP:
			a, b := stack[sp-2], stack[sp-1]
			r := identical(a, b)
			if arg == 1 {
				r = !r
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = runtime.NewBool(r)
			t.Decref(a)
			t.Decref(b)

		case compiler.CONTAINS_OP:
			a, b := stack[sp-2], stack[sp-1]
			r, e := runtime.Contains(t, b, a)
			if e != nil {
				err = e
				goto onError
			}
			if arg == 1 {
				r = !r
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = runtime.NewBool(r)
			t.Decref(a)
			t.Decref(b)

		case compiler.JUMP:
			pc = arg

		case compiler.JUMP_BACKWARD:
			// Check before jumping: an exception raised here (Ctrl-C) is
			// located at the jump, in the loop, as in CPython.
			if t.EvalBreaker.Load() != 0 {
				f.pc, f.sp = pc, sp
				if err = handleBreaker(t, ts); err != nil {
					goto onError
				}
			}
			pc = arg

		case compiler.POP_JUMP_IF_FALSE, compiler.POP_JUMP_IF_TRUE:
			v := stack[sp-1]
			var b bool
			switch x := v.(type) {
			case runtime.Bool:
				b = bool(x)
			case runtime.Int:
				b = x != 0
			case runtime.NoneType:
				b = false
			default:
				var e error
				if b, e = runtime.Truth(t, v); e != nil {
					err = e
					goto onError
				}
			}
			sp--
			stack[sp] = nil
			t.Decref(v)
			if b == (compiler.Opcode(ins&0xff) == compiler.POP_JUMP_IF_TRUE) {
				pc = arg
			}

		case compiler.POP_JUMP_IF_NONE, compiler.POP_JUMP_IF_NOT_NONE:
			v := stack[sp-1]
			sp--
			stack[sp] = nil
			_, isNone := v.(runtime.NoneType)
			t.Decref(v)
			if isNone == (compiler.Opcode(ins&0xff) == compiler.POP_JUMP_IF_NONE) {
				pc = arg
			}

		case compiler.JUMP_IF_FALSE_OR_POP, compiler.JUMP_IF_TRUE_OR_POP:
			v := stack[sp-1]
			b, e := runtime.Truth(t, v)
			if e != nil {
				err = e
				goto onError
			}
			if b == (compiler.Opcode(ins&0xff) == compiler.JUMP_IF_TRUE_OR_POP) {
				pc = arg
			} else {
				sp--
				stack[sp] = nil
				t.Decref(v)
			}

		case compiler.GET_ITER:
			v := stack[sp-1]
			it, e := runtime.Iter(t, v)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(it)
			stack[sp-1] = it
			t.Decref(v)

		case compiler.FOR_ITER:
			it := stack[sp-1]
			if r, ok := it.(*runtime.RangeIter); ok {
				if n, more := r.NextInt(); more {
					if storesLocal(instrs[pc]) && !ts.unfused {
						// for i in range(...): the STORE_FAST here, into
						// the local's own box when it has one.
						if k := int(instrs[pc] >> 8); !f.writeOwned(stack, k, intTab, uint64(n)) {
							ts.storeNum(t, f, stack, k, ts.boxInt(runtime.Int(n)))
						}
						pc++
					} else {
						stack[sp] = ts.boxInt(runtime.Int(n))
						sp++
					}
				} else {
					sp--
					stack[sp] = nil
					t.Decref(it)
					pc = arg
				}
				break
			}
			var v, second runtime.Object
			var e error
			pair := false
			if instrs[pc] == unpackPair {
				// for a, b in enumerate(...)/zip(x, y)/d.items(): take
				// the pair's items without building the tuple.
				v, second, pair, e = runtime.NextPair(t, it)
			}
			if !pair {
				next := it.Type().Next
				if next == nil {
					err = runtime.Errorf(t, runtime.TypeErrorType, "'%s' object is not an iterator", runtime.TypeName(it))
					goto onError
				}
				v, e = next(t, it)
			}
			if e != nil {
				err = e
				goto onError
			}
			if v == nil {
				sp--
				stack[sp] = nil
				t.Decref(it)
				pc = arg
				break
			}
			if _, ok := v.(runtime.Int); !ok { // (enumerate's indexes, range items: uncounted)
				t.Incref(v)
			}
			if pair {
				// Do the UNPACK_SEQUENCE 2 here: push the second item
				// below the first.
				if sim != nil {
					sim.Step(unpackPair)
				}
				pc++
				t.Incref(second)
				stack[sp] = second
				sp++
			}
			stack[sp] = v
			sp++

		case compiler.BUILD_TUPLE:
			v := runtime.AllocTuple(arg)
			copy(v.Items, stack[sp-arg:sp]) // the stack's references move into the tuple
			clear(stack[sp-arg : sp])
			sp -= arg
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.BUILD_LIST:
			items := make([]runtime.Object, arg, arg+arg/2)
			copy(items, stack[sp-arg:sp])
			clear(stack[sp-arg : sp])
			sp -= arg
			v := &runtime.List{Items: items}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.BUILD_SET:
			s, e := newSet(t, stack[sp-arg:sp])
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(s)
			for i := sp - arg; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = s
			sp++

		case compiler.BUILD_MAP:
			d := runtime.NewDictSized(arg)
			for i := sp - 2*arg; i < sp; i += 2 {
				if e := d.SetItem(t, stack[i], stack[i+1]); e != nil {
					err = e
					break
				}
			}
			if err != nil {
				d.Clear(t)
				goto onError
			}
			t.Incref(d)
			for i := sp - 2*arg; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp -= 2 * arg
			stack[sp] = d
			sp++

		case compiler.BUILD_STRING:
			v, e := joinStrings(t, stack[sp-arg:sp])
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			for i := sp - arg; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = v
			sp++

		case compiler.LIST_APPEND:
			v := stack[sp-1]
			l, ok := stack[sp-1-arg].(*runtime.List)
			if !ok {
				err = runtime.Errorf(t, runtime.SystemErrorType, "LIST_APPEND: not a list")
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Lock(&l.Mu)
			if cap(l.Items) == 0 {
				// A comprehension's list: sized by its iterator (see
				// comprehensionCap) rather than grown through 1, 2, 4...
				l.Items = make([]runtime.Object, 0, comprehensionCap(t, stack, sp, arg))
			}
			l.Items = append(l.Items, v) // the stack's reference moves into the list
			t.Unlock(&l.Mu)

		case compiler.SET_ADD:
			v := stack[sp-1]
			if e := setAdd(t, stack[sp-1-arg], v); e != nil {
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(v)

		case compiler.MAP_ADD:
			k, v := stack[sp-2], stack[sp-1]
			d, ok := stack[sp-2-arg].(*runtime.Dict)
			if !ok {
				err = runtime.Errorf(t, runtime.SystemErrorType, "MAP_ADD: not a dict")
				goto onError
			}
			if e := d.SetItem(t, k, v); e != nil {
				err = e
				goto onError
			}
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			t.Decref(k)
			t.Decref(v)

		case compiler.LIST_EXTEND:
			it := stack[sp-1]
			if e := listExtend(t, stack[sp-1-arg], it); e != nil {
				if sp-2-arg >= code.stackBase && starArgsOfCall(code.instrs, pc) {
					e = starArgsError(t, e, stack[sp-2-arg], it)
				}
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(it)

		case compiler.SET_UPDATE:
			it := stack[sp-1]
			if e := setUpdate(t, stack[sp-1-arg], it); e != nil {
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(it)

		case compiler.DICT_UPDATE, compiler.DICT_MERGE:
			m := stack[sp-1]
			d, _ := stack[sp-1-arg].(*runtime.Dict)
			var e error
			if compiler.Opcode(ins&0xff) == compiler.DICT_UPDATE {
				e = dictUpdate(t, d, m, nil)
			} else {
				var fnObj runtime.Object
				if i := sp - 3 - arg; i >= code.stackBase {
					fnObj = stack[i]
				}
				e = dictUpdate(t, d, m, &fnObj)
			}
			if e != nil {
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(m)

		case compiler.LIST_TO_TUPLE:
			l := stack[sp-1]
			var items []runtime.Object
			if lv, ok := l.(*runtime.List); ok {
				t.Lock(&lv.Mu)
				items = append([]runtime.Object(nil), lv.Items...)
				t.Unlock(&lv.Mu)
			}
			v := runtime.NewTuple(t, items)
			t.Incref(v)
			stack[sp-1] = v
			t.Decref(l)

		case compiler.UNPACK_SEQUENCE:
			seq := stack[sp-1]
			var items []runtime.Object
			switch s := seq.(type) {
			case *runtime.Tuple:
				if s.Type() == runtime.TupleType {
					items = s.Items
				}
			case *runtime.List:
				if s.Type() == runtime.ListType {
					t.Lock(&s.Mu)
					items = append([]runtime.Object(nil), s.Items...)
					t.Unlock(&s.Mu)
				}
			}
			if items == nil || len(items) != arg {
				var e error
				if items, e = unpackIterable(t, seq, arg, -1); e != nil {
					err = e
					goto onError
				}
			}
			sp--
			for i := arg - 1; i >= 0; i-- {
				t.Incref(items[i])
				stack[sp] = items[i]
				sp++
			}
			t.Decref(seq)

		case compiler.UNPACK_EX:
			seq := stack[sp-1]
			before, after := arg&0xff, arg>>8
			items, e := unpackIterable(t, seq, before, after)
			if e != nil {
				err = e
				goto onError
			}
			sp--
			n := len(items)
			for i := n - 1; i >= n-after; i-- {
				t.Incref(items[i])
				stack[sp] = items[i]
				sp++
			}
			star := runtime.NewList(t, append([]runtime.Object(nil), items[before:n-after]...))
			t.Incref(star)
			stack[sp] = star
			sp++
			for i := before - 1; i >= 0; i-- {
				t.Incref(items[i])
				stack[sp] = items[i]
				sp++
			}
			t.Decref(seq)

		case compiler.FORMAT_VALUE:
			var spec runtime.Object
			n := 1
			if arg&4 != 0 {
				spec = stack[sp-1]
				n = 2
			}
			v, e := formatValue(t, stack[sp-n], arg&3, spec)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			for i := sp - n; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp -= n
			stack[sp] = v
			sp++

		case compiler.CALL:
			callFn = stack[sp-1-arg]
			callArgs = stack[sp-arg : sp]
			callKw = nil
			popLo = sp - 1 - arg
			if fn, ok := callFn.(*Function); ok && arg <= fn.simpleArgs {
				goto simpleCall
			}
			if b, ok := callFn.(*runtime.Builtin); ok && b.Fn1 != nil && arg == 1 {
				// len(x), abs(x)...: no argument slice, and the builtin is
				// immortal (no count to drop).
				f.pc, f.sp = pc, sp
				x := stack[sp-1]
				r, e := b.Fn1(t, x)
				if e != nil {
					err = e
					goto onError
				}
				switch r.(type) {
				case runtime.NoneType, runtime.Int, runtime.Bool, runtime.Float: // uncounted
				default:
					t.Incref(r)
				}
				switch x.(type) {
				case runtime.Int, runtime.Float:
				default:
					t.Decref(x)
				}
				sp--
				stack[sp] = nil
				stack[sp-1] = r
				callFn, callArgs = nil, nil
				break
			}
			goto call

		case compiler.CALL_KW:
			kwt := stack[sp-1]
			callKw = nil
			if pc >= 2 && compiler.BaseOp(compiler.Opcode(instrs[pc-2]&0xff)) == compiler.LOAD_CONST {
				callKw = code.kwnames[instrs[pc-2]>>8]
			}
			if callKw == nil {
				callKw = tupleStrings(kwt)
			}
			callFn = stack[sp-2-arg]
			callArgs = stack[sp-1-arg : sp-1]
			popLo = sp - 2 - arg
			goto call

		case compiler.CALL_METHOD:
			self := stack[sp-1-arg]
			callFn = stack[sp-2-arg]
			if self != nil {
				if fn, ok := callFn.(*Function); ok && arg+1 <= fn.simpleArgs {
					callArgs = stack[sp-1-arg : sp]
					callKw = nil
					popLo = sp - 2 - arg
					goto simpleCall
				}
				if md, ok := callFn.(*runtime.MethodDescr); ok && md.Kind == runtime.InstanceMethod {
					f.pc, f.sp = pc, sp
					if t.EvalBreaker.Load() != 0 {
						if err = handleBreaker(t, ts); err != nil {
							goto onError
						}
					}
					r, e := md.Fn(t, self, stack[sp-arg:sp], nil)
					if e != nil {
						err = e
						goto onError
					}
					switch r.(type) {
					case runtime.NoneType, runtime.Int, runtime.Bool, runtime.Float: // uncounted
					default:
						t.Incref(r)
					}
					stack[sp-2-arg] = nil // md: immortal
					for i := sp - 1 - arg; i < sp; i++ {
						switch v := stack[i].(type) {
						case runtime.Int, runtime.Float:
						default:
							t.Decref(v)
						}
						stack[i] = nil
					}
					sp -= arg + 2
					stack[sp] = r
					sp++
					break
				}
				callArgs = stack[sp-1-arg : sp]
			} else {
				callArgs = stack[sp-arg : sp]
			}
			callKw = nil
			popLo = sp - 2 - arg
			goto call

		case compiler.CALL_METHOD_KW:
			kwt := stack[sp-1]
			callKw = nil
			if pc >= 2 && compiler.BaseOp(compiler.Opcode(instrs[pc-2]&0xff)) == compiler.LOAD_CONST {
				callKw = code.kwnames[instrs[pc-2]>>8]
			}
			if callKw == nil {
				callKw = tupleStrings(kwt)
			}
			callFn = stack[sp-3-arg]
			if stack[sp-2-arg] != nil {
				callArgs = stack[sp-2-arg : sp-1]
			} else {
				callArgs = stack[sp-1-arg : sp-1]
			}
			popLo = sp - 3 - arg
			goto call

		case compiler.CALL_FUNCTION_EX:
			n := 2
			var kwargs runtime.Object
			if arg&1 != 0 {
				n = 3
				kwargs = stack[sp-1]
			}
			callFn = stack[sp-n]
			a, kw, e := flattenCallArgs(t, callFn, stack[sp-n+1], kwargs)
			if e != nil {
				err = e
				goto onError
			}
			callArgs, callKw = a, kw
			popLo = sp - n
			goto call

		case compiler.MAKE_FUNCTION:
			sp--
			c, _ := stack[sp].(*Code)
			stack[sp] = nil
			fn := &Function{code: c, globals: f.globals}
			t.Incref(f.globals)
			if arg&8 != 0 {
				sp--
				fn.closure, _ = stack[sp].(*runtime.Tuple)
				stack[sp] = nil
			}
			if arg&4 != 0 {
				sp--
				fn.annots = stack[sp]
				_, fn.annotsFlat = fn.annots.(*runtime.Tuple)
				stack[sp] = nil
			}
			if arg&2 != 0 {
				sp--
				fn.kwdefaults, _ = stack[sp].(*runtime.Dict)
				stack[sp] = nil
			}
			if arg&1 != 0 {
				sp--
				fn.defaults, _ = stack[sp].(*runtime.Tuple)
				stack[sp] = nil
			}
			fn.init(t)
			if code.topLevel.Load() && fn.holdsNothingMortal() {
				runtime.SetImmortal(fn)
				fn.immortal = true
			}
			t.Incref(fn)
			stack[sp] = fn
			sp++

		case compiler.YIELD_VALUE:
			sp--
			retval = stack[sp]
			stack[sp] = nil
			if arg == 1 && f.gen != nil {
				f.gen.agenYield = true
			}
			f.pc, f.sp = pc, sp
			goto doYield

		case compiler.GET_YIELD_FROM_ITER:
			v := stack[sp-1]
			if _, ok := v.(*Generator); ok {
				break
			}
			it, e := runtime.Iter(t, v)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(it)
			stack[sp-1] = it
			t.Decref(v)

		case compiler.YIELD_FROM:
			recv, v := stack[sp-2], stack[sp-1]
			y, done, e := sendTo(t, recv, v)
			if e != nil {
				err = e
				goto onError
			}
			if done {
				// y is the delegate's return value.
				t.Incref(y)
				sp--
				stack[sp] = nil
				stack[sp-1] = y
				t.Decref(v)
				t.Decref(recv)
				break
			}
			// Yield y; resume at this instruction with the sent value.
			sp--
			stack[sp] = nil
			t.Decref(v)
			retval = y
			t.Incref(retval)
			f.pc, f.sp = pc-1, sp
			goto doYield

		case compiler.RAISE_VARARGS:
			switch arg {
			case 0:
				exc := t.ExcInfo
				if exc == nil || exc == runtime.None {
					err = runtime.Errorf(t, runtime.RuntimeErrorType, "No active exception to reraise")
					goto onError
				}
				err = exc.(*runtime.Exception)
				reraise = true
				goto onError
			case 1:
				err = makeRaise(t, stack[sp-1], nil, false)
			default:
				err = makeRaise(t, stack[sp-2], stack[sp-1], true)
			}
			goto onError

		case compiler.PUSH_EXC_INFO:
			exc := stack[sp-1]
			prev := t.ExcInfo
			if prev == nil {
				prev = runtime.None
			}
			// ExcInfo's reference to prev moves to the stack.
			stack[sp-1] = prev
			t.Incref(exc)
			t.ExcInfo = exc
			stack[sp] = exc
			sp++

		case compiler.POP_EXCEPT:
			sp--
			prev := stack[sp]
			stack[sp] = nil
			old := t.ExcInfo
			if prev == runtime.None {
				prev = nil
			}
			t.ExcInfo = prev
			t.Decref(old)

		case compiler.CHECK_EXC_MATCH:
			exc, typ := stack[sp-2], stack[sp-1]
			if e := checkExcType(t, typ); e != nil {
				err = e
				goto onError
			}
			r := runtime.ExceptionMatches(exc, typ)
			stack[sp-1] = runtime.NewBool(r)
			t.Decref(typ)

		case compiler.RERAISE:
			sp--
			exc := stack[sp]
			stack[sp] = nil
			e, ok := exc.(*runtime.Exception)
			if !ok {
				t.Decref(exc)
				err = runtime.Errorf(t, runtime.SystemErrorType, "RERAISE of a non-exception")
				goto onError
			}
			// The reference of the stack is released; e stays alive as the
			// pending error (it is pushed again by a handler if any).
			t.Decref(exc)
			err = e
			reraise = true
			goto onError

		case compiler.BEFORE_WITH:
			mgr := stack[sp-1]
			enter, exit, e := contextMethods(t, mgr)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(exit)
			stack[sp-1] = exit
			f.pc, f.sp = pc, sp
			r, e := runtime.Call(t, enter, nil, nil)
			t.Discard(enter) // a bound method holds a reference to mgr
			if e != nil {
				t.Decref(mgr)
				err = e
				goto onError
			}
			t.Incref(r)
			stack[sp] = r
			sp++
			t.Decref(mgr)

		case compiler.WITH_EXCEPT_START:
			exit, exc := stack[sp-3], stack[sp-1]
			var tb runtime.Object = runtime.None
			if e, ok := exc.(*runtime.Exception); ok {
				tb = e.TracebackObject(t)
			}
			r, e := runtime.Call(t, exit, []runtime.Object{exc.Type(), exc, tb}, nil)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(r)
			stack[sp] = r
			sp++

		case compiler.GET_AWAITABLE:
			v := stack[sp-1]
			it, e := getAwaitable(t, v, uint32(arg))
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(it)
			stack[sp-1] = it
			t.Decref(v)

		case compiler.GET_AITER:
			v := stack[sp-1]
			f.pc, f.sp = pc, sp
			it, e := getAiter(t, v)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(it)
			stack[sp-1] = it
			t.Decref(v)

		case compiler.GET_ANEXT:
			f.pc, f.sp = pc, sp
			it, e := getAnext(t, stack[sp-1])
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(it)
			stack[sp] = it
			sp++

		case compiler.END_ASYNC_FOR:
			exc := stack[sp-1]
			if e, ok := exc.(*runtime.Exception); ok && !e.Type().IsSubtype(runtime.StopAsyncIterationType) {
				sp--
				stack[sp] = nil
				t.Decref(exc)
				err = e
				reraise = true
				goto onError
			}
			aiter := stack[sp-2]
			sp -= 2
			stack[sp], stack[sp+1] = nil, nil
			t.Decref(exc)
			t.Decref(aiter)

		case compiler.BEFORE_ASYNC_WITH:
			mgr := stack[sp-1]
			enter, exit, e := asyncContextMethods(t, mgr)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(exit)
			stack[sp-1] = exit
			f.pc, f.sp = pc, sp
			r, e := runtime.Call(t, enter, nil, nil)
			t.Discard(enter) // a bound method holds a reference to mgr
			if e != nil {
				t.Decref(mgr)
				err = e
				goto onError
			}
			t.Incref(r)
			stack[sp] = r
			sp++
			t.Decref(mgr)

		case compiler.LOAD_ASSERTION_ERROR:
			stack[sp] = runtime.AssertionErrorType
			sp++

		case compiler.IMPORT_NAME:
			level, fromlist := stack[sp-2], stack[sp-1]
			f.pc, f.sp = pc, sp
			m, e := importName(t, f, names[arg].String(), fromlist, level)
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(m)
			sp--
			stack[sp] = nil
			stack[sp-1] = m
			t.Decref(level)
			t.Decref(fromlist)

		case compiler.IMPORT_FROM:
			v, e := importFrom(t, stack[sp-1], names[arg])
			if e != nil {
				err = e
				goto onError
			}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.IMPORT_STAR:
			m := stack[sp-1]
			if e := importStar(t, f, m); e != nil {
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(m)

		case compiler.LOAD_BUILD_CLASS:
			v, ok := builtins.GetStrT(t, strBuildClass)
			if !ok {
				err = runtime.Errorf(t, runtime.NameErrorType, "__build_class__ not found")
				goto onError
			}
			t.Incref(v)
			stack[sp] = v
			sp++

		case compiler.SETUP_ANNOTATIONS:
			if f.locals == nil {
				err = runtime.Errorf(t, runtime.SystemErrorType, "no locals found when setting up annotations")
				goto onError
			}
			if _, ok := f.locals.GetStrT(t, strAnnots); !ok {
				f.locals.SetStr(t, strAnnots, runtime.NewDict())
			}

		case compiler.PRINT_EXPR:
			v := stack[sp-1]
			f.pc, f.sp = pc, sp
			if e := displayHook(t, v); e != nil {
				err = e
				goto onError
			}
			sp--
			stack[sp] = nil
			t.Decref(v)

		default:
			err = runtime.Errorf(t, runtime.SystemErrorType, "unknown opcode %v", compiler.Opcode(ins&0xff))
			goto onError
		}
	}

	// simpleCall calls the Function callFn with the positional arguments
	// callArgs (at most its simpleArgs) at the top of the stack, below them
	// stack[popLo] the function: the references move to the new frame.
simpleCall:
	{
		fn := callFn.(*Function)
		c := fn.code
		n := len(callArgs)
		// ts.newFrame written out for a free frame (eval is too big for the
		// compiler to inline it).
		if k := len(ts.free) - 1; k >= 0 && cap(ts.free[k].slots) >= c.nslots {
			nf = ts.free[k]
			ts.free[k] = nil
			ts.free = ts.free[:k]
			nf.slots = nf.slots[:c.nslots]
			nf.code = c
			nf.sp = c.stackBase
			nf.pc = 0
		} else {
			nf = ts.newFrame(c)
		}
		slots := nf.slots
		for i, v := range callArgs {
			slots[i] = v // a loop: cheaper than copy's typedslicecopy for a few arguments
		}
		if n < fn.simpleArgs && !fillDefaults(t, fn, slots, n) {
			clear(slots[:n])
			ts.releaseFrame(t, nf)
			nf = nil
			goto call
		}
		for i := popLo; i < sp; i++ {
			stack[i] = nil
		}
		sp = popLo
		nf.fn = fn // the stack's reference to fn moves to the frame
		callArgs = nil
		goto pushFrame
	}

	// call performs a call of callFn with callArgs/callKw, then pops
	// stack[popLo:sp] and pushes the result.
call:
	f.pc, f.sp = pc, sp
	if t.EvalBreaker.Load() != 0 {
		if err = handleBreaker(t, ts); err != nil {
			goto onError
		}
	}
	if fn, ok := callFn.(*runtime.Builtin); ok {
		// (the commonest callee after Python functions, which do not get here)
		if fn.Method != nil {
			callRes, err = fn.Method(t, fn.Self, callArgs, callKw)
		} else {
			callRes, err = fn.Fn(t, callArgs, callKw)
		}
		if err != nil {
			goto onError
		}
		goto pushResult
	}
	if fn, ok := callFn.(*Function); ok && fn.code.flags&(compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) == 0 {
		nf = ts.newFrame(fn.code)
		if e := bindArgs(t, fn, nf.slots, callArgs, callKw); e != nil {
			ts.releaseFrame(t, nf)
			err = e
			goto onError
		}
		t.Incref(fn)
		nf.fn = fn
		for i := popLo; i < sp; i++ {
			t.Decref(stack[i])
			stack[i] = nil
		}
		sp = popLo
		goto pushFrame
	}
	if typ, ok := callFn.(*runtime.Type); ok {
		var init *Function
		if t.Shared() {
			init = classInit(typ)
		} else {
			init = ts.cachedClassInit(typ)
		}
		if init != nil {
			// C(args) for a plain class with a Python __init__: create the
			// instance and run __init__ in this loop.
			inst := runtime.NewInstance(typ)
			nf = ts.newFrame(init.code)
			// Arguments on top of the stack (not CALL_FUNCTION_EX's) move
			// into the frame.
			onStack := len(callArgs) == 0 || len(callArgs) <= sp && &callArgs[0] == &stack[sp-len(callArgs)]
			if callKw == nil && bindSelfSimple(t, init, nf.slots, inst, callArgs, onStack) {
				if onStack {
					clear(callArgs)
					sp -= len(callArgs)
				}
			} else if e := bindSelfArgs(t, init, nf.slots, inst, callArgs, callKw); e != nil {
				ts.releaseFrame(t, nf)
				err = e
				goto onError
			}
			t.Incref(init)
			nf.fn = init
			t.Incref(inst)
			nf.initSelf = inst
			for i := popLo; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp = popLo
			goto pushFrame
		}
	}
	if m, ok := callFn.(*runtime.Method); ok {
		if fn, ok := m.Func.(*Function); ok && fn.code.flags&(compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) == 0 {
			nf = ts.newFrame(fn.code)
			if e := bindSelfArgs(t, fn, nf.slots, m.Self, callArgs, callKw); e != nil {
				ts.releaseFrame(t, nf)
				err = e
				goto onError
			}
			t.Incref(fn)
			nf.fn = fn
			for i := popLo; i < sp; i++ {
				t.Decref(stack[i])
				stack[i] = nil
			}
			sp = popLo
			goto pushFrame
		}
	}
	if callRes, err = runtime.Call(t, callFn, callArgs, callKw); err != nil {
		goto onError
	}
	// pushResult pops stack[popLo:sp] and pushes callRes (not yet counted).
pushResult:
	switch callRes.(type) {
	case runtime.NoneType, runtime.Int, runtime.Bool, runtime.Float: // uncounted (len(), print()...)
	default:
		t.Incref(callRes)
	}
	for i := popLo; i < sp; i++ {
		switch v := stack[i].(type) {
		case runtime.Int, runtime.Float: // uncounted arguments: skip the call
		default:
			t.Decref(v)
		}
		stack[i] = nil
	}
	sp = popLo
	stack[sp] = callRes
	sp++
	callArgs, callRes = nil, nil
	goto dispatch

	// pushFrame enters the frame nf (f.fn and the arguments set) from f.
pushFrame:
	f.pc, f.sp = pc, sp
	if t.Depth >= t.Interp.RecursionLimit || t.Depth >= maxFrameDepth {
		ts.releaseFrame(t, nf)
		nf = nil
		err = runtime.Errorf(t, runtime.RecursionErrorType, "maximum recursion depth exceeded")
		goto onError
	}
	nf.globals = nf.fn.globals
	if nf.code.ncells+nf.code.nfree > 0 {
		initCells(t, nf.fn, nf)
	}
	nf.back = f
	ts.frame = nf
	f = nf
	nf = nil
	t.Depth++
	code = f.code
	instrs = codeWords(code.instrs)
	consts = code.consts
	names = code.names
	stack = f.slots
	sp = f.sp
	pc = 0
	if t.EvalBreaker.Load() != 0 {
		if err = handleBreaker(t, ts); err != nil {
			goto onError
		}
	}
	goto dispatch

	// doReturn leaves frame f with retval (holding one reference).
doReturn:
	if self := f.initSelf; self != nil && retval == runtime.None {
		// __init__ returned None: C(...) is the instance (the frame's
		// reference becomes the caller's).
		f.initSelf = nil
		retval = self
	}
	if f.initSelf == nil && f.locals == nil && !f.entry {
		// Fast path: a function frame called from this loop returns to
		// its caller. clearFrame and recycleFrame written out here: eval
		// is too big for the compiler to inline them.
		for i, v := range stack[:sp] {
			if v != nil {
				stack[i] = nil
				switch v.(type) {
				case runtime.Int, runtime.Float:
				default:
					t.Decref(v)
				}
			}
		}
		if fn := f.fn; fn != nil {
			f.fn = nil
			if !fn.immortal {
				t.Decref(fn)
			}
		}
		f.globals = nil
		t.Depth--
		parent := f.back
		ts.frame = parent
		f.back, f.code, f.gen = nil, nil, nil
		f.own = 0 // frames on the free list own no box (storeNum)
		if len(ts.free) < 64 && cap(stack) <= 256 {
			ts.free = append(ts.free, f)
		}
		f = parent
		goto resumeCaller
	}
	f.sp = sp
	if self := f.initSelf; self != nil {
		f.initSelf = nil
		if retval != runtime.None {
			err = runtime.Errorf(t, runtime.TypeErrorType, "__init__() should return None, not '%s'", runtime.TypeName(retval))
			t.Decref(retval)
			t.Decref(self)
			retval = nil
			clearFrame(t, f)
			t.Depth--
			ts.frame = f.back
			parent := f.back
			ts.recycleFrame(f)
			f = parent
			code = f.code
			instrs = codeWords(code.instrs)
			consts = code.consts
			names = code.names
			stack = f.slots
			sp = f.sp
			pc = f.pc
			goto onError
		}
		retval = self // the frame's reference becomes the caller's
	}
	clearFrame(t, f)
	t.Depth--
	ts.frame = f.back
	if f.entry {
		f.sp = f.code.stackBase
		if f.gen == nil {
			ts.recycleFrame(f)
		}
		t.Decref(retval) // returned without a count
		return retval, nil
	}
	{
		parent := f.back
		ts.recycleFrame(f)
		f = parent
	}
resumeCaller:
	code = f.code
	instrs = codeWords(code.instrs)
	consts = code.consts
	names = code.names
	stack = f.slots
	sp = f.sp
	pc = f.pc
	stack[sp] = retval // the reference moves to the caller's stack
	sp++
	retval = nil
	goto dispatch

	// doYield suspends the generator frame f (f.pc, f.sp saved) yielding retval.
doYield:
	f.suspended = true
	t.Depth--
	ts.frame = f.back
	t.Decref(retval)
	return retval, nil

onError:
	{
		exc := runtime.AsException(t, err)
		if !reraise {
			if !unwound {
				setContext(t, exc)
			}
			addTraceback(t, ts, f, exc, pc-1)
		}
		reraise, unwound = false, false
		lasti := pc - 1
		for i := range code.C.ExcTable {
			h := &code.C.ExcTable[i]
			if lasti >= h.Start && lasti < h.End {
				depth := code.stackBase + h.Depth
				for sp > depth {
					sp--
					t.Decref(stack[sp])
					stack[sp] = nil
				}
				if h.Lasti {
					stack[sp] = runtime.Int(lasti)
					sp++
				}
				t.Incref(exc)
				stack[sp] = exc
				sp++
				pc = h.Handler
				err = nil
				goto dispatch
			}
		}
		err = exc
	}
	f.sp = sp
unwindNoEntry:
	// No handler: leave frame f with err.
	keepLocals(t, f, err)
	clearFrame(t, f)
	t.Depth--
	ts.frame = f.back
	if f.entry {
		releaseKeptLocals(t, err)
		f.sp = f.code.stackBase
		if f.gen == nil {
			ts.recycleFrame(f)
		}
		return nil, err
	}
	{
		parent := f.back
		ts.recycleFrame(f)
		f = parent
	}
	code = f.code
	instrs = codeWords(code.instrs)
	consts = code.consts
	names = code.names
	stack = f.slots
	sp = f.sp
	pc = f.pc
	unwound = true
	goto onError
}

// unpackPair is the instruction UNPACK_SEQUENCE 2.
const unpackPair = uint32(compiler.UNPACK_SEQUENCE) | 2<<8

// intBinary computes x op y for small ints, reporting false when the result
// needs the slow path (overflow, division by zero...).
func (ts *threadState) intBinary(op runtime.BinaryOp, x, y runtime.Int) (runtime.Object, bool) {
	if op == runtime.OpTrueDiv {
		if y == 0 || x > 1<<53 || x < -(1<<53) || y > 1<<53 || y < -(1<<53) {
			return nil, false
		}
		return ts.boxFloat(runtime.Float(float64(x) / float64(y))), true
	}
	r, ok := intArith(op, x, y)
	if !ok {
		return nil, false
	}
	return ts.boxInt(r), true
}

// intArith computes x op y for an operator whose result is an int,
// reporting false when it needs the slow path (overflow to a big int,
// division by zero, true division, a negative shift...).
func intArith(op runtime.BinaryOp, x, y runtime.Int) (runtime.Int, bool) {
	switch op {
	case runtime.OpAdd:
		r := x + y
		if (r^x)&(r^y) < 0 {
			return 0, false
		}
		return r, true
	case runtime.OpSub:
		r := x - y
		if (x^y)&(r^x) < 0 {
			return 0, false
		}
		return r, true
	case runtime.OpMul:
		if x == 0 || y == 0 {
			return 0, true
		}
		hi, lo := bits.Mul64(uint64(absInt(x)), uint64(absInt(y)))
		if hi != 0 || lo > math.MaxInt64 || x == math.MinInt64 || y == math.MinInt64 {
			return 0, false
		}
		r := runtime.Int(lo)
		if (x < 0) != (y < 0) {
			r = -r
		}
		return r, true
	case runtime.OpAnd:
		return x & y, true
	case runtime.OpOr:
		return x | y, true
	case runtime.OpXor:
		return x ^ y, true
	case runtime.OpLShift:
		if y < 0 || y >= 63 {
			return 0, false
		}
		r := x << uint(y)
		if r>>uint(y) != x {
			return 0, false
		}
		return r, true
	case runtime.OpRShift:
		if y < 0 {
			return 0, false
		}
		if y >= 63 {
			if x < 0 {
				return -1, true
			}
			return 0, true
		}
		return x >> uint(y), true
	case runtime.OpFloorDiv:
		if y == 0 || (x == math.MinInt64 && y == -1) {
			return 0, false
		}
		q := x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			q--
		}
		return q, true
	case runtime.OpMod:
		if y == 0 || y == -1 {
			if y == -1 {
				return 0, true
			}
			return 0, false
		}
		m := x % y
		if m != 0 && ((m < 0) != (y < 0)) {
			m += y
		}
		return m, true
	}
	return 0, false
}

func absInt(x runtime.Int) runtime.Int {
	if x < 0 {
		return -x
	}
	return x
}

// fillDefaults completes the positional parameters [n, ArgCount) of a simple
// function from its defaults, reporting false when some have none.
func fillDefaults(t *runtime.Thread, fn *Function, slots []runtime.Object, n int) bool {
	argc := fn.code.C.ArgCount
	if fn.defaults == nil {
		return false
	}
	defs := fn.defaults.Items
	m := argc - len(defs)
	if n < m {
		return false
	}
	for i := n; i < argc; i++ {
		v := defs[i-m]
		t.Incref(v)
		slots[i] = v
	}
	return true
}

func unboundLocal(t *runtime.Thread, code *Code, i int) error {
	return runtime.Errorf(t, runtime.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", code.varNames[i])
}

func unboundDeref(t *runtime.Thread, code *Code, i int) error {
	name := code.cellNames[i]
	if i < code.ncells {
		return runtime.Errorf(t, runtime.UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return runtime.Errorf(t, runtime.NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// identical is Python's `is`.
func identical(a, b runtime.Object) bool { return runtime.Is(a, b) }

func tupleStrings(o runtime.Object) []string {
	tu, ok := o.(*runtime.Tuple)
	if !ok {
		return nil
	}
	names := make([]string, len(tu.Items))
	for i, x := range tu.Items {
		if s, ok := x.(*runtime.Str); ok {
			names[i] = s.String()
		}
	}
	return names
}

var _ = fmt.Sprint
