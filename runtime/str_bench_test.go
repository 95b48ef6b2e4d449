package runtime_test

import (
	"strings"
	"testing"

	. "pyg/runtime"
)

func BenchmarkStrConcat(b *testing.B) {
	th := NewInterpreter(false).NewThread()
	x, y := NewStr("hello "), NewStr("world")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Binary(th, OpAdd, x, y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrIndexASCII(b *testing.B) {
	th := NewInterpreter(false).NewThread()
	s := NewStr(strings.Repeat("abcdefgh", 100))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := GetItem(th, s, Int(i%800)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrIterASCII(b *testing.B) {
	th := NewInterpreter(false).NewThread()
	s := NewStr(strings.Repeat("abcdefgh", 100))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		it, _ := Iter(th, s)
		for {
			x, _ := Next(th, it)
			if x == nil {
				break
			}
		}
	}
}

func BenchmarkStrJoin(b *testing.B) {
	th := NewInterpreter(false).NewThread()
	items := make([]Object, 100)
	for i := range items {
		items[i] = NewStr("item")
	}
	l := NewList(th, items)
	sep := NewStr(", ")
	join, _ := GetAttrString(th, sep, "join")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Call(th, join, []Object{l}, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrSplit(b *testing.B) {
	th := NewInterpreter(false).NewThread()
	s := NewStr(strings.Repeat("word ", 100))
	split, _ := GetAttrString(th, s, "split")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Call(th, split, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrContains(b *testing.B) {
	th := NewInterpreter(false).NewThread()
	s := NewStr(strings.Repeat("abcdefgh", 100) + "xyz")
	sub := NewStr("xyz")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if ok, err := Contains(th, s, sub); err != nil || !ok {
			b.Fatal(err)
		}
	}
}
