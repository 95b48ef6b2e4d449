package compiler

import "fmt"

// Opcode is a bytecode operation. An instruction is a uint32: the opcode in the
// low 8 bits and its argument in the high 24 bits (see Instr).
//
// Semantics follow CPython 3.12's opcodes of the same name where one exists
// (https://docs.python.org/3.12/library/dis.html); the differences are noted.
// Stack pictures read "before → after", top of stack on the right.
type Opcode uint8

// Opcodes. Keep in sync with opcodeInfo (a test checks every opcode has an entry).
const (
	NOP          Opcode = iota // → (no effect)
	POP_TOP                    // x →
	COPY                       // a_n ... a_1 → a_n ... a_1 a_n   (arg n ≥ 1; COPY 1 duplicates TOS)
	SWAP                       // a_n ... a_1 → a_1 ... a_n       (arg n ≥ 2; swaps TOS with the n-th item)
	LOAD_CONST                 // → Consts[arg]
	RETURN_CONST               // → (returns Consts[arg])

	LOAD_FAST           // → Locals[arg]        (UnboundLocalError when unset)
	STORE_FAST          // v →                  (Locals[arg] = v)
	DELETE_FAST         // →                    (UnboundLocalError when unset)
	LOAD_FAST_AND_CLEAR // → Locals[arg]|NULL (and Locals[arg] = NULL; saves a local an inlined comprehension reuses, STORE_FAST of the NULL restores it)
	LOAD_DEREF          // → cell.value         (arg indexes CellVars ++ FreeVars; NameError/UnboundLocalError when empty)
	STORE_DEREF         // v →
	DELETE_DEREF        // →
	LOAD_CLOSURE        // → cell               (the cell object itself, for MAKE_FUNCTION's closure tuple)
	LOAD_CLASSDEREF     // → v                (class body: locals dict first, then the cell; arg as LOAD_DEREF)
	LOAD_GLOBAL         // → v                  (Names[arg] in globals, then builtins; NameError)
	STORE_GLOBAL        // v →
	DELETE_GLOBAL       // →
	LOAD_NAME           // → v                  (Names[arg] in locals dict, globals, builtins; module and class bodies)
	STORE_NAME          // v →
	DELETE_NAME         // →
	LOAD_ATTR           // obj → obj.Names[arg]
	STORE_ATTR          // v obj →              (obj.Names[arg] = v)
	DELETE_ATTR         // obj →
	LOAD_METHOD         // obj → meth self|NULL (plain function found on the type: meth=function, self=obj; otherwise meth=obj.attr, NULL)

	BINARY_SUBSCR // container key → container[key]
	STORE_SUBSCR  // v container key →    (container[key] = v)
	DELETE_SUBSCR // container key →
	BUILD_SLICE   // start stop [step] → slice   (arg 2 or 3)

	BINARY_OP      // a b → a op b         (arg: parser.Operator, plus InplaceFlag for `op=`)
	UNARY_NEGATIVE // a → -a
	UNARY_POSITIVE // a → +a
	UNARY_INVERT   // a → ~a
	UNARY_NOT      // a → not a
	COMPARE_OP     // a b → a op b         (arg: parser.CmpOp, Eq..GtE only)
	IS_OP          // a b → a is b         (arg 1: is not)
	CONTAINS_OP    // a b → a in b         (arg 1: not in)

	JUMP                 // →                (pc = arg; forward jumps only)
	JUMP_BACKWARD        // →                (pc = arg; a loop edge: checks the eval breaker)
	POP_JUMP_IF_FALSE    // v →             (jump when not truthy)
	POP_JUMP_IF_TRUE     // v →
	POP_JUMP_IF_NONE     // v →
	POP_JUMP_IF_NOT_NONE // v →
	JUMP_IF_FALSE_OR_POP // v → v | →       (jump keeping v when falsy, else pop it; for `and`)
	JUMP_IF_TRUE_OR_POP  // v → v | →       (for `or`)
	GET_ITER             // iterable → iterator
	FOR_ITER             // iter → iter next | →   (exhausted: pops iter and jumps to arg; differs from 3.12 which keeps it)

	BUILD_TUPLE     // v_1 ... v_n → tuple
	BUILD_LIST      // v_1 ... v_n → list
	BUILD_SET       // v_1 ... v_n → set
	BUILD_MAP       // k_1 v_1 ... k_n v_n → dict
	BUILD_STRING    // s_1 ... s_n → str (concatenation; f-strings)
	LIST_APPEND     // list ... v → list ...    (list is at STACK[-arg] after popping v; comprehensions)
	SET_ADD         // set ... v → set ...
	MAP_ADD         // dict ... k v → dict ...
	LIST_EXTEND     // list ... it → list ...
	SET_UPDATE      // set ... it → set ...
	DICT_UPDATE     // dict ... m → dict ...    (`{**m}`)
	DICT_MERGE      // dict ... m → dict ...    (`f(**m)`: TypeError on repeated keys, non-mapping)
	LIST_TO_TUPLE   // list → tuple
	UNPACK_SEQUENCE // seq → v_n ... v_1   (v_1 on top; arg = n)
	UNPACK_EX       // seq → ... (arg = before | after<<8; the starred list between)
	FORMAT_VALUE    // v [spec] → str       (arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: spec on stack)

	CALL                // fn a_1 ... a_n → res                 (arg = n positional)
	CALL_KW             // fn a_1 ... a_n kwnames → res         (kwnames: tuple of str; the last len(kwnames) of the n args are keyword values)
	CALL_METHOD         // meth self|NULL a_1 ... a_n → res     (after LOAD_METHOD)
	CALL_METHOD_KW      // meth self|NULL a_1 ... a_n kwnames → res
	CALL_FUNCTION_EX    // fn args [kwargs] → res             (arg&1: kwargs dict present; args is a tuple)
	MAKE_FUNCTION       // [defaults] [kwdefaults] [annotations] [closure] code → fn   (arg flags 1,2,4,8 as CPython 3.12; code is a *Code constant)
	RETURN_VALUE        // v →                  (returns v)
	YIELD_VALUE         // v → sent             (generator suspends, yielding v; arg 1: `yield` of an async generator)
	GET_YIELD_FROM_ITER // iterable → iter (generators and coroutines pass through)
	YIELD_FROM          // iter v → result      (sends v into iter; if it yields, the frame yields that value and resumes at this same instruction with the sent value as the new v; on StopIteration pushes its value. CPython 3.10 semantics)

	RAISE_VARARGS        // [exc [cause]] →    (arg 0: re-raise the handled exception; 1: raise exc; 2: raise exc from cause)
	PUSH_EXC_INFO        // exc → prev exc     (prev: the thread's handled exception, or None; exc becomes the handled exception)
	POP_EXCEPT           // prev →             (restores the thread's handled exception to prev)
	CHECK_EXC_MATCH      // exc type → exc bool (type may be a class or a tuple of classes; TypeError if not BaseException subclasses)
	RERAISE              // exc →              (raises exc again without adding a traceback entry for this line)
	BEFORE_WITH          // mgr → exit enter_result   (exit is mgr.__exit__ bound)
	WITH_EXCEPT_START    // exit prev exc → exit prev exc res   (res = exit(type(exc), exc, tb))
	LOAD_ASSERTION_ERROR // → AssertionError

	IMPORT_NAME       // level fromlist → module   (Names[arg]; level is an int, fromlist None or a tuple)
	IMPORT_FROM       // module → module attr      (Names[arg]; ImportError "cannot import name")
	IMPORT_STAR       // module →                  (copies public names into the locals)
	LOAD_BUILD_CLASS  // → __build_class__
	SETUP_ANNOTATIONS // →                    (ensures __annotations__ dict in the locals)
	PRINT_EXPR        // v →                  (REPL echo: sys.displayhook(v))

	// Coroutines (issue 9). `await x` compiles to GET_AWAITABLE 0, LOAD_CONST
	// None, YIELD_FROM: the awaitable's iterator is driven by the existing
	// YIELD_FROM (CPython 3.10 semantics) instead of 3.12's SEND/END_SEND.
	// In an async generator, `yield v` is YIELD_VALUE with arg 1, which marks
	// the value as yielded to the asend() caller rather than passed through to
	// the event loop (CPython's INTRINSIC_ASYNC_GEN_WRAP).
	GET_AWAITABLE     // obj → iter           (coroutines pass through; else obj.__await__(); arg 1/2: after __aenter__/__aexit__, for the error message)
	GET_AITER         // obj → aiter          (obj.__aiter__())
	GET_ANEXT         // aiter → aiter iter   (iter: the awaitable iterator of aiter.__anext__())
	END_ASYNC_FOR     // aiter exc →          (exception handler of `async for`: StopAsyncIteration ends the loop, anything else is re-raised)
	BEFORE_ASYNC_WITH // mgr → aexit res      (aexit is mgr.__aexit__ bound; res = mgr.__aenter__(), to be awaited)

	// Superinstructions (CPython 3.11 style, made by the peephole pass in
	// fuse.go). A superinstruction replaces the opcode of the first
	// instruction of a run; the instructions it covers stay in place after
	// it with their arguments, lines and columns. The VM executes the whole
	// run at once when its fast path applies (operands of the expected
	// types, no error possible) and otherwise executes only the first
	// instruction, as its base opcode, leaving the rest to run one by one:
	// errors, tracebacks and jumps into the run behave exactly as without
	// fusion. The argument is the first instruction's; the covered
	// instructions' arguments are read from the stream.
	LOAD_FAST__LOAD_FAST                             // LOAD_FAST x; LOAD_FAST y
	LOAD_FAST__LOAD_CONST                            // LOAD_FAST x; LOAD_CONST k
	STORE_FAST__LOAD_FAST                            // STORE_FAST x; LOAD_FAST y
	LOAD_FAST__LOAD_FAST__BINARY_OP                  // LOAD_FAST x; LOAD_FAST y; BINARY_OP (int and float operands)
	LOAD_FAST__LOAD_CONST__BINARY_OP                 // LOAD_FAST x; LOAD_CONST k; BINARY_OP
	BINARY_OP__STORE_FAST                            // BINARY_OP; STORE_FAST x
	LOAD_FAST__LOAD_FAST__BINARY_SUBSCR              // LOAD_FAST c; LOAD_FAST i; BINARY_SUBSCR (exact list or tuple, int index in range)
	LOAD_FAST__LOAD_CONST__BINARY_SUBSCR             // LOAD_FAST c; LOAD_CONST i; BINARY_SUBSCR
	LOAD_FAST__LOAD_FAST__STORE_SUBSCR               // LOAD_FAST c; LOAD_FAST i; STORE_SUBSCR (exact list, int index in range)
	COPY__COPY__BINARY_SUBSCR                        // COPY 2; COPY 2; BINARY_SUBSCR (the load of `c[i] op= v`)
	SWAP__SWAP__STORE_SUBSCR                         // SWAP 3; SWAP 2; STORE_SUBSCR (the store of `c[i] op= v`)
	LOAD_FAST__LOAD_FAST__COMPARE_OP                 // LOAD_FAST x; LOAD_FAST y; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE (int or float operands)
	LOAD_FAST__LOAD_CONST__COMPARE_OP                // LOAD_FAST x; LOAD_CONST k; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE
	LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST      // LOAD_FAST x; LOAD_FAST y; BINARY_OP; STORE_FAST z
	LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST     // LOAD_FAST x; LOAD_CONST k; BINARY_OP; STORE_FAST z (`i += 1`)
	LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST  // LOAD_FAST c; LOAD_FAST i; BINARY_SUBSCR; STORE_FAST z
	LOAD_FAST__LOAD_CONST__BINARY_SUBSCR__STORE_FAST // LOAD_FAST c; LOAD_CONST i; BINARY_SUBSCR; STORE_FAST z
	LOAD_FAST__LOAD_FAST__LOAD_FAST__STORE_SUBSCR    // LOAD_FAST v; LOAD_FAST c; LOAD_FAST i; STORE_SUBSCR
	LOAD_CONST__COMPARE_OP                           // LOAD_CONST k; COMPARE_OP; POP_JUMP_IF_FALSE/TRUE (TOS op k)
	LOAD_FAST__BINARY_OP                             // LOAD_FAST x; BINARY_OP (TOS op x)
	LOAD_CONST__BINARY_OP                            // LOAD_CONST k; BINARY_OP (TOS op k)
	// The load of `c[i] op= v` for a local c and a local or constant i, and its store.
	LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR  // LOAD_FAST c; LOAD_FAST i; COPY 2; COPY 2; BINARY_SUBSCR
	LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR // LOAD_FAST c; LOAD_CONST i; COPY 2; COPY 2; BINARY_SUBSCR
	BINARY_OP__SWAP__SWAP__STORE_SUBSCR              // BINARY_OP; SWAP 3; SWAP 2; STORE_SUBSCR
	// `self.x` and `self.x = v`: the local is read in place (no count added and dropped).
	LOAD_FAST__LOAD_ATTR  // LOAD_FAST obj; LOAD_ATTR (an instance attribute the inline cache knows)
	LOAD_FAST__STORE_ATTR // LOAD_FAST obj; STORE_ATTR
	// Method calls, `x is None` tests and returns of locals, and the load and
	// store of `x.name op= v`.
	LOAD_FAST__LOAD_METHOD          // LOAD_FAST obj; LOAD_METHOD (cached; a CALL_METHOD 0 right after runs with it)
	LOAD_FAST__POP_JUMP_IF_NONE     // LOAD_FAST x; POP_JUMP_IF_NONE (the local is tested in place)
	LOAD_FAST__POP_JUMP_IF_NOT_NONE // LOAD_FAST x; POP_JUMP_IF_NOT_NONE
	LOAD_FAST__RETURN_VALUE         // LOAD_FAST x; RETURN_VALUE
	LOAD_CONST__IS_OP               // LOAD_CONST k; IS_OP (TOS is k)
	LOAD_FAST__COPY__LOAD_ATTR      // LOAD_FAST obj; COPY 1; LOAD_ATTR (an instance attribute the inline cache knows)
	SWAP__STORE_ATTR                // SWAP 2; STORE_ATTR

	numOpcodes
)

