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
	if n < 2 {
		if n == 1 && key != nil && key != None {
			_, err := Call(t, key, items[:1], nil)
			return err
		}
		return nil
	}
	if key == nil || key == None {
		work := items
		if reverse {
			work = make([]Object, n)
			copy(work, items)
			slices.Reverse(work)
		}
		if ok := sortFastNoKey(work); !ok {
			if !reverse {
				work = make([]Object, n)
				copy(work, items)
			}
			if err := sortMerge(work, sortLessFor(t, work)); err != nil {
				return err
			}
		}
		if reverse {
			slices.Reverse(work)
		}
		if &work[0] != &items[0] {
			copy(items, work)
		}
		return nil
	}
	pairs := make([]sortPair, n)
	keys := make([]Object, n)
	for i, v := range items {
		k, err := Call(t, key, []Object{v}, nil)
		if err != nil {
			return err
		}
		pairs[i] = sortPair{k, v}
		keys[i] = k
	}
	if reverse {
		slices.Reverse(pairs)
		slices.Reverse(keys)
	}
	less := sortLessFor(t, keys)
	err := sortMerge(pairs, func(x, y sortPair) (bool, error) { return less(x.key, y.key) })
	if err != nil {
		return err
	}
	if reverse {
		slices.Reverse(pairs)
	}
	for i, p := range pairs {
		items[i] = p.val
	}
	return nil
}

type sortPair struct{ key, val Object }

// sortFastNoKey sorts plain ints in place (equal ints are indistinguishable,
// so an unstable sort is fine); it reports false when items are not all Int.
func sortFastNoKey(items []Object) bool {
	for _, v := range items {
		if _, ok := v.(Int); !ok {
			return false
		}
	}
	slices.SortFunc(items, func(a, b Object) int {
		x, y := a.(Int), b.(Int)
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	})
	return true
}

// sortLessFor returns the < comparison for keys: a fast one when all are
// ints, floats or exact strs, else the generic rich comparison.
func sortLessFor(t *Thread, keys []Object) func(a, b Object) (bool, error) {
	kind := 0 // 1 int, 2 float, 3 str
	for i, k := range keys {
		var kk int
		switch v := k.(type) {
		case Int:
			kk = 1
		case Float:
			kk = 2
		case *Str:
			if v.Type() == StrType {
				kk = 3
			}
		}
		if i == 0 {
			kind = kk
		} else if kk != kind {
			kind = 0
		}
		if kind == 0 {
			break
		}
	}
	switch kind {
	case 1:
		return func(a, b Object) (bool, error) { return a.(Int) < b.(Int), nil }
	case 2:
		return func(a, b Object) (bool, error) { return a.(Float) < b.(Float), nil }
	case 3:
		return func(a, b Object) (bool, error) { return a.(*Str).s < b.(*Str).s, nil }
	}
	return func(a, b Object) (bool, error) { return CompareBool(t, a, b, OpLt) }
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
