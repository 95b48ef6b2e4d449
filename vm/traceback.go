package vm

import (
	"fmt"
	"strings"

	"pyg/compiler"
	"pyg/parser"
	"pyg/runtime"
)

// addTraceback records that exc passed through frame f at instruction pc.
// An inlined comprehension's frame (compiler.FlagInlined) is shown as part of
// its caller, as in CPython 3.12+: its entry carries the caller's name and the
// caller adds no entry of its own for the call.
func addTraceback(t *runtime.Thread, ts *threadState, f *Frame, exc *runtime.Exception, pc int) {
	if ts.skipTraceback == exc {
		ts.skipTraceback = nil
		return
	}
	code := f.code
	name := code.Name
	owner, globals, frame := code, f.globals, f
	if code.C.Flags&compiler.FlagInlined != 0 && f.back != nil {
		name = f.back.code.Name
		owner, globals, frame = f.back.code, f.back.globals, f.back
		ts.skipTraceback = exc
	}
	if len(exc.Traceback) == 0 && exc.Suggestion == "" {
		suggest(t, f, exc)
	}
	en := runtime.TraceEntry{Filename: code.Filename, Line: code.C.LineAt(pc), Name: name,
		Lasti: 2 * pc, Code: owner, Globals: globals, Frame: frame}
	if line, endLine, col, endCol, ok := code.C.SpanAt(pc); ok && line == en.Line {
		en.EndLine, en.Col, en.EndCol = endLine, col+1, endCol+1
	}
	exc.Traceback = append(exc.Traceback, en)
}

// FormatException returns the text CPython prints for an uncaught exception:
// the chained exceptions first, then the traceback (with source lines) and
// the "Type: message" line.
// Source lines come with CPython 3.13's caret lines (see carets.go).
func (vm *VM) FormatException(t *runtime.Thread, e *runtime.Exception) string {
	return strings.Join(vm.FormatExceptionParts(t, e, true), "")
}

// FormatExceptionParts returns FormatException's text split as CPython's
// traceback.format_exception splits it: one string per frame (with its
// source lines), per separator and per line of the exception part. Without
// chain, the causes and contexts are left out.
func (vm *VM) FormatExceptionParts(t *runtime.Thread, e *runtime.Exception, chain bool) []string {
	var parts []string
	vm.formatChain(t, &parts, e, chain, map[*runtime.Exception]bool{})
	return parts
}

