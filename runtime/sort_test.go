package runtime_test

import (
	"testing"

	. "pyg/runtime"
)

func BenchmarkCtrSortInts(b *testing.B) {
	th := ctrThread()
	src := make([]Object, 1000000)
	for i := range src {
		src[i] = Int(int64(i*7919) % 1000003)
	}
	items := make([]Object, len(src))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(items, src)
		SortObjects(th, items, nil, false)
	}
}

func BenchmarkCtrSortStrs(b *testing.B) {
	th := ctrThread()
	src := make([]Object, 200000)
	for i := range src {
		r, _ := Repr(th, Int(int64(i*7919)%100003))
		src[i] = r
	}
	items := make([]Object, len(src))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(items, src)
		SortObjects(th, items, nil, false)
	}
}

func BenchmarkCtrSortTuples(b *testing.B) {
	th := ctrThread()
	src := make([]Object, 200000)
	for i := range src {
		src[i] = NewTuple(th, []Object{Int(int64(i*7919) % 1003), Int(int64(i))})
	}
	items := make([]Object, len(src))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(items, src)
		SortObjects(th, items, nil, false)
	}
}

func BenchmarkCtrAppendPop(b *testing.B) {
	th := ctrThread()
	l := NewList(th, nil)
	app, _ := GetAttrString(th, l, "append")
	pop, _ := GetAttrString(th, l, "pop")
	args := []Object{Int(1)}
	for i := 0; i < b.N; i++ {
		Call(th, app, args, nil)
		Call(th, pop, nil, nil)
	}
}

func BenchmarkCtrSetAdd(b *testing.B) {
	th := ctrThread()
	for i := 0; i < b.N; i++ {
		s := NewSet(th)
		for j := 0; j < 1000; j++ {
			s.Add(th, Int(int64(j)))
		}
	}
}

func BenchmarkCtrTupleHash(b *testing.B) {
	th := ctrThread()
	tu := NewTuple(th, []Object{Int(1), Int(2)})
	for i := 0; i < b.N; i++ {
		Hash(th, tu)
	}
}
