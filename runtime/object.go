package runtime

import (
	"math"
	"sync/atomic"
	"unsafe"
)

// Object is any Python value.
//
// Heap objects embed Header (which carries the reference count and satisfies
// the unexported part of this interface); immutable value types (Int, Float,
// Bool, NoneType...) are not reference counted and return nil from header.
// Types outside this package become Objects by embedding Header.
type Object interface {
	// Type returns the object's Python type.
	Type() *Type
	header() *Header
}

// Header is embedded first in every reference-counted object.
//
// Reference counting follows a "floating" discipline: a new object starts at
// count 0; the VM counts the references held by its value stacks, local
// variables and cells, and containers count the references they hold. When a
// count drops to zero the object is queued on the thread's zero-count table and
// deallocated at the next safe point (Thread.ProcessZeroCounts), when every live
// reference is a counted one. Counts go through Thread.Incref/Decref only, so
// the GIL build uses plain arithmetic and the free-threaded build atomics.
type Header struct {
	rc int64 // < 0: immortal
}

func (h *Header) header() *Header { return h }

// immortalCount marks an object whose count never changes (PEP 683).
const immortalCount = -1 << 60

// SetImmortal makes o immortal: its count is never changed again. Call it
// before o is shared between threads.
func SetImmortal(o Object) {
	if h := o.header(); h != nil && atomic.LoadInt64(&h.rc) >= 0 {
		// Already-immortal objects (shared interned strings, types) are
		// only read, so interpreters loading code concurrently don't race.
		atomic.StoreInt64(&h.rc, immortalCount)
	}
}

// RefCount returns o's reference count as sys.getrefcount sees it (immortal
// and uncounted objects report CPython's immortal value).
func RefCount(o Object) int64 {
	h := o.header()
	if h == nil {
		return 4294967295
	}
	n := atomic.LoadInt64(&h.rc)
	if n < 0 {
		return 4294967295
	}
	return n
}

// isNil reports whether o is nil or a typed nil pointer (an interface whose
// data word is nil), which Incref and Decref ignore.
func isNil(o Object) bool {
	return o == nil || (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1] == nil
}

// Incref adds one reference to o.
func (t *Thread) Incref(o Object) {
	if isNil(o) {
		return
	}
	h := o.header()
	if h == nil {
		return
	}
	if t.shared {
		if atomic.LoadInt64(&h.rc) < 0 {
			return
		}
		atomic.AddInt64(&h.rc, 1)
		if t.Sim != nil {
			t.RCOps++
			t.Sim.Shared(unsafe.Pointer(h))
		}
	} else {
		if h.rc < 0 {
			return
		}
		h.rc++
	}
	t.refTotal++
}

// Decref drops one reference to o; at zero, o is queued for deallocation at the
// next safe point.
func (t *Thread) Decref(o Object) {
	if isNil(o) {
		return
	}
	h := o.header()
	if h == nil {
		return
	}
	var n int64
	if t.shared {
		if atomic.LoadInt64(&h.rc) < 0 {
			return
		}
		n = atomic.AddInt64(&h.rc, -1)
		if t.Sim != nil {
			t.RCOps++
			t.Sim.Shared(unsafe.Pointer(h))
		}
	} else {
		if h.rc < 0 {
			return
		}
		h.rc--
		n = h.rc
	}
	t.refTotal--
	if n == 0 {
		t.queueZeroCount(o)
	}
}

// queueZeroCount puts o, whose count dropped to zero, on the zero-count table.
// The eval breaker is only signalled when the table was empty: while it holds
// objects, the bit is set, or the VM postponed processing (and sets the bit
// again when it can process), or ProcessZeroCounts is running and empties the
// table before it returns.
func (t *Thread) queueZeroCount(o Object) {
	if len(t.zct) == 0 {
		t.EvalBreaker.Or(BreakZeroCount)
	}
	t.zct = append(t.zct, o)
}

// Discard drops an object that Go code received and no longer needs, such as
// an exception it caught and swallowed: if nothing counts it (a floating new
// object), it is deallocated at the next safe point, which releases the
// references it holds; a counted object is left as it is.
func (t *Thread) Discard(o Object) {
	t.Incref(o)
	t.Decref(o)
}

// ProcessZeroCounts deallocates the queued objects whose count is still zero.
// The VM calls it at safe points: between instructions, when no uncounted Go
// reference to a Python object is live.
//
// Free-threaded, once a second thread exists, another thread may still hold an
// uncounted reference to an object whose count reached zero: it read the object
// from a dict, a list or an inline cache and has not counted it yet, within one
// instruction. Those objects are therefore freed only after a grace period, as
// CPython's free-threaded build does with its QSBR (quiescent-state-based
// reclamation, Python/qsbr.c): see processDeferred.
func (t *Thread) ProcessZeroCounts() {
	if t.inDealloc {
		return
	}
	if t.shared && t.Interp.Sim == nil {
		t.processDeferred()
		return
	}
	for len(t.zct) > 0 {
		t.inDealloc = true
		// Swap in the spare table so that neither is reallocated: objects
		// freed by Dealloc below queue on the spare.
		batch := t.zct
		t.zct, t.zctSpare = t.zctSpare[:0], nil
		t.deallocBatch(batch)
		if cap(batch) <= zctKeep {
			t.zctSpare = batch[:0]
		}
		t.inDealloc = false
	}
}

