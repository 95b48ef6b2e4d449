package vm

import (
	"unsafe"

	"pyg/runtime"
)

// Float boxes. A runtime.Float stored in an Object points to a heap copy of
// the float64; Go allocates one per conversion (runtime.convT64), which on
// float-heavy code (nbody) costs a fifth of the run. The eval loop's float
// fast paths instead take boxes from a per-thread chunk of floatChunk
// values: one allocation per chunk, no locking (each thread has its own),
// and the chunk holds no pointers, so the collector never scans it. A box
// is written once, before the Object holding it is made, and never again.
//
// The cost: a chunk stays alive while any of its boxes does, so a program
// that keeps one float out of every floatChunk it computes holds floatChunk
// times the memory for them (128 bytes instead of Go's 16-byte tiny block
// per float at most).
const floatChunk = 16

type floatSlab struct {
	chunk []runtime.Float
}

// eface is the layout of a non-empty interface value (runtime.Object).
type eface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// floatTab is the itab of runtime.Float as a runtime.Object.
var floatTab = func() unsafe.Pointer {
	var o runtime.Object = runtime.Float(1.5)
	return (*eface)(unsafe.Pointer(&o)).tab
}()

// boxFloat returns x as an Object, its box taken from the thread's chunk.
func (s *floatSlab) boxFloat(x runtime.Float) runtime.Object {
	if len(s.chunk) == 0 {
		s.chunk = make([]runtime.Float, floatChunk)
	}
	p := &s.chunk[0]
	s.chunk = s.chunk[1:]
	*p = x
	e := eface{tab: floatTab, data: unsafe.Pointer(p)}
	return *(*runtime.Object)(unsafe.Pointer(&e))
}
