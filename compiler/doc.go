// Package compiler is the third phase of pyg: it turns the AST of a module
// (from package parser) into bytecode, one *Code per module, class body,
// function, lambda and comprehension.
//
// # Passes
//
//  1. The resolver (resolve.go, after CPython's Python/symtable.c and
//     starlark-go's resolve package) builds the tree of scopes and sorts
//     every name into Local, Cell, Free, GlobalExplicit or GlobalImplicit.
//     Class bodies are not visible to the functions nested in them; a method
//     that uses super or __class__ makes its class keep a __class__ cell;
//     comprehensions are scopes of their own (a nested function called at
//     once with the iterator of the outermost iterable as parameter ".0", as
//     in CPython ≤ 3.11), except that list, set and dict comprehensions in
//     a function-like scope are inlined when their names allow it (PEP 709,
//     Scope.Inlined: their locals join the enclosing function's), and the
//     target of := inside one binds in the nearest enclosing function. The resolver also checks what the parser
//     accepts as a superset: assignment and deletion targets, the order of
//     call arguments, global/nonlocal declarations, yield outside functions.
//  2. The code generator (compile.go, after CPython 3.12's Python/compile.c
//     and starlark-go's internal/compile) walks the AST and emits a linear
//     list of instructions with symbolic jump labels. try/except/finally and
//     with are compiled with an exception table: a handler becomes active at
//     a setup point and inactive at a POP_BLOCK, and break/continue/return
//     leaving a try/finally or with inline the cleanup on that exit path.
//  3. The assembler resolves labels, picks JUMP or JUMP_BACKWARD, computes
//     MaxStack and each handler's stack depth by a flow analysis over both
//     edges of every jump (and into the handlers), and builds ExcTable.
//  4. The peephole pass (fuse.go) makes superinstructions in the style of
//     CPython 3.11: it replaces the opcode of the first instruction of a
//     common run (LOAD_FAST x; LOAD_CONST k; BINARY_SUBSCR, the load and
//     store of `c[i] op= v`, a comparison with its conditional jump...) and
//     leaves the covered instructions in place. The VM runs the whole run at
//     once on its fast path (ints, floats, exact lists and tuples) and
//     otherwise executes the first instruction as its base opcode (BaseOp),
//     so lines, carets, jump targets, the exception table and every error
//     stay those of the unfused code.
//
// # Input and output
//
// Input: a *parser.Module (Compile) or a parser.Expr (CompileExpr) and the
// source text, used only for error messages. Output: a *Code holding plain
// Go values (see code.go); nested code objects are constants of their parent.
// Errors are *parser.SyntaxError in CPython 3.13's wording and position. The
// compiler never panics: a pathological input (nesting deeper than
// maxNesting) is a SyntaxError, and an internal inconsistency is reported as
// an "internal compiler error".
//
// # Invariants of every Code
//
//   - The stack depth is never negative and is the same on every path into
//     an instruction; MaxStack bounds it.
//   - Every jump target is a valid instruction index; JUMP goes forward,
//     JUMP_BACKWARD backward, conditional jumps and FOR_ITER forward.
//   - Lines is parallel to Instrs: Lines[i] is the source line of the
//     statement or expression instruction i came from.
//   - A superinstruction at i is followed by the Span(op)-1 instructions
//     it covers, unchanged; none of them but the first is a jump target
//     when the run was made.
//   - ExcTable entries do not overlap and are sorted by Start: each
//     instruction has at most one (its innermost) handler, so the table is
//     trivially innermost-first.
//
// # Conventions the VM relies on
//
// Exception handler entry: the VM pops the value stack to ExcEntry.Depth,
// pushes the instruction index if Lasti, then the exception, and jumps.
// Three handler shapes occur:
//
//   - try body → handler (no lasti): stack "exc". The handler starts with
//     PUSH_EXC_INFO ("prev exc"), then for each clause: <type>;
//     CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next; STORE name (or POP_TOP);
//     body; POP_EXCEPT; [name = None; del name]; JUMP end. No clause
//     matched: RERAISE.
//   - cleanup handlers (lasti): they cover the except clauses and finally
//     bodies run on the exception path; their code is COPY 3; POP_EXCEPT;
//     RERAISE with the stack "prev lasti exc", which restores the handled
//     exception and propagates. A named clause has one more cleanup that
//     does name = None; del name; RERAISE.
//   - with (no lasti, depth = the __exit__ below the enter result): stack
//     "exit exc"; PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE
//     suppress; RERAISE; suppress: POP_TOP; POP_EXCEPT; POP_TOP. The normal
//     exit is LOAD_CONST None ×3; CALL 3; POP_TOP.
//
// finally bodies are compiled twice (or more): once inline on the normal
// path, once in the handler between PUSH_EXC_INFO and RERAISE, and once on
// every break/continue/return that leaves the try.
//
// A class body is a function of no parameters, without FlagOptimized or
// FlagNewLocals: __build_class__(func, name, *bases, **keywords) runs it
// with a fresh namespace dict as its locals. It first stores __module__
// (from __name__) and __qualname__; when a method uses __class__ or super()
// it ends with LOAD_CLOSURE __class__; COPY 1; STORE_NAME __classcell__;
// RETURN_VALUE, and __build_class__ must set that cell to the new class.
// Zero-argument super() in a method is compiled as super(__class__, first
// parameter).
//
// A comprehension is MAKE_FUNCTION of its code, then the outermost iterable,
// GET_ITER, CALL 1; an inlined one is the outermost iterable, GET_ITER, a
// LOAD_FAST_AND_CLEAR of each of its locals (restored by STORE_FAST after the
// loop, or by a handler that re-raises), then the loop in the enclosing code. A generator function (FlagGenerator) returns a generator
// without running; the first resumption starts at instruction 0 with
// nothing pushed, later resumptions push the sent value as the result of
// YIELD_VALUE.
//
// Function annotations (MAKE_FUNCTION flag 4) are a flat tuple
// (name1, value1, name2, value2, ...), "return" for the return annotation.
package compiler