func (vm *VM) formatChain(t *runtime.Thread, parts *[]string, e *runtime.Exception, chain bool, seen map[*runtime.Exception]bool) {
	seen[e] = true
	if !chain {
	} else if cause, ok := e.Cause.(*runtime.Exception); ok && cause != nil {
		if !seen[cause] {
			vm.formatChain(t, parts, cause, chain, seen)
			*parts = append(*parts, "\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if ctx, ok := e.Context.(*runtime.Exception); ok && ctx != nil && !e.SuppressContext {
		if !seen[ctx] {
			vm.formatChain(t, parts, ctx, chain, seen)
			*parts = append(*parts, "\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	vm.formatOne(t, parts, e)
}

func (vm *VM) formatOne(t *runtime.Thread, parts *[]string, e *runtime.Exception) {
	tb := e.Traceback
	if len(tb) > 0 {
		*parts = append(*parts, "Traceback (most recent call last):\n")
		var last *runtime.TraceEntry
		count := 0
		flush := func() {
			if count > 3 {
				n := count - 3
				*parts = append(*parts, fmt.Sprintf("  [Previous line repeated %d more time%s]\n", n, pluralS(n > 1)))
			}
		}
		for i := len(tb) - 1; i >= 0; i-- {
			en := &tb[i]
			if last == nil || last.Filename != en.Filename || last.Line != en.Line || last.Name != en.Name {
				flush()
				last = en
				count = 0
			}
			count++
			if count > 3 {
				continue
			}
			*parts = append(*parts, fmt.Sprintf("  File \"%s\", line %d, in %s\n", en.Filename, en.Line, en.Name)+vm.entrySource(en))
		}
		flush()
	}
	if v, ok := vm.syntaxErrors.Load(e); ok {
		*parts = append(*parts, splitLines(v.(*parser.SyntaxError).Format())...)
	} else {
		*parts = append(*parts, exceptionLine(t, e))
	}
	*parts = append(*parts, exceptionNotes(t, e)...)
}

// splitLines splits s after each newline.
func splitLines(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// exceptionNotes renders e.__notes__ (added with add_note) as CPython 3.13
// prints them after the exception line: each line of each note.
func exceptionNotes(t *runtime.Thread, e *runtime.Exception) []string {
	notes := e.Extra(t, "__notes__")
	if notes == nil {
		return nil
	}
	var items []runtime.Object
	switch n := notes.(type) {
	case *runtime.List:
		t.Lock(&n.Mu)
		items = append(items, n.Items...)
		t.Unlock(&n.Mu)
	case *runtime.Tuple:
		items = n.Items
	default:
		r, err := runtime.Repr(t, notes)
		if err != nil {
			return []string{"<__notes__ repr() failed>\n"}
		}
		return []string{r.String() + "\n"}
	}
	var out []string
	for _, note := range items {
		s, err := runtime.ToStr(t, note)
		if err != nil {
			out = append(out, "<note str() failed>\n")
			continue
		}
		for _, l := range strings.Split(s.String(), "\n") {
			out = append(out, l+"\n")
		}
	}
	return out
}

// exceptionLine is the last line of a traceback: "Type: message".
func exceptionLine(t *runtime.Thread, e *runtime.Exception) string {
	typ := e.Type()
	name := typ.QualName
	if name == "" {
		name = typ.Name
	}
	if typ.Module != "" && typ.Module != "builtins" && typ.Module != "__main__" {
		name = typ.Module + "." + name
	}
	s, err := runtime.ToStr(t, e)
	var msg string
	if err != nil {
		msg = "<exception str() failed>"
	} else {
		msg = s.String()
	}
	if e.Suggestion != "" {
		msg += ". Did you mean: '" + e.Suggestion + "'?"
	}
	if e.Type().IsSubtype(runtime.NameErrorType) {
		if n, ok := e.Extra(t, "name").(*runtime.Str); ok && stdlibModuleNames[n.String()] {
			if e.Suggestion != "" {
				msg += " Or did you forget to import '" + n.String() + "'?"
			} else {
				msg += ". Did you forget to import '" + n.String() + "'?"
			}
		}
	}
	if msg == "" {
		return name + "\n"
	}
	return name + ": " + msg + "\n"
}

// syntaxErrorException converts a parser error into a SyntaxError exception
// (for compile, exec, eval and import), remembering it for printing.
func (vm *VM) syntaxErrorException(t *runtime.Thread, se *parser.SyntaxError) *runtime.Exception {
	typ := runtime.SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		typ = runtime.IndentationErrorType
	case "TabError":
		typ = runtime.TabErrorType
	case "RecursionError", "MemoryError": // source too deeply nested (limits.go)
		return vm.sourceTooDeep(t, se)
	}
	detail := runtime.NewTuple(t, []runtime.Object{runtime.NewStr(se.Filename), runtime.Int(se.Line), runtime.Int(se.Col), runtime.NewStr(se.Text)})
	e := runtime.NewException(t, typ, runtime.NewStr(se.Msg), detail)
	vm.syntaxErrors.Store(e, se)
	return e
}

// toPyError converts compile errors into Python exceptions.
func (vm *VM) toPyError(t *runtime.Thread, err error) error {
	if se, ok := err.(*parser.SyntaxError); ok {
		return vm.syntaxErrorException(t, se)
	}
	return err
}

// entrySource renders the source lines of a traceback entry (with carets
// when its columns are known).
func (vm *VM) entrySource(en *runtime.TraceEntry) string {
	vm.mu.Lock()
	lines := vm.sources[en.Filename]
	vm.mu.Unlock()
	if lines == nil {
		vm.sourceLine(en.Filename, en.Line) // loads the file
		vm.mu.Lock()
		lines = vm.sources[en.Filename]
		vm.mu.Unlock()
	}
	if en.EndLine == 0 || en.Col == 0 {
		if line := strings.TrimSpace(vm.sourceLine(en.Filename, en.Line)); line != "" {
			return "    " + line + "\n"
		}
		return ""
	}
	trimmed := make([]string, len(lines))
	for i, l := range lines {
		trimmed[i] = strings.TrimRight(l, "\r")
	}
	return frameSource(trimmed, en.Line, en.EndLine, en.Col-1, en.EndCol-1)
}

// stdlibModuleNames are the common names of sys.stdlib_module_names (for
// NameError's "Did you forget to import" hint).
var stdlibModuleNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`abc argparse array ast asyncio base64 bisect builtins calendar cmath
		collections concurrent contextlib copy csv ctypes dataclasses datetime decimal difflib dis
		enum errno fractions functools gc getopt glob hashlib heapq hmac html http inspect io
		itertools json keyword linecache locale logging math multiprocessing operator os pathlib
		pickle platform pprint queue random re secrets select shlex shutil signal socket sqlite3
		statistics string struct subprocess sys tempfile textwrap threading time timeit tokenize
		traceback types typing unicodedata unittest urllib uuid warnings weakref xml zipfile zlib`) {
		stdlibModuleNames[n] = true
	}
}
