// Package parser is the second phase of pyg: it turns the tokens of the lexer
// into an abstract syntax tree that mirrors CPython's ast module (ast.go).
//
// # Input and output
//
// [ParseFile] takes a file's source, tokenizes it with package lexer and
// returns a *[Module]; [ParseExpr] does the same for a single expression
// (eval). Failures are *[SyntaxError] values that print exactly as CPython
// 3.13 prints an uncaught SyntaxError, IndentationError or TabError.
//
// # How it parses
//
// Statements are parsed by a participle grammar (grammar.go) over the pyg
// token stream; its private grammar structs are converted to the AST in
// convert.go. Expressions, and the few leaves that need exact token positions
// (names, aliases, parameters, with-items), are parsed by a hand-written
// recursive-descent parser (expr.go) plugged into the grammar with
// participle.ParseTypeWith. Its binary and unary operators go through one
// table-driven precedence climber (binops/precedence levels in expr.go), as
// in starlark-go's syntax/parse.go.
//
// # Invariants
//
//   - Every AST node has real Start/End positions (End is just past the last
//     character); a Name, Attribute, Subscript, Starred, List or Tuple that is
//     assigned or deleted has Ctx Store or Del, all others Load.
//   - Constant values are nil, bool, int64, *big.Int (only beyond int64),
//     float64, complex128, string, Bytes or Ellipsis; adjacent string literals
//     are already concatenated and f-strings are JoinedStr/FormattedValue.
//   - The parser never panics and never recurses without bound: bracket
//     nesting is limited to 200 and expression recursion to maxDepth.
//   - The parser accepts a superset of Python in a few places and leaves the
//     checks to the compiler: 'return'/'yield'/'await' outside a function,
//     'break'/'continue' outside a loop, nonlocal at module level, duplicate
//     parameter names, keyword arguments before positional ones (f(a=1, b)),
//     several starred targets in one assignment, default 'except:' not last.
//     It does check assignment/deletion targets and the order of parameters
//     with and without defaults, with CPython's messages.
package parser
