package parser

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"pyg/lexer"
)

// Dump renders a tree as a compact s-expression for tests, e.g.
// (Module (Assign (Name x Store) (BinOp (Constant 1) + (Constant 2)))).
// Loads are not marked; empty lists and nil fields are left out; list-valued
// fields are written as [a b c], optional fields with a name: key=value.
func Dump(n Node) string {
	var b strings.Builder
	dump(&b, n)
	return b.String()
}

func dumpList[T Node](b *strings.Builder, name string, xs []T) {
	if len(xs) == 0 {
		return
	}
	b.WriteByte(' ')
	if name != "" {
		b.WriteString(name)
		b.WriteByte('=')
	}
	b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		dump(b, x)
	}
	b.WriteByte(']')
}

func dumpOpt(b *strings.Builder, name string, x Node) {
	if isNil(x) {
		return
	}
	b.WriteByte(' ')
	if name != "" {
		b.WriteString(name)
		b.WriteByte('=')
	}
	dump(b, x)
}

func isNil(x Node) bool {
	if x == nil {
		return true
	}
	switch v := x.(type) {
	case Expr:
		switch e := v.(type) {
		case *Name:
			return e == nil
		}
	}
	return false
}

func ctxSuffix(c Ctx) string {
	switch c {
	case Store:
		return " Store"
	case Del:
		return " Del"
	}
	return ""
}

func constString(v any) string {
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
		return floatRepr(imag(v)) + "j"
	case string:
		return strconv.Quote(v)
	case Bytes:
		return "b" + strconv.Quote(string(v))
	case Ellipsis:
		return "..."
	}
	return fmt.Sprint(v)
}

