package runtime

import (
	"sync"
	"sync/atomic"
	"time"
)

// ClassicGIL is the global interpreter lock of GIL mode, after CPython's
// Python/ceval_gil.c (the "new GIL" of Python 3.2, bpo-7946's design):
//
//   - One thread holds the lock and runs bytecode.
//   - A thread that wants it waits up to the switch interval; if the holder
//     has not let go by then (and has not switched meanwhile), the waiter
//     sets a drop request in the holder's eval breaker.
//   - The holder sees the request at its next eval-breaker check (function
//     entry, backward jump), releases the lock, and — forced switching —
//     waits until another thread has actually taken it, so it cannot grab it
//     straight back.
//   - Blocking calls (sleep, I/O, lock waits) release it through
//     Thread.Blocking.
type ClassicGIL struct {
	interval atomic.Int64 // switch interval in nanoseconds

	mu           sync.Mutex
	locked       bool
	holder       *Thread
	last         *Thread // last holder (for --trace hand-off events)
	switchNumber uint64
	released     chan struct{} // closed at each release (wakes waiters)
	switched     chan struct{} // closed each time a thread takes the lock

	stats GILStats
}

// GILStats counts what the GIL did (for -X gilstats and the scaling lab).
type GILStats struct {
	Acquisitions   int64         // times a thread took the GIL
	DropRequests   int64         // times a waiter asked the holder to let go
	ForcedSwitches int64         // times a holder waited for another thread to take over
	WaitTime       time.Duration // total time threads spent waiting for the GIL
}

// NewClassicGIL returns an unlocked GIL with the given switch interval.
func NewClassicGIL(interval time.Duration) *ClassicGIL {
	g := &ClassicGIL{released: make(chan struct{}), switched: make(chan struct{})}
	g.interval.Store(int64(interval))
	return g
}

// SetInterval changes the switch interval (sys.setswitchinterval).
func (g *ClassicGIL) SetInterval(d time.Duration) { g.interval.Store(int64(d)) }

// Interval returns the switch interval.
func (g *ClassicGIL) Interval() time.Duration { return time.Duration(g.interval.Load()) }

// Acquire blocks until t holds the GIL.
func (g *ClassicGIL) Acquire(t *Thread) {
	g.mu.Lock()
	var start time.Time
	waited := false
	for g.locked {
		if !waited {
			start = time.Now()
			waited = true
			t.LabState("waiting for GIL")
		}
		released := g.released
		sn := g.switchNumber
		g.mu.Unlock()
		timer := time.NewTimer(g.Interval())
		timedOut := false
		select {
		case <-released:
			timer.Stop()
		case <-timer.C:
			timedOut = true
		}
		g.mu.Lock()
		if timedOut && g.locked && g.switchNumber == sn && g.holder != nil {
			// The holder ran a whole interval without switching: ask it to drop.
			g.holder.EvalBreaker.Or(BreakGILDrop)
			g.stats.DropRequests++
			g.holder.GILDropRequests.Add(1)
		}
	}
	g.locked = true
	g.holder = t
	g.switchNumber++
	close(g.switched)
	g.switched = make(chan struct{})
	g.stats.Acquisitions++
	t.GILAcquisitions.Add(1)
	if waited {
		w := time.Since(start)
		g.stats.WaitTime += w
		t.GILWaitNS.Add(int64(w))
	}
	if t.Interp.Lab != nil {
		if g.last != nil && g.last != t {
			t.Interp.Lab.instant(t, "GIL hand-off", map[string]any{"from": g.last.ID, "to": t.ID})
		}
		g.last = t
		t.LabState("running")
	}
	// A request aimed at a previous tenure of this thread is void now.
	t.EvalBreaker.And(^BreakGILDrop)
	g.mu.Unlock()
}

// Release lets go of the GIL. If t was asked to drop it, Release returns only
// once another thread has taken it (forced switching).
func (g *ClassicGIL) Release(t *Thread) {
	g.mu.Lock()
	g.locked = false
	g.holder = nil
	close(g.released)
	g.released = make(chan struct{})
	forced := t.EvalBreaker.Load()&BreakGILDrop != 0
	sn := g.switchNumber
	switched := g.switched
	if forced {
		g.stats.ForcedSwitches++
		t.GILForcedSwitches.Add(1)
	}
	g.mu.Unlock()
	if forced {
		t.EvalBreaker.And(^BreakGILDrop)
		for {
			<-switched
			g.mu.Lock()
			done := g.switchNumber != sn
			switched = g.switched
			g.mu.Unlock()
			if done {
				return
			}
		}
	}
}

// Stats returns a snapshot of the counters.
func (g *ClassicGIL) Stats() GILStats {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.stats
}

// Holder returns the thread holding the GIL, or nil.
func (g *ClassicGIL) Holder() *Thread {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.holder
}
