// Package lexer is the first phase of pyg: it turns Python 3 source text into
// a stream of tokens, the way CPython 3.13's tokenizer does.
//
// # Input and output
//
// The input is the source as a []byte (UTF-8; a leading byte-order mark is
// skipped). The output is a sequence of [Token] values, pulled one at a time
// with [Scanner.Next] or all at once with [Tokenize]. Token values are raw
// source text: NAME, INT, FLOAT, IMAG, STRING and OP tokens carry exactly the
// characters they were scanned from. [DecodeString] and [SplitFString] turn a
// STRING token into its value for the parser; [Definition] adapts the stream
// to participle.
//
// # Invariants
//
//   - INDENT and DEDENT tokens are balanced: every INDENT is matched by exactly
//     one DEDENT before EOF.
//   - Every logical line ends with a NEWLINE, including the last one: at end
//     of input the scanner emits a NEWLINE (if the last line has tokens), then
//     the pending DEDENTs, then EOF.
//   - No NEWLINE, INDENT or DEDENT is produced inside (), [] or {}: brackets
//     join lines implicitly, as does a backslash at the end of a line.
//   - Blank lines and comment-only lines produce no tokens.
//   - Synthetic tokens carry real positions: NEWLINE is at the end of its line,
//     INDENT spans the indentation of the line, DEDENT sits (zero-width) at the
//     first token of the line that dedents.
//   - The scanner never panics. The first error stops it: Next keeps returning
//     that error. Errors are *[Error] values whose Kind and Msg are CPython's
//     ("SyntaxError", "IndentationError", "TabError") and whose Pos.Line and
//     Pos.Col are CPython's SyntaxError lineno and offset, so that the caret
//     printed under the source line matches CPython's.
//
// Errors that more input could fix (an open bracket, triple-quoted string or
// trailing backslash at end of input) report [Error.Incomplete], for the REPL.
// [DecodeString] errors carry no position: the parser places them at the
// STRING token, as CPython does.
//
// The structure follows starlark-go's syntax/scan.go; the number and string
// scanning follow CPython's Parser/lexer/lexer.c so that error positions agree.
package lexer
