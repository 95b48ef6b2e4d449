package vm

import "pyg/runtime"

// Boxing an Int into a runtime.Object allocates for values past 255 (Go
// keeps only those preallocated). Loop counters and small results are
// common enough to keep a table of boxed values.
const (
	intTableMin  = -1024
	intTableSize = 1 << 16
)

var intTable = func() []runtime.Object {
	backing := make([]runtime.Int, intTableSize)
	t := make([]runtime.Object, intTableSize)
	for i := range t {
		backing[i] = runtime.Int(i + intTableMin)
		t[i] = backing[i]
	}
	return t
}()

// boxInt returns i as an Object, without allocating for small values.
func boxInt(i runtime.Int) runtime.Object {
	if u := uint64(i - intTableMin); u < intTableSize {
		return intTable[u]
	}
	return i
}
