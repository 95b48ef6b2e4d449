package runtime

import (
	"slices"
)

// SortObjects sorts items in place, stably, by key(item) (key nil or None:
// the items themselves) using <, as list.sort and sorted() do. A comparison
// or key error is returned and leaves items unchanged. items must be a slice
// the caller owns (not a list's live storage).
func SortObjects(t *Thread, items []Object, key Object, reverse bool) error {
	n := len(items)
	hasKey := key != nil && key != None
	var keys []Object
	if hasKey {
		keys = make([]Object, n)
		for i, v := range items {
			k, err := Call(t, key, []Object{v}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if n < 2 {
		return nil
	}
	vals := items
	if reverse {
		// Reversing before and after a stable sort keeps equal items in
		// their original order, as CPython does.
		vals = make([]Object, n)
		copy(vals, items)
		slices.Reverse(vals)
		if hasKey {
			slices.Reverse(keys)
		}
	}
	if !hasKey {
		keys = vals
	}
	if perm := sortFastPerm(keys); perm != nil {
		out := make([]Object, n)
		for i, j := range perm {
			out[i] = vals[j]
		}
		vals = out
	} else if !hasKey {
		work := make([]Object, n)
		copy(work, vals)
		if err := sortMerge(work, sortLessFor(t, work)); err != nil {
			return err
		}
		vals = work
	} else {
		pairs := make([]sortPair, n)
		for i := range pairs {
			pairs[i] = sortPair{keys[i], vals[i]}
		}
		less := sortLessFor(t, keys)
		if err := sortMerge(pairs, func(x, y sortPair) (bool, error) { return less(x.key, y.key) }); err != nil {
			return err
		}
		vals = make([]Object, n)
		for i, p := range pairs {
			vals[i] = p.val
		}
	}
	if reverse {
		slices.Reverse(vals)
	}
	copy(items, vals)
	return nil
}

type sortPair struct{ key, val Object }

// sortReverseStable turns a stable ascending order of ints, floats or strs
// into the stable descending order (equal items keep their relative order).
func sortReverseStable(items []Object) {
	slices.Reverse(items)
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && sortFastEqual(items[i], items[j]) {
			j++
		}
		slices.Reverse(items[i:j])
		i = j
	}
}

func sortFastEqual(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		return x == b.(Int)
	case Float:
		y := b.(Float)
		return !(x < y) && !(y < x)
	case *Str:
		return x.s == b.(*Str).s
	}
	return false
}

type sortRec[K int64 | float64 | string] struct {
	k K
	i int
}

// sortFastPerm returns the stable sorting permutation of keys when they are
// all ints, all floats or all exact strs (compared without Python code), or
// nil.
func sortFastPerm(keys []Object) []int {
	switch k0 := keys[0].(type) {
	case Int:
		recs := make([]sortRec[int64], len(keys))
		for i, k := range keys {
			v, ok := k.(Int)
			if !ok {
				return nil
			}
			recs[i] = sortRec[int64]{int64(v), i}
		}
		return sortRecs(recs)
	case Float:
		recs := make([]sortRec[float64], len(keys))
		for i, k := range keys {
			v, ok := k.(Float)
			if !ok {
				return nil
			}
			recs[i] = sortRec[float64]{float64(v), i}
		}
		return sortRecs(recs)
	case *Str:
		if k0.Type() != StrType {
			return nil
		}
		recs := make([]sortRec[string], len(keys))
		for i, k := range keys {
			v, ok := k.(*Str)
			if !ok || v.Type() != StrType {
				return nil
			}
			recs[i] = sortRec[string]{v.s, i}
		}
		return sortRecs(recs)
	}
	return nil
}

func sortRecs[K int64 | float64 | string](recs []sortRec[K]) []int {
	slices.SortFunc(recs, func(a, b sortRec[K]) int {
		if a.k < b.k {
			return -1
		}
		if b.k < a.k {
			return 1
		}
		return a.i - b.i
	})
	perm := make([]int, len(recs))
	for i, r := range recs {
		perm[i] = r.i
	}
	return perm
}

// sortLessFor returns the < comparison for keys: a fast one for tuples whose
// first items are all ints or all exact strs (deciding most comparisons
// without the generic protocol), else the generic rich comparison.
func sortLessFor(t *Thread, keys []Object) func(a, b Object) (bool, error) {
	generic := func(a, b Object) (bool, error) { return CompareBool(t, a, b, OpLt) }
	first := 0 // 1: all tuples with an Int first item, 2: with a str first item
	for i, k := range keys {
		tu, ok := k.(*Tuple)
		if !ok || len(tu.Items) == 0 {
			return generic
		}
		kind := 0
		switch v := tu.Items[0].(type) {
		case Int:
			kind = 1
		case *Str:
			if v.Type() == StrType {
				kind = 2
			}
		}
		if kind == 0 || (i > 0 && kind != first) {
			return generic
		}
		first = kind
	}
	if first == 1 {
		return func(a, b Object) (bool, error) {
			x, y := a.(*Tuple).Items[0].(Int), b.(*Tuple).Items[0].(Int)
			if x != y {
				return x < y, nil
			}
			return CompareBool(t, a, b, OpLt)
		}
	}
	return func(a, b Object) (bool, error) {
		x, y := a.(*Tuple).Items[0].(*Str), b.(*Tuple).Items[0].(*Str)
		if x.s != y.s {
			return x.s < y.s, nil
		}
		return CompareBool(t, a, b, OpLt)
	}
}

const sortRun = 32

// sortMerge is a stable merge sort: binary insertion sort on short runs,
// then bottom-up merges. It stops at the first comparison error (a is then
// in an unspecified order).
func sortMerge[T any](a []T, less func(x, y T) (bool, error)) error {
	n := len(a)
	for lo := 0; lo < n; lo += sortRun {
		if err := sortInsertion(a[lo:min(lo+sortRun, n)], less); err != nil {
			return err
		}
	}
	if n <= sortRun {
		return nil
	}
	buf := make([]T, n)
	src, dst := a, buf
	for width := sortRun; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			if err := sortMergeRuns(src[lo:mid], src[mid:hi], dst[lo:hi], less); err != nil {
				return err
			}
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
	return nil
}

func sortInsertion[T any](a []T, less func(x, y T) (bool, error)) error {
	for i := 1; i < len(a); i++ {
		x := a[i]
		// fast check: already in place
		lt, err := less(x, a[i-1])
		if err != nil {
			return err
		}
		if !lt {
			continue
		}
		lo, hi := 0, i-1
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			lt, err := less(x, a[mid])
			if err != nil {
				return err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		copy(a[lo+1:i+1], a[lo:i])
		a[lo] = x
	}
	return nil
}

func sortMergeRuns[T any](l, r, dst []T, less func(x, y T) (bool, error)) error {
	if len(r) == 0 {
		copy(dst, l)
		return nil
	}
	if len(l) > 0 {
		lt, err := less(r[0], l[len(l)-1])
		if err != nil {
			return err
		}
		if !lt {
			copy(dst, l)
			copy(dst[len(l):], r)
			return nil
		}
	}
	i, j, k := 0, 0, 0
	for i < len(l) && j < len(r) {
		lt, err := less(r[j], l[i])
		if err != nil {
			return err
		}
		if lt {
			dst[k] = r[j]
			j++
		} else {
			dst[k] = l[i]
			i++
		}
		k++
	}
	k += copy(dst[k:], l[i:])
	copy(dst[k:], r[j:])
	return nil
}
