package runtime

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// Budget is implemented by an interpreter's Impl (the VM) to bound the work
// and memory of a program (for untrusted code). Go code that loops over
// Python objects calls Thread.Tick once per item, and code about to make a
// large allocation calls Thread.CheckAlloc, so that a single builtin call
// such as sum(range(10**12)) or list(range(10**9)) stays within the budget.
type Budget interface {
	// Tick counts one item of work done by Go code and returns the
	// exception to raise when a budget is exhausted.
	Tick(t *Thread) error
	// TickWork counts n items at once (see Thread.TickWork).
	TickWork(t *Thread, n int64) error
	// MemoryLimit is the memory budget in bytes (0: none).
	MemoryLimit() int64
}

// Tick counts one unit of work done in Go for the interpreter's budget.
func (t *Thread) Tick() error {
	if t.EvalBreaker.Load()&BreakStepLimit == 0 {
		// No budget: the VM sets the bit on every thread of an
		// interpreter that has one (and leaves it set).
		return nil
	}
	if b, ok := t.Interp.Impl.(Budget); ok {
		return b.Tick(t)
	}
	return nil
}

// largeAlloc is the size from which CheckAlloc looks at the heap.
const largeAlloc = 1 << 20

// CheckAlloc returns MemoryError when allocating n more bytes would exceed
// the interpreter's memory budget, or the machine's memory when there is no
// budget (where CPython's malloc would fail; Go would abort the process).
func (t *Thread) CheckAlloc(n int64) error {
	if n < largeAlloc {
		if n < 0 {
			return NewException(t, MemoryErrorType)
		}
		return nil
	}
	limit := systemMemory()
	if b, ok := t.Interp.Impl.(Budget); ok {
		if m := b.MemoryLimit(); m > 0 {
			limit = m
		}
	}
	if limit <= 0 {
		return nil
	}
	if n > limit || !HeapBelow(limit-n) {
		return NewException(t, MemoryErrorType)
	}
	return nil
}

// CheckAllocItems is CheckAlloc for n items of size bytes each.
func (t *Thread) CheckAllocItems(n, size int64) error {
	if n > 0 && size > 0 && n > (1<<62)/size {
		return NewException(t, MemoryErrorType)
	}
	return t.CheckAlloc(n * size)
}

// HeapInUse returns the bytes of the Go heap held by objects (live ones and
// garbage not yet swept).
func HeapInUse() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// HeapBelow reports whether the heap's live objects take at most limit
// bytes, collecting garbage before it says no, unless a collection it forced
// ended less than forcedGCGap ago: a program that catches MemoryError and
// goes on over the limit (or interpreters sharing the process) would
// otherwise force a full collection at every check.
func HeapBelow(limit int64) bool {
	if HeapInUse() <= limit {
		return true
	}
	if time.Now().UnixNano()-lastForcedGC.Load() < int64(forcedGCGap) {
		return false
	}
	runtime.GC()
	lastForcedGC.Store(time.Now().UnixNano())
	return HeapInUse() <= limit
}

// lastForcedGC is when (Unix ns) the last collection HeapBelow forced ended.
var lastForcedGC atomic.Int64

const forcedGCGap = 10 * time.Millisecond

// byteArrayRepeatError is the error of an oversized bytearray repetition:
// CPython's bytearray reports every overflow as MemoryError.
func byteArrayRepeatError(t *Thread, err error) error {
	if e, ok := err.(*Exception); ok && e.typ == OverflowErrorType {
		return NewException(t, MemoryErrorType)
	}
	return err
}