func dump(b *strings.Builder, n Node) {
	switch n := n.(type) {
	case *Module:
		b.WriteString("(Module")
		for _, s := range n.Body {
			b.WriteByte(' ')
			dump(b, s)
		}
		b.WriteByte(')')
		return
	case *Name:
		fmt.Fprintf(b, "(Name %s%s)", n.Id, ctxSuffix(n.Ctx))
		return
	case *Constant:
		fmt.Fprintf(b, "(Constant %s)", constString(n.Value))
		return
	}
	b.WriteByte('(')
	switch n := n.(type) {
	case *BoolOp:
		b.WriteString("BoolOp " + n.Op.String())
		dumpList(b, "", n.Values)
	case *NamedExpr:
		b.WriteString("NamedExpr")
		dumpOpt(b, "", n.Target)
		dumpOpt(b, "", n.Value)
	case *BinOp:
		b.WriteString("BinOp ")
		dump(b, n.Left)
		b.WriteString(" " + n.Op.String() + " ")
		dump(b, n.Right)
	case *UnaryOp:
		b.WriteString("UnaryOp " + n.Op.String() + " ")
		dump(b, n.Operand)
	case *Lambda:
		b.WriteString("Lambda")
		dumpArgs(b, n.Args)
		dumpOpt(b, "", n.Body)
	case *IfExp:
		b.WriteString("IfExp")
		dumpOpt(b, "", n.Test)
		dumpOpt(b, "", n.Body)
		dumpOpt(b, "", n.OrElse)
	case *Dict:
		b.WriteString("Dict")
		for i := range n.Keys {
			b.WriteByte(' ')
			if n.Keys[i] == nil {
				b.WriteString("**")
			} else {
				dump(b, n.Keys[i])
				b.WriteByte(':')
			}
			dump(b, n.Values[i])
		}
	case *Set:
		b.WriteString("Set")
		dumpList(b, "", n.Elts)
	case *ListComp:
		b.WriteString("ListComp")
		dumpOpt(b, "", n.Elt)
		dumpList(b, "", n.Generators)
	case *SetComp:
		b.WriteString("SetComp")
		dumpOpt(b, "", n.Elt)
		dumpList(b, "", n.Generators)
	case *DictComp:
		b.WriteString("DictComp")
		dumpOpt(b, "", n.Key)
		dumpOpt(b, "", n.Value)
		dumpList(b, "", n.Generators)
	case *GeneratorExp:
		b.WriteString("GeneratorExp")
		dumpOpt(b, "", n.Elt)
		dumpList(b, "", n.Generators)
	case *Comprehension:
		b.WriteString("comprehension")
		if n.IsAsync {
			b.WriteString(" async")
		}
		dumpOpt(b, "", n.Target)
		dumpOpt(b, "", n.Iter)
		dumpList(b, "ifs", n.Ifs)
	case *Await:
		b.WriteString("Await")
		dumpOpt(b, "", n.Value)
	case *Yield:
		b.WriteString("Yield")
		dumpOpt(b, "", n.Value)
	case *YieldFrom:
		b.WriteString("YieldFrom")
		dumpOpt(b, "", n.Value)
	case *Compare:
		b.WriteString("Compare ")
		dump(b, n.Left)
		for i, op := range n.Ops {
			b.WriteString(" " + op.String() + " ")
			dump(b, n.Comparators[i])
		}
	case *Call:
		b.WriteString("Call")
		dumpOpt(b, "", n.Func)
		dumpList(b, "", n.Args)
		dumpList(b, "", n.Keywords)
	case *Keyword:
		if n.Arg == "" {
			b.WriteString("keyword **")
		} else {
			b.WriteString("keyword " + n.Arg)
		}
		dumpOpt(b, "", n.Value)
	case *FormattedValue:
		b.WriteString("FormattedValue")
		dumpOpt(b, "", n.Value)
		if n.Conversion != 0 {
			fmt.Fprintf(b, " !%c", n.Conversion)
		}
		dumpOpt(b, "spec", n.FormatSpec)
	case *JoinedStr:
		b.WriteString("JoinedStr")
		dumpList(b, "", n.Values)
	case *Attribute:
		b.WriteString("Attribute")
		dumpOpt(b, "", n.Value)
		b.WriteString(" " + n.Attr + ctxSuffix(n.Ctx))
	case *Subscript:
		b.WriteString("Subscript")
		dumpOpt(b, "", n.Value)
		dumpOpt(b, "", n.Slice)
		b.WriteString(ctxSuffix(n.Ctx))
	case *Starred:
		b.WriteString("Starred")
		dumpOpt(b, "", n.Value)
		b.WriteString(ctxSuffix(n.Ctx))
	case *List:
		b.WriteString("List")
		dumpList(b, "", n.Elts)
		b.WriteString(ctxSuffix(n.Ctx))
	case *Tuple:
		b.WriteString("Tuple")
		dumpList(b, "", n.Elts)
		b.WriteString(ctxSuffix(n.Ctx))
	case *Slice:
		b.WriteString("Slice")
		for _, x := range []Expr{n.Lower, n.Upper, n.Step} {
			b.WriteByte(' ')
			if x == nil {
				b.WriteByte('_')
			} else {
				dump(b, x)
			}
		}
	case *Arg:
		b.WriteString("arg " + n.Name)
		dumpOpt(b, "", n.Annotation)
	case *FunctionDef:
		if n.IsAsync {
			b.WriteString("AsyncFunctionDef ")
		} else {
			b.WriteString("FunctionDef ")
		}
		b.WriteString(n.Name)
		dumpArgs(b, n.Args)
		dumpList(b, "", n.Body)
		dumpList(b, "decorators", n.Decorators)
		dumpOpt(b, "returns", n.Returns)
	case *ClassDef:
		b.WriteString("ClassDef " + n.Name)
		dumpList(b, "bases", n.Bases)
		dumpList(b, "keywords", n.Keywords)
		dumpList(b, "", n.Body)
		dumpList(b, "decorators", n.Decorators)
	case *Return:
		b.WriteString("Return")
		dumpOpt(b, "", n.Value)
	case *Delete:
		b.WriteString("Delete")
		dumpList(b, "", n.Targets)
	case *Assign:
		b.WriteString("Assign")
		dumpList(b, "", n.Targets)
		dumpOpt(b, "", n.Value)
	case *AugAssign:
		b.WriteString("AugAssign")
		dumpOpt(b, "", n.Target)
		b.WriteString(" " + n.Op.String() + "=")
		dumpOpt(b, "", n.Value)
	case *AnnAssign:
		b.WriteString("AnnAssign")
		dumpOpt(b, "", n.Target)
		dumpOpt(b, "", n.Annotation)
		dumpOpt(b, "", n.Value)
		if n.Simple {
			b.WriteString(" simple")
		}
	case *For:
		if n.IsAsync {
			b.WriteString("AsyncFor")
		} else {
			b.WriteString("For")
		}
		dumpOpt(b, "", n.Target)
		dumpOpt(b, "", n.Iter)
		dumpList(b, "", n.Body)
		dumpList(b, "else", n.OrElse)
	case *While:
		b.WriteString("While")
		dumpOpt(b, "", n.Test)
		dumpList(b, "", n.Body)
		dumpList(b, "else", n.OrElse)
	case *If:
		b.WriteString("If")
		dumpOpt(b, "", n.Test)
		dumpList(b, "", n.Body)
		dumpList(b, "else", n.OrElse)
	case *With:
		if n.IsAsync {
			b.WriteString("AsyncWith")
		} else {
			b.WriteString("With")
		}
		for _, it := range n.Items {
			b.WriteString(" (withitem ")
			dump(b, it.ContextExpr)
			dumpOpt(b, "", it.OptionalVars)
			b.WriteByte(')')
		}
		dumpList(b, "", n.Body)
	case *Raise:
		b.WriteString("Raise")
		dumpOpt(b, "", n.Exc)
		dumpOpt(b, "from", n.Cause)
	case *Try:
		b.WriteString("Try")
		dumpList(b, "", n.Body)
		dumpList(b, "", n.Handlers)
		dumpList(b, "else", n.OrElse)
		dumpList(b, "finally", n.FinalBody)
	case *ExceptHandler:
		b.WriteString("ExceptHandler")
		dumpOpt(b, "", n.Type)
		if n.Name != "" {
			b.WriteString(" as " + n.Name)
		}
		dumpList(b, "", n.Body)
	case *Assert:
		b.WriteString("Assert")
		dumpOpt(b, "", n.Test)
		dumpOpt(b, "", n.Msg)
	case *Import:
		b.WriteString("Import")
		dumpList(b, "", n.Names)
	case *ImportFrom:
		fmt.Fprintf(b, "ImportFrom %s%s", strings.Repeat(".", n.Level), n.Module)
		dumpList(b, "", n.Names)
	case *Alias:
		b.WriteString("alias " + n.Name)
		if n.AsName != "" {
			b.WriteString(" as " + n.AsName)
		}
	case *Global:
		b.WriteString("Global " + strings.Join(n.Names, " "))
	case *Nonlocal:
		b.WriteString("Nonlocal " + strings.Join(n.Names, " "))
	case *ExprStmt:
		b.WriteString("Expr")
		dumpOpt(b, "", n.Value)
	case *Pass:
		b.WriteString("Pass")
	case *Break:
		b.WriteString("Break")
	case *Continue:
		b.WriteString("Continue")
	default:
		fmt.Fprintf(b, "%T", n)
	}
	b.WriteByte(')')
}