// InplaceFlag is added to a BINARY_OP argument for augmented assignment (`+=`).
const InplaceFlag = 16

// Instr encodes one instruction.
func Instr(op Opcode, arg uint32) uint32 { return uint32(op) | arg<<8 }

// Decode splits an instruction into opcode and argument.
func Decode(ins uint32) (Opcode, uint32) { return Opcode(ins & 0xff), ins >> 8 }

// MaxArg is the largest argument an instruction can carry.
const MaxArg = 1<<24 - 1

// Stack effect kinds for opcodeInfo.
const (
	varEffect = -1000 // computed by StackEffect from the argument
)

type opInfo struct {
	name   string
	effect int  // net stack effect, or varEffect
	jump   bool // the argument is a jump target
}

var opcodeInfo = [numOpcodes]opInfo{
	NOP: {"NOP", 0, false}, POP_TOP: {"POP_TOP", -1, false}, COPY: {"COPY", 1, false},
	SWAP: {"SWAP", 0, false}, LOAD_CONST: {"LOAD_CONST", 1, false}, RETURN_CONST: {"RETURN_CONST", 0, false},
	LOAD_FAST: {"LOAD_FAST", 1, false}, STORE_FAST: {"STORE_FAST", -1, false}, DELETE_FAST: {"DELETE_FAST", 0, false},
	LOAD_FAST_AND_CLEAR: {"LOAD_FAST_AND_CLEAR", 1, false},
	LOAD_DEREF:          {"LOAD_DEREF", 1, false}, STORE_DEREF: {"STORE_DEREF", -1, false}, DELETE_DEREF: {"DELETE_DEREF", 0, false},
	LOAD_CLOSURE: {"LOAD_CLOSURE", 1, false}, LOAD_CLASSDEREF: {"LOAD_CLASSDEREF", 1, false},
	LOAD_GLOBAL: {"LOAD_GLOBAL", 1, false}, STORE_GLOBAL: {"STORE_GLOBAL", -1, false}, DELETE_GLOBAL: {"DELETE_GLOBAL", 0, false},
	LOAD_NAME: {"LOAD_NAME", 1, false}, STORE_NAME: {"STORE_NAME", -1, false}, DELETE_NAME: {"DELETE_NAME", 0, false},
	LOAD_ATTR: {"LOAD_ATTR", 0, false}, STORE_ATTR: {"STORE_ATTR", -2, false}, DELETE_ATTR: {"DELETE_ATTR", -1, false},
	LOAD_METHOD:   {"LOAD_METHOD", 1, false},
	BINARY_SUBSCR: {"BINARY_SUBSCR", -1, false}, STORE_SUBSCR: {"STORE_SUBSCR", -3, false}, DELETE_SUBSCR: {"DELETE_SUBSCR", -2, false},
	BUILD_SLICE: {"BUILD_SLICE", varEffect, false},
	BINARY_OP:   {"BINARY_OP", -1, false}, UNARY_NEGATIVE: {"UNARY_NEGATIVE", 0, false}, UNARY_POSITIVE: {"UNARY_POSITIVE", 0, false},
	UNARY_INVERT: {"UNARY_INVERT", 0, false}, UNARY_NOT: {"UNARY_NOT", 0, false}, COMPARE_OP: {"COMPARE_OP", -1, false},
	IS_OP: {"IS_OP", -1, false}, CONTAINS_OP: {"CONTAINS_OP", -1, false},
	JUMP: {"JUMP", 0, true}, JUMP_BACKWARD: {"JUMP_BACKWARD", 0, true},
	POP_JUMP_IF_FALSE: {"POP_JUMP_IF_FALSE", -1, true}, POP_JUMP_IF_TRUE: {"POP_JUMP_IF_TRUE", -1, true},
	POP_JUMP_IF_NONE: {"POP_JUMP_IF_NONE", -1, true}, POP_JUMP_IF_NOT_NONE: {"POP_JUMP_IF_NOT_NONE", -1, true},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", varEffect, true}, JUMP_IF_TRUE_OR_POP: {"JUMP_IF_TRUE_OR_POP", varEffect, true},
	GET_ITER: {"GET_ITER", 0, false}, FOR_ITER: {"FOR_ITER", varEffect, true},
	BUILD_TUPLE: {"BUILD_TUPLE", varEffect, false}, BUILD_LIST: {"BUILD_LIST", varEffect, false},
	BUILD_SET: {"BUILD_SET", varEffect, false}, BUILD_MAP: {"BUILD_MAP", varEffect, false},
	BUILD_STRING: {"BUILD_STRING", varEffect, false},
	LIST_APPEND:  {"LIST_APPEND", -1, false}, SET_ADD: {"SET_ADD", -1, false}, MAP_ADD: {"MAP_ADD", -2, false},
	LIST_EXTEND: {"LIST_EXTEND", -1, false}, SET_UPDATE: {"SET_UPDATE", -1, false}, DICT_UPDATE: {"DICT_UPDATE", -1, false},
	DICT_MERGE: {"DICT_MERGE", -1, false}, LIST_TO_TUPLE: {"LIST_TO_TUPLE", 0, false},
	UNPACK_SEQUENCE: {"UNPACK_SEQUENCE", varEffect, false}, UNPACK_EX: {"UNPACK_EX", varEffect, false},
	FORMAT_VALUE: {"FORMAT_VALUE", varEffect, false},
	CALL:         {"CALL", varEffect, false}, CALL_KW: {"CALL_KW", varEffect, false},
	CALL_METHOD: {"CALL_METHOD", varEffect, false}, CALL_METHOD_KW: {"CALL_METHOD_KW", varEffect, false},
	CALL_FUNCTION_EX: {"CALL_FUNCTION_EX", varEffect, false}, MAKE_FUNCTION: {"MAKE_FUNCTION", varEffect, false},
	RETURN_VALUE: {"RETURN_VALUE", -1, false}, YIELD_VALUE: {"YIELD_VALUE", 0, false},
	GET_YIELD_FROM_ITER: {"GET_YIELD_FROM_ITER", 0, false}, YIELD_FROM: {"YIELD_FROM", -1, false},
	RAISE_VARARGS: {"RAISE_VARARGS", varEffect, false}, PUSH_EXC_INFO: {"PUSH_EXC_INFO", 1, false},
	POP_EXCEPT: {"POP_EXCEPT", -1, false}, CHECK_EXC_MATCH: {"CHECK_EXC_MATCH", 0, false},
	RERAISE: {"RERAISE", -1, false}, BEFORE_WITH: {"BEFORE_WITH", 1, false},
	WITH_EXCEPT_START: {"WITH_EXCEPT_START", 1, false}, LOAD_ASSERTION_ERROR: {"LOAD_ASSERTION_ERROR", 1, false},
	IMPORT_NAME: {"IMPORT_NAME", -1, false}, IMPORT_FROM: {"IMPORT_FROM", 1, false}, IMPORT_STAR: {"IMPORT_STAR", -1, false},
	LOAD_BUILD_CLASS: {"LOAD_BUILD_CLASS", 1, false}, SETUP_ANNOTATIONS: {"SETUP_ANNOTATIONS", 0, false},
	PRINT_EXPR:    {"PRINT_EXPR", -1, false},
	GET_AWAITABLE: {"GET_AWAITABLE", 0, false}, GET_AITER: {"GET_AITER", 0, false}, GET_ANEXT: {"GET_ANEXT", 1, false},
	END_ASYNC_FOR: {"END_ASYNC_FOR", -2, false}, BEFORE_ASYNC_WITH: {"BEFORE_ASYNC_WITH", 1, false},

	// The stack effect of a superinstruction is its base instruction's: the
	// instructions it covers keep theirs (the listing stays a valid
	// instruction sequence).
	LOAD_FAST__LOAD_FAST:                             {"LOAD_FAST__LOAD_FAST", 1, false},
	LOAD_FAST__LOAD_CONST:                            {"LOAD_FAST__LOAD_CONST", 1, false},
	STORE_FAST__LOAD_FAST:                            {"STORE_FAST__LOAD_FAST", -1, false},
	LOAD_FAST__LOAD_FAST__BINARY_OP:                  {"LOAD_FAST__LOAD_FAST__BINARY_OP", 1, false},
	LOAD_FAST__LOAD_CONST__BINARY_OP:                 {"LOAD_FAST__LOAD_CONST__BINARY_OP", 1, false},
	BINARY_OP__STORE_FAST:                            {"BINARY_OP__STORE_FAST", -1, false},
	LOAD_FAST__LOAD_FAST__BINARY_SUBSCR:              {"LOAD_FAST__LOAD_FAST__BINARY_SUBSCR", 1, false},
	LOAD_FAST__LOAD_CONST__BINARY_SUBSCR:             {"LOAD_FAST__LOAD_CONST__BINARY_SUBSCR", 1, false},
	LOAD_FAST__LOAD_FAST__STORE_SUBSCR:               {"LOAD_FAST__LOAD_FAST__STORE_SUBSCR", 1, false},
	COPY__COPY__BINARY_SUBSCR:                        {"COPY__COPY__BINARY_SUBSCR", 1, false},
	SWAP__SWAP__STORE_SUBSCR:                         {"SWAP__SWAP__STORE_SUBSCR", 0, false},
	LOAD_FAST__LOAD_FAST__COMPARE_OP:                 {"LOAD_FAST__LOAD_FAST__COMPARE_OP", 1, false},
	LOAD_FAST__LOAD_CONST__COMPARE_OP:                {"LOAD_FAST__LOAD_CONST__COMPARE_OP", 1, false},
	LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST:      {"LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST", 1, false},
	LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST:     {"LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST", 1, false},
	LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST:  {"LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST", 1, false},
	LOAD_FAST__LOAD_CONST__BINARY_SUBSCR__STORE_FAST: {"LOAD_FAST__LOAD_CONST__BINARY_SUBSCR__STORE_FAST", 1, false},
	LOAD_FAST__LOAD_FAST__LOAD_FAST__STORE_SUBSCR:    {"LOAD_FAST__LOAD_FAST__LOAD_FAST__STORE_SUBSCR", 1, false},
	LOAD_CONST__COMPARE_OP:                           {"LOAD_CONST__COMPARE_OP", 1, false},
	LOAD_FAST__BINARY_OP:                             {"LOAD_FAST__BINARY_OP", 1, false},
	LOAD_CONST__BINARY_OP:                            {"LOAD_CONST__BINARY_OP", 1, false},
	LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR:  {"LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR", 1, false},
	LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR: {"LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR", 1, false},
	BINARY_OP__SWAP__SWAP__STORE_SUBSCR:              {"BINARY_OP__SWAP__SWAP__STORE_SUBSCR", -1, false},
	LOAD_FAST__LOAD_ATTR:                             {"LOAD_FAST__LOAD_ATTR", 1, false},
	LOAD_FAST__STORE_ATTR:                            {"LOAD_FAST__STORE_ATTR", 1, false},
	LOAD_FAST__LOAD_METHOD:                           {"LOAD_FAST__LOAD_METHOD", 1, false},
	LOAD_FAST__POP_JUMP_IF_NONE:                      {"LOAD_FAST__POP_JUMP_IF_NONE", 1, false},
	LOAD_FAST__POP_JUMP_IF_NOT_NONE:                  {"LOAD_FAST__POP_JUMP_IF_NOT_NONE", 1, false},
	LOAD_FAST__RETURN_VALUE:                          {"LOAD_FAST__RETURN_VALUE", 1, false},
	LOAD_CONST__IS_OP:                                {"LOAD_CONST__IS_OP", 1, false},
	LOAD_FAST__COPY__LOAD_ATTR:                       {"LOAD_FAST__COPY__LOAD_ATTR", 1, false},
	SWAP__STORE_ATTR:                                 {"SWAP__STORE_ATTR", 0, false},
}

