package compiler

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"pyg/parser"
)

// Disassemble returns a readable listing of c and, after it, of every code
// object among its constants, recursively, in the spirit of `python -m dis`:
//
//	3           0 LOAD_FAST                0 (x)
//	            1 POP_JUMP_IF_FALSE        -> 4
//	        >>  2 ...
//
// The columns are the source line (when it changes), a ">>" mark on jump
// targets, the instruction index, the opcode, and its argument shown by
// value. The exception table follows each listing.
func Disassemble(c *Code) string {
	var b strings.Builder
	disassemble(&b, c, true)
	return b.String()
}

func disassemble(b *strings.Builder, c *Code, top bool) {
	if !top {
		fmt.Fprintf(b, "\nDisassembly of <code object %s, file %q, line %d>:\n", c.QualName, c.Filename, c.FirstLine)
	}
	targets := map[int]bool{}
	for _, ins := range c.Instrs {
		if op, arg := Decode(ins); op.HasJump() {
			targets[int(arg)] = true
		}
	}
	for _, e := range c.ExcTable {
		targets[e.Handler] = true
	}
	last := -1
	for pc, ins := range c.Instrs {
		line := c.LineAt(pc)
		lineCol := ""
		if line != last {
			lineCol = strconv.Itoa(line)
			if pc > 0 {
				b.WriteByte('\n')
			}
			last = line
		}
		mark := "  "
		if targets[pc] {
			mark = ">>"
		}
		fmt.Fprintf(b, "%4s    %s %5d %s\n", lineCol, mark, pc, strings.TrimRight(instrText(c, ins), " "))
	}
	if len(c.ExcTable) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, e := range c.ExcTable {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			fmt.Fprintf(b, "  %d to %d -> %d [%d]%s\n", e.Start, e.End, e.Handler, e.Depth, lasti)
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			disassemble(b, sub, false)
		}
	}
}

// instrText formats one instruction: the opcode padded to a column, then
// its argument in the form its operand shape calls for.
func instrText(c *Code, ins uint32) string {
	op, arg := Decode(ins)
	name := fmt.Sprintf("%-24s", op.String())
	// A superinstruction shows its argument as its base instruction does.
	switch BaseOp(op) {
	case LOAD_CONST, RETURN_CONST:
		return constantInstr(name, c, arg)
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return tableInstr(name, arg, c.Names)
	case LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_FAST_AND_CLEAR:
		return tableInstr(name, arg, c.VarNames)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		return tableInstr(name, arg, append(append([]string(nil), c.CellVars...), c.FreeVars...))
	case BINARY_OP:
		return binaryOpInstr(name, arg)
	case COMPARE_OP:
		return compareInstr(name, arg)
	case FORMAT_VALUE:
		return formatInstr(name, arg)
	case UNPACK_EX:
		return fmt.Sprintf("%s%5d (%d, %d)", name, arg, arg&0xff, arg>>8)
	case MAKE_FUNCTION:
		return makeFunctionInstr(name, arg)
	case IS_OP, CONTAINS_OP, COPY, SWAP, BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP,
		BUILD_STRING, LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
		UNPACK_SEQUENCE, CALL, CALL_KW, CALL_METHOD, CALL_METHOD_KW, CALL_FUNCTION_EX, RAISE_VARARGS:
		return byteInstr(name, arg)
	}
	if op.HasJump() {
		return jumpInstr(name, arg)
	}
	return simpleInstr(name, arg)
}

func simpleInstr(name string, arg uint32) string {
	if arg != 0 {
		return byteInstr(name, arg)
	}
	return name
}

func byteInstr(name string, arg uint32) string { return fmt.Sprintf("%s%5d", name, arg) }

func jumpInstr(name string, arg uint32) string { return fmt.Sprintf("%s   -> %d", name, arg) }

func tableInstr(name string, arg uint32, table []string) string {
	if int(arg) < len(table) {
		return fmt.Sprintf("%s%5d (%s)", name, arg, table[arg])
	}
	return fmt.Sprintf("%s%5d (?)", name, arg)
}

func constantInstr(name string, c *Code, arg uint32) string {
	if int(arg) < len(c.Consts) {
		return fmt.Sprintf("%s%5d (%s)", name, arg, ConstRepr(c.Consts[arg]))
	}
	return fmt.Sprintf("%s%5d (?)", name, arg)
}

func binaryOpInstr(name string, arg uint32) string {
	op := parser.Operator(arg &^ InplaceFlag)
	if op > parser.FloorDiv {
		return byteInstr(name, arg)
	}
	s := op.String()
	if arg&InplaceFlag != 0 {
		s += "="
	}
	return fmt.Sprintf("%s%5d (%s)", name, arg, s)
}

func compareInstr(name string, arg uint32) string {
	if arg > uint32(parser.GtE) {
		return byteInstr(name, arg)
	}
	return fmt.Sprintf("%s%5d (%s)", name, arg, parser.CmpOp(arg))
}

func formatInstr(name string, arg uint32) string {
	conv := [...]string{"", "str", "repr", "ascii"}[arg&3]
	var parts []string
	if conv != "" {
		parts = append(parts, conv)
	}
	if arg&4 != 0 {
		parts = append(parts, "with format")
	}
	if len(parts) == 0 {
		return byteInstr(name, arg)
	}
	return fmt.Sprintf("%s%5d (%s)", name, arg, strings.Join(parts, ", "))
}

func makeFunctionInstr(name string, arg uint32) string {
	var parts []string
	for i, s := range []string{"defaults", "kwdefaults", "annotations", "closure"} {
		if arg&(1<<i) != 0 {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return byteInstr(name, arg)
	}
	return fmt.Sprintf("%s%5d (%s)", name, arg, strings.Join(parts, ", "))
}

// ConstRepr formats a constant the way Python's repr() would.
func ConstRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return floatRepr(v)
	case complex128:
		if real(v) == 0 {
			return complexPart(imag(v)) + "j"
		}
		sign := "+"
		if math.Signbit(imag(v)) {
			sign = "-"
		}
		return "(" + complexPart(real(v)) + sign + complexPart(math.Abs(imag(v))) + "j)"
	case string:
		return strRepr(v)
	case parser.Bytes:
		return "b" + strRepr(string(v))
	case parser.Ellipsis:
		return "Ellipsis"
	case ConstTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return fmt.Sprintf("<code object %s, line %d>", v.Name, v.FirstLine)
	}
	return fmt.Sprintf("%v", v)
}

func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	if a := math.Abs(f); a != 0 && (a >= 1e16 || a < 1e-4) {
		s := strconv.FormatFloat(f, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		sign, digits := exp[:1], strings.TrimLeft(exp[1:], "0")
		if len(digits) < 2 {
			digits = strings.Repeat("0", 2-len(digits)) + digits
		}
		return mant + "e" + sign + digits
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func complexPart(f float64) string { return strings.TrimSuffix(floatRepr(f), ".0") }

func strRepr(s string) string {
	quote := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
