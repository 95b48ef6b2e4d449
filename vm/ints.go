package vm

import (
	"unsafe"

	"pyg/runtime"
)

// Boxing an Int into a runtime.Object allocates for values past 255 (Go
// keeps only those preallocated). Loop counters and small results are
// common enough to keep boxes for a range of values: intBoxes holds their
// 8-byte values, and an Object for one is made by pointing at its slot. A
// table of ready Objects would be 1 MB of pointers for the collector to
// scan at every cycle; this array has none.
const (
	intTableMin  = -1024
	intTableSize = 1 << 16
)

var intBoxes [intTableSize]runtime.Int

func init() {
	for i := range intBoxes {
		intBoxes[i] = runtime.Int(i + intTableMin)
	}
}

// tableInt returns the boxed Object of the small int at offset u of the table.
func tableInt(u uint64) runtime.Object {
	e := eface{tab: intTab, data: unsafe.Pointer(&intBoxes[u])}
	return *(*runtime.Object)(unsafe.Pointer(&e))
}

// boxInt returns i as an Object, without allocating for small values.
func boxInt(i runtime.Int) runtime.Object {
	if u := uint64(i - intTableMin); u < intTableSize {
		return tableInt(u)
	}
	return i
}