// fusedInfo describes the superinstructions: base is the opcode of the
// first instruction they replace, span the number of instructions they cover.
var fusedInfo = [numOpcodes]struct {
	base Opcode
	span int
}{
	LOAD_FAST__LOAD_FAST:                             {LOAD_FAST, 2},
	LOAD_FAST__LOAD_CONST:                            {LOAD_FAST, 2},
	STORE_FAST__LOAD_FAST:                            {STORE_FAST, 2},
	LOAD_FAST__LOAD_FAST__BINARY_OP:                  {LOAD_FAST, 3},
	LOAD_FAST__LOAD_CONST__BINARY_OP:                 {LOAD_FAST, 3},
	BINARY_OP__STORE_FAST:                            {BINARY_OP, 2},
	LOAD_FAST__LOAD_FAST__BINARY_SUBSCR:              {LOAD_FAST, 3},
	LOAD_FAST__LOAD_CONST__BINARY_SUBSCR:             {LOAD_FAST, 3},
	LOAD_FAST__LOAD_FAST__STORE_SUBSCR:               {LOAD_FAST, 3},
	COPY__COPY__BINARY_SUBSCR:                        {COPY, 3},
	SWAP__SWAP__STORE_SUBSCR:                         {SWAP, 3},
	LOAD_FAST__LOAD_FAST__COMPARE_OP:                 {LOAD_FAST, 4},
	LOAD_FAST__LOAD_CONST__COMPARE_OP:                {LOAD_FAST, 4},
	LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST:      {LOAD_FAST, 4},
	LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST:     {LOAD_FAST, 4},
	LOAD_FAST__LOAD_FAST__BINARY_SUBSCR__STORE_FAST:  {LOAD_FAST, 4},
	LOAD_FAST__LOAD_CONST__BINARY_SUBSCR__STORE_FAST: {LOAD_FAST, 4},
	LOAD_FAST__LOAD_FAST__LOAD_FAST__STORE_SUBSCR:    {LOAD_FAST, 4},
	LOAD_CONST__COMPARE_OP:                           {LOAD_CONST, 3},
	LOAD_FAST__BINARY_OP:                             {LOAD_FAST, 2},
	LOAD_CONST__BINARY_OP:                            {LOAD_CONST, 2},
	LOAD_FAST__LOAD_FAST__COPY__COPY__BINARY_SUBSCR:  {LOAD_FAST, 5},
	LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR: {LOAD_FAST, 5},
	BINARY_OP__SWAP__SWAP__STORE_SUBSCR:              {BINARY_OP, 4},
	LOAD_FAST__LOAD_ATTR:                             {LOAD_FAST, 2},
	LOAD_FAST__STORE_ATTR:                            {LOAD_FAST, 2},
	LOAD_FAST__LOAD_METHOD:                           {LOAD_FAST, 2},
	LOAD_FAST__POP_JUMP_IF_NONE:                      {LOAD_FAST, 2},
	LOAD_FAST__POP_JUMP_IF_NOT_NONE:                  {LOAD_FAST, 2},
	LOAD_FAST__RETURN_VALUE:                          {LOAD_FAST, 2},
	LOAD_CONST__IS_OP:                                {LOAD_CONST, 2},
	LOAD_FAST__COPY__LOAD_ATTR:                       {LOAD_FAST, 3},
	SWAP__STORE_ATTR:                                 {SWAP, 2},
}

