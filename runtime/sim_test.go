package runtime

import (
	"testing"
	"unsafe"
)

// simPair returns a free-threaded simulator with two attached threads.
func simPair(t *testing.T) (*Sim, *SimThread, *SimThread) {
	t.Helper()
	in := NewInterpreter(true)
	cost := SimCost{Coherence: 60_000, Window: 100_000_000}
	in.Sim = NewSim(2, true, 0, cost)
	a, b := in.NewThread().Sim, in.NewThread().Sim
	a.Clock, b.Clock = 0, 0
	return in.Sim, a, b
}

// write makes st write the line at p n times, step ps apart from time from.
func write(st *SimThread, p unsafe.Pointer, from, step int64, n int) {
	for i := 0; i < n; i++ {
		st.Clock = from + int64(i)*step
		st.Shared(p)
	}
}

func TestSimCoherence(t *testing.T) {
	var x, y int64
	px, py := unsafe.Pointer(&x), unsafe.Pointer(&y)

	// Two threads writing the same line over the same span of virtual time
	// pay a transfer each per write of the one that writes less.
	s, a, b := simPair(t)
	write(a, px, 0, 1_000, 100) // 0..99 ns
	write(b, px, 500, 5_000, 10)
	if s.Misses != 20 || b.debt != 0 || a.debt != 10*s.Cost.Coherence {
		t.Errorf("ping-pong: misses %d, debt a %d b %d", s.Misses, a.debt, b.debt)
	}

	// Lines nobody else writes cost nothing.
	s, a, b = simPair(t)
	write(a, px, 0, 1_000, 100)
	write(b, py, 0, 1_000, 100)
	if s.Misses != 0 {
		t.Errorf("private lines: %d misses", s.Misses)
	}

	// A write shortly after another core's run takes the line once.
	s, a, b = simPair(t)
	write(a, px, 0, 1_000, 100)
	write(b, px, 200_000, 1_000, 50)
	if s.Misses != 1 || a.debt != 0 {
		t.Errorf("handover: misses %d, debt %d", s.Misses, a.debt)
	}

	// Long after the window, the line is no longer in the other cache.
	s, a, b = simPair(t)
	write(a, px, 0, 1_000, 100)
	write(b, px, 10*s.Cost.Window, 1_000, 50)
	if s.Misses != 0 {
		t.Errorf("after the window: %d misses", s.Misses)
	}

	// With one live thread nothing is tracked.
	s, a, _ = simPair(t)
	s.live = 1
	write(a, px, 0, 1_000, 10)
	if len(s.lines) != 0 || s.Misses != 0 {
		t.Errorf("one thread: %d lines, %d misses", len(s.lines), s.Misses)
	}
}

// TestSimGCWorker: the collector's work runs on an idle core for free and
// delays the thread when it has the only core.
func TestSimGCWorker(t *testing.T) {
	for _, tc := range []struct {
		cores int
		start int64
	}{{2, 1_000_000}, {1, 1_000_000 + 40_000_000}} {
		in := NewInterpreter(true)
		in.Sim = NewSim(tc.cores, true, 0, SimCost{})
		st := in.NewThread().Sim
		st.Clock = 1_000_000
		st.gcWork = 40_000_000
		in.Sim.flush(st)
		in.Sim.coreFree[st.core] = st.Clock
		if got := in.Sim.pick(); got != st || st.Clock != tc.start {
			t.Errorf("%d cores: thread starts at %d, want %d", tc.cores, st.Clock, tc.start)
		}
		if in.Sim.GCTime != 40_000_000 || in.Sim.gcPending != 0 {
			t.Errorf("%d cores: GC ran %d ps, %d pending", tc.cores, in.Sim.GCTime, in.Sim.gcPending)
		}
	}
}
