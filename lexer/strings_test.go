package lexer

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeString(t *testing.T) {
	for _, test := range cpythonStringTests {
		got, isBytes, err := DecodeString(test.raw)
		if err != nil || got != test.want || isBytes != test.isBytes {
			t.Errorf("DecodeString(%s) = %q, %v, %v; want %q, %v", test.raw, got, isBytes, err, test.want, test.isBytes)
		}
	}
	if got, _, _ := DecodeString(`'\ud800'`); got != "\xed\xa0\x80" {
		t.Errorf("lone surrogate: %q", got)
	}
}

func TestDecodeStringErrors(t *testing.T) {
	for _, test := range []struct{ raw, want string }{
		{`b'é'`, "bytes can only contain ASCII literal characters"},
		{`'\N{FOO}'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name`},
		{`'ab\N'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \N character escape`},
		{`'\x4'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape`},
		{`'\xg'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape`},
		{`'\u12'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape`},
		{`'\U00110000'`, `(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character`},
		{`b'\xg'`, `(value error) invalid \x escape at position 0`},
		{`b'a\x4'`, `(value error) invalid \x escape at position 1`},
	} {
		_, _, err := DecodeString(test.raw)
		var e *Error
		if !errors.As(err, &e) || e.Msg != test.want || e.Kind != "SyntaxError" {
			t.Errorf("DecodeString(%s): got %v, want %s", test.raw, err, test.want)
		}
	}
	for _, raw := range []string{``, `'`, `x'a'`, `'a`, `'''a''`, `f'x'`} {
		if _, _, err := DecodeString(raw); err == nil {
			t.Errorf("DecodeString(%s): no error", raw)
		}
	}
}

// fparts renders f-string parts compactly: literals quoted, fields in braces.
func fparts(parts []FPart) string {
	var b strings.Builder
	for _, p := range parts {
		if !p.IsExpr {
			b.WriteString(strconvQuote(p.Literal))
			continue
		}
		b.WriteString("{" + p.Expr)
		if p.Debug {
			b.WriteString("=")
		}
		if p.Conversion != 0 {
			b.WriteString("!" + string(p.Conversion))
		}
		if p.Spec != nil {
			b.WriteString(":" + fparts(p.Spec))
		}
		b.WriteString("@" + p.ExprPos.String() + "}")
	}
	return b.String()
}

func strconvQuote(s string) string { return "«" + s + "»" }

func TestSplitFString(t *testing.T) {
	for _, test := range []struct{ raw, want string }{
		{`f''`, ``},
		{`f'abc'`, `«abc»`},
		{`f'a{{b}}c'`, `«a{b}c»`},
		{`f'a\n{x}b'`, "«a\n»{x@1:7}«b»"},
		{`f'{x!r}'`, `{x!r@1:4}`},
		{`f'{ x + 1 !s:>10}'`, `{ x + 1 !s:«>10»@1:4}`},
		{`f'{x:{w}.{p}f}'`, `{x:{w@1:7}«.»{p@1:11}«f»@1:4}`},
		{`f'{x=}'`, `«x=»{x=!r@1:4}`},
		{`f'a{x = }'`, `«ax = »{x =!r@1:5}`},
		{`f'{x=:>5}'`, `«x=»{x=:«>5»@1:4}`},
		{`f'{x=!s}'`, `«x=»{x=!s@1:4}`},
		{`f'{x!=y}'`, `{x!=y@1:4}`},
		{`f'{x==y}'`, `{x==y@1:4}`},
		{`f'{x:=1}'`, `{x:«=1»@1:4}`},
		{`f'{(x:=1)}'`, `{(x:=1)@1:4}`},
		{`f'{d["}"]}'`, `{d["}"]@1:4}`},
		{`f'{'a'+'b'}'`, `{'a'+'b'@1:4}`},
		{`f'{f'{x}'}'`, `{f'{x}'@1:4}`},
		{`f'{x:}'`, `{x:@1:4}`},
		{`f'\{x}'`, `«\»{x@1:5}`},
		{`rf'\n{x}\t'`, `«\n»{x@1:7}«\t»`},
		{`f'\N{BULLET}{x}'`, `«•»{x@1:14}`},
		{`f'{x:\n}'`, "{x:«\n»@1:4}"},
		{`f'{ {1: 2}[1] }'`, `{ {1: 2}[1] @1:4}`},
		{"f'''{\nx\n}'''", "{\nx\n@1:6}"},
		{"f'''a\nb{x}'''", "«a\nb»{x@2:3}"},
		{`f"{d[0]:{'>'}{10}}"`, `{d[0]:{'>'@1:10}{10@1:15}@1:4}`},
	} {
		parts, err := SplitFString(test.raw, Pos{Line: 1, Col: 1})
		if err != nil {
			t.Errorf("SplitFString(%s): %v", test.raw, err)
			continue
		}
		if got := fparts(parts); got != test.want {
			t.Errorf("SplitFString(%s):\n got %s\nwant %s", test.raw, got, test.want)
		}
	}
	// Conversion and Spec fields
	parts, _ := SplitFString(`f'{x!a:5}'`, Pos{Line: 1, Col: 1})
	want := []FPart{{IsExpr: true, Expr: "x", ExprPos: Pos{Offset: 3, Line: 1, Col: 4}, Conversion: 'a', Spec: []FPart{{Literal: "5"}}}}
	if !reflect.DeepEqual(parts, want) {
		t.Errorf("got %+v", parts)
	}
}

func TestSplitFStringErrors(t *testing.T) {
	for _, test := range []struct{ raw, want string }{
		{`f'{}'`, `1:4: f-string: valid expression required before '}'`},
		{`f'{ }'`, `1:5: f-string: valid expression required before '}'`},
		{`f'{!r}'`, `1:4: f-string: valid expression required before '!'`},
		{`f'{=}'`, `1:4: f-string: valid expression required before '='`},
		{`f'{:x}'`, `1:4: f-string: valid expression required before ':'`},
		{`f'}'`, `1:3: f-string: single '}' is not allowed`},
		{`f'{x}}'`, `1:6: f-string: single '}' is not allowed`},
		{`f'{x!z}'`, `1:6: f-string: invalid conversion character 'z': expected 's', 'r', or 'a'`},
		{`f'{x!rr}'`, `1:6: f-string: invalid conversion character 'rr': expected 's', 'r', or 'a'`},
		{`f'{x!}'`, `1:6: f-string: missing conversion character`},
		{`f'{x! r}'`, `1:5: f-string: conversion type must come right after the exclamanation mark`},
		{`f'{x!r=}'`, `1:7: f-string: expecting ':' or '}'`},
		{`f'{x!r!s}'`, `1:7: f-string: expecting ':' or '}'`},
		{`f'{x:{y:{z:{w}}}}'`, `1:11: f-string: expressions nested too deeply`},
		{`f'{)}'`, `1:4: f-string: unmatched ')'`},
		{`f'\N{DASH}'`, `1:1: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name`},
	} {
		_, err := SplitFString(test.raw, Pos{Line: 1, Col: 1})
		if err == nil || err.Error() != test.want {
			t.Errorf("SplitFString(%s): got %v, want %s", test.raw, err, test.want)
		}
	}
}