func dumpArgs(b *strings.Builder, a *Arguments) {
	if a == nil {
		return
	}
	b.WriteString(" (arguments")
	dumpList(b, "posonly", a.PosOnly)
	dumpList(b, "", a.Args)
	dumpOpt(b, "vararg", argNode(a.Vararg))
	dumpList(b, "kwonly", a.KwOnly)
	if len(a.KwDefaults) > 0 {
		b.WriteString(" kwdefaults=[")
		for i, d := range a.KwDefaults {
			if i > 0 {
				b.WriteByte(' ')
			}
			if d == nil {
				b.WriteByte('_')
			} else {
				dump(b, d)
			}
		}
		b.WriteByte(']')
	}
	dumpOpt(b, "kwarg", argNode(a.Kwarg))
	dumpList(b, "defaults", a.Defaults)
	b.WriteByte(')')
}

func argNode(a *Arg) Node {
	if a == nil {
		return nil
	}
	return a
}

// Span returns the extent of the module's statements, so that a *Module is a
// Node (and can be passed to Dump).
func (m *Module) Span() (start, end lexer.Pos) {
	if len(m.Body) == 0 {
		return start, end
	}
	start, _ = m.Body[0].Span()
	_, end = m.Body[len(m.Body)-1].Span()
	return start, end
}

// floatRepr formats f as Python's repr does.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}
