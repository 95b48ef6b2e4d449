package compiler

import "pyg/parser"

// compileRecursionError is CPython's error for source nested too deeply for
// the compiler (maxNesting levels of expressions and statements): a
// RecursionError with no location, carried as a *parser.SyntaxError whose
// Kind names the exception type.
func compileRecursionError(filename string) error {
	return &parser.SyntaxError{Filename: filename, Kind: "RecursionError", Msg: "maximum recursion depth exceeded during compilation"}
}