// deallocBatch deallocates the objects of batch whose count is still zero and
// clears batch.
func (t *Thread) deallocBatch(batch []Object) {
	for i, o := range batch {
		batch[i] = nil
		h := o.header()
		var n int64
		if t.shared {
			n = atomic.LoadInt64(&h.rc)
		} else {
			n = h.rc
		}
		if n != 0 {
			continue
		}
		// The object is dead from now on: it becomes uncounted, so it is
		// never deallocated twice. Dealloc drops the references o holds
		// (and runs __del__).
		if t.shared {
			if !atomic.CompareAndSwapInt64(&h.rc, 0, immortalCount) {
				continue
			}
		} else {
			h.rc = immortalCount
		}
		if d := o.Type().Dealloc; d != nil {
			d(t, o)
		}
	}
}

// deferredBatch is a batch of zero-count objects waiting for the grace period
// that ends when every other thread has passed a quiescent point after epoch
// goal began.
type deferredBatch struct {
	goal uint64
	objs []Object
}

// processDeferred is ProcessZeroCounts for free-threaded interpreters with
// more than one thread (quiescent-state-based reclamation).
//
// The interpreter has a global epoch. A batch of objects whose counts reached
// zero is tagged with a new epoch and every other thread is asked (eval-breaker
// bit BreakQuiescent) to report a quiescent state: at its next eval-breaker
// check in its outermost eval loop, where it holds no uncounted reference, it
// records the current epoch (Thread.Quiescent). A thread blocked in Go code
// (Thread.Blocking) counts as quiescent throughout. When every other thread has
// recorded an epoch at least the batch's, no thread can still hold an uncounted
// reference obtained before the objects' counts reached zero: the objects whose
// count is still zero are deallocated (an object counted again meanwhile, by a
// reader that had just loaded it, is left alive).
func (t *Thread) processDeferred() {
	in := t.Interp
	t.inDealloc = true
	if in.orphanCount.Load() > 0 {
		in.mu.Lock()
		t.deferred = append(t.deferred, in.orphans...)
		in.orphans = nil
		in.orphanCount.Store(0)
		in.mu.Unlock()
	}
	for {
		if len(t.zct) > 0 {
			goal := in.qsEpoch.Add(1)
			t.deferred = append(t.deferred, deferredBatch{goal, t.zct})
			t.zct = nil
			in.requestQuiescence(t)
		}
		if len(t.deferred) == 0 {
			break
		}
		min := in.minQuiescent(t)
		ready := t.deferred[:0:0]
		kept := t.deferred[:0]
		for _, b := range t.deferred {
			if b.goal <= min {
				ready = append(ready, b)
			} else {
				kept = append(kept, b)
			}
		}
		for i := len(kept); i < len(t.deferred); i++ {
			t.deferred[i] = deferredBatch{}
		}
		t.deferred = kept
		if len(ready) == 0 {
			break
		}
		for _, b := range ready {
			t.deallocBatch(b.objs)
		}
	}
	t.inDealloc = false
	if len(t.deferred) > 0 {
		// Come back at the next check: the other threads report quiescence
		// within microseconds unless they run long Go code or nested evals.
		t.EvalBreaker.Or(BreakZeroCount)
	}
}

// requestQuiescence asks every thread but t to report a quiescent state.
func (in *Interpreter) requestQuiescence(t *Thread) {
	for _, o := range *in.threadSnap.Load() {
		if o != t {
			o.EvalBreaker.Or(BreakQuiescent)
		}
	}
}

// minQuiescent returns the oldest epoch reported by a thread other than t
// (math.MaxUint64 when there is none).
func (in *Interpreter) minQuiescent(t *Thread) uint64 {
	min := uint64(math.MaxUint64)
	for _, o := range *in.threadSnap.Load() {
		if o != t {
			if e := o.qsSeen.Load(); e < min {
				min = e
			}
		}
	}
	return min
}

// Quiescent records that t holds no uncounted reference to any object (the VM
// calls it at an eval-breaker check of its outermost eval loop).
func (t *Thread) Quiescent() {
	t.qsSeen.Store(t.Interp.qsEpoch.Load())
}

// zctKeep bounds the capacity of a zero-count table kept for reuse, so that
// one burst of frees does not pin a huge table.
const zctKeep = 1 << 14

// RefTotal returns the sum of the references this thread added and dropped.
func (t *Thread) RefTotal() int64 { return t.refTotal }