// BaseOp returns the opcode a superinstruction replaced (op itself for
// other opcodes): executing op as its base opcode and the covered
// instructions one by one has the same effect as executing op.
func BaseOp(op Opcode) Opcode {
	if op < numOpcodes && fusedInfo[op].span > 0 {
		return fusedInfo[op].base
	}
	return op
}

// Span returns the number of instructions op covers: 1, or more for a
// superinstruction.
func Span(op Opcode) int {
	if op < numOpcodes && fusedInfo[op].span > 0 {
		return fusedInfo[op].span
	}
	return 1
}

func (op Opcode) String() string {
	if op < numOpcodes && opcodeInfo[op].name != "" {
		return opcodeInfo[op].name
	}
	return fmt.Sprintf("Opcode(%d)", int(op))
}

// HasJump reports whether op's argument is a jump target (an instruction index).
func (op Opcode) HasJump() bool { return op < numOpcodes && opcodeInfo[op].jump }

// StackEffect returns the net change in stack depth of executing op with arg.
// For jumps it is the effect when the jump is taken if jump is true.
func StackEffect(op Opcode, arg uint32, jump bool) int {
	n := int(arg)
	switch op {
	case BUILD_SLICE:
		return 1 - n
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - n
	case BUILD_MAP:
		return 1 - 2*n
	case UNPACK_SEQUENCE:
		return n - 1
	case UNPACK_EX:
		return (n & 0xff) + (n >> 8)
	case FORMAT_VALUE:
		if n&4 != 0 {
			return -1
		}
		return 0
	case CALL:
		return -n
	case CALL_KW:
		return -n - 1
	case CALL_METHOD:
		return -n - 1
	case CALL_METHOD_KW:
		return -n - 2
	case CALL_FUNCTION_EX:
		return -1 - n&1
	case MAKE_FUNCTION:
		e := 0
		for f := uint32(1); f <= 8; f <<= 1 {
			if arg&f != 0 {
				e--
			}
		}
		return e
	case RAISE_VARARGS:
		return -n
	}
	if op >= numOpcodes {
		return 0
	}
	return opcodeInfo[op].effect
}
