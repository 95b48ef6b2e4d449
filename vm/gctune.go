package vm

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
)

// The Go collector starts a cycle when the heap has grown by GOGC% (100)
// over the live heap, with a 4 MB floor. Python programs allocate at a high
// rate (floats, enumerate's tuples, bound methods, frames' cells), so with a
// small live heap the collector runs hundreds of times a second, and while it
// marks, every pointer store pays the write barrier.
//
// tuneGC gives the collector a minimum heap instead: after each cycle the GC
// percentage is set so that the next cycle starts when the heap reaches
// max(2 x live heap, minHeap), and at most 5 x live — GOGC=100 for big
// heaps, where peak memory matters; fewer cycles for small ones, where it
// costs at most minHeap of resident memory. (A ballast allocation would do
// the same but is zeroed, so it costs startup time and resident pages.) The
// floor is on the heap, not on the headroom above the live heap: a program
// holding 8 MB (binary_trees.py's long-lived tree) peaks at 16 MB, not 24.
//
// PYG_GC_MIN_HEAP_MB overrides the minimum heap (0 disables); setting GOGC
// also disables it, leaving the collector as the user configured it.

const defaultMinHeapMB = 16

// maxGCPercent bounds the percentage: the next cycle's live heap may be
// larger than the last one's.
const maxGCPercent = 400

var gcTuneOnce sync.Once

func tuneGC() {
	gcTuneOnce.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		mb := defaultMinHeapMB
		if s := os.Getenv("PYG_GC_MIN_HEAP_MB"); s != "" {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				mb = n
			}
		}
		if mb == 0 {
			return
		}
		t := &gcTuner{minHeap: uint64(mb) << 20, percent: 100}
		t.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/globals:bytes"}, {Name: "/gc/scan/stack:bytes"}}
		t.retune()
		t.arm()
	})
}

type gcTuner struct {
	minHeap uint64
	percent int
	sample  []metrics.Sample
}

// gcSentinel is garbage whose finalizer runs after each collection.
type gcSentinel struct {
	t   *gcTuner
	pad [4]*byte // keep it out of the tiny allocator (finalizers need their own object)
}

func (t *gcTuner) arm() {
	goruntime.SetFinalizer(&gcSentinel{t: t}, func(s *gcSentinel) {
		s.t.retune()
		s.t.arm()
	})
}

func (t *gcTuner) retune() {
	metrics.Read(t.sample)
	// The pacer's goal is live + (live+globals+stacks)*GOGC/100.
	live := uint64(0)
	for _, s := range t.sample {
		if s.Value.Kind() == metrics.KindUint64 {
			live += s.Value.Uint64()
		}
	}
	if live < 1<<20 {
		live = 1 << 20
	}
	p := 100
	if live < t.minHeap/2 {
		q := (t.minHeap - live) * 100 / live
		p = int(min(q, maxGCPercent))
	}
	// Avoid resetting the pacer for small changes.
	if p*8 < t.percent*7 || p*8 > t.percent*9 {
		t.percent = p
		debug.SetGCPercent(p)
	}
}
