package runtime

import (
	"math"
	"sync"
	"unsafe"
)

// Sim is the deterministic virtual-time scheduler of `pyg --sim-cores N`.
//
// Execution model. Every Python thread is still its own goroutine, but only
// one goroutine runs at a time: the holder of the scheduler token. Each thread
// has a virtual clock (picoseconds). The token holder runs until its time
// slice (Quantum, jittered by the seed) is used up or it blocks; then the
// scheduler hands the token to the runnable thread that can start earliest on
// one of the N virtual cores (start = max(thread clock, earliest free core);
// ties go to the smaller clock, then to the older thread). The simulation is
// a discrete-event simulation at slice granularity: slices are executed in
// the order of their virtual start times, so the program's output, its
// interleavings and its timings depend only on the program, N, the mode and
// the seed — never on the host machine.
//
// Cost model (SimCost; the defaults are calibrated against real runs of
// cpu_threads.py on the development machine, see vm/sim.go):
//
//   - every bytecode instruction costs Op[opcode] (a base cost, more for calls
//     and for instructions that allocate);
//   - free-threaded mode adds Atomic per atomic reference-count operation and
//     ObjLock per per-object lock taken (counted by Thread.Incref/Decref and
//     Thread.Lock on the free-threaded paths);
//   - a GIL hand-off costs GILHandoff, waking a thread blocked on a lock or a
//     join costs Wake, starting a thread costs Spawn, and each blocking I/O
//     call (print, file I/O) costs IO;
//   - blocking calls (time.sleep, lock waits, joins) advance virtual time
//     without occupying a core; native functions that release the GIL
//     (_pygtest.spin) occupy a core but not the GIL.
//
// Interference between threads running at the same time:
//
//   - every instruction generates GC work GC[opcode] (its allocations'
//     share of the collector's work); the collector is a background worker
//     that takes a virtual core for its pending work whenever it can start no
//     later than the next thread (pick): on an idle core it costs the
//     threads nothing, on a fully busy machine it delays them;
//   - free-threaded, every atomic reference-count update and object lock is
//     a write to a cache line: writing a line another thread wrote within
//     Window costs Coherence, and both threads pay while they write it at the
//     same time (SimThread.Shared).
//
// GIL mode simulates CPython's ceval_gil.c protocol in virtual time: a thread
// that wants the GIL waits; if the holder has not switched within the switch
// interval, a drop request is set in the holder's eval breaker; the holder
// honours it at its next check (backward jump, call, function entry) and hands
// the GIL to the longest waiter (forced switching: it cannot take it back
// before the waiter ran). Voluntary releases (blocking calls) hand the GIL to
// the longest waiter at once.
//
// Free-threaded mode may switch the token at any instruction (slices end
// wherever the clock runs out), so unsynchronized read-modify-write sequences
// such as `x += 1` on a shared name can lose updates, as on real parallel
// hardware; Python locks serialize their critical sections in virtual time
// (a thread acquiring a lock whose recent critical sections, executed by other
// threads on other virtual cores, cover its clock waits until they end).
type Sim struct {
	Cores        int
	FreeThreaded bool
	Seed         uint64
	Cost         SimCost
	Quantum      int64 // time slice in picoseconds
	Interval     int64 // GIL switch interval in picoseconds

	// OnDeadlock is called when every thread is blocked forever.
	OnDeadlock func()

	mu       sync.Mutex
	threads  []*SimThread
	cur      *SimThread
	coreFree []int64
	rng      uint64
	locks    map[any]*simLock
	lab      *Lab

	gilHolder    *SimThread
	gilWaiters   []*SimThread
	dropDeadline int64 // virtual time of the next drop request, -1: none

	// The garbage collector as a background worker (see "Interference").
	gcPending int64 // GC work generated and not yet done, ps
	gcClock   int64 // when the pending work can start
	GCTime    int64 // GC work done on the virtual cores, ps

	// Cache lines written atomically (see "Interference"), in two
	// generations so that lines not written for a while are forgotten.
	lines, oldLines map[unsafe.Pointer]*simLine
	linesEpoch      int64 // virtual time at which lines becomes oldLines
	lineCache       [simLineCache]simLineRef
	live            int   // threads started and not ended
	Misses          int64 // coherence misses charged
}

// SimCost is the simulator's cost model, in picoseconds.
type SimCost struct {
	Op         [256]int64
	GC         [256]int64 // GC work each instruction's allocations generate
	Atomic     int64
	ObjLock    int64
	Coherence  int64 // a cache-line transfer between cores
	Window     int64 // how long a written line stays in its writer's cache
	GILHandoff int64
	Wake       int64
	Spawn      int64
	IO         int64
}

// Thread states in the simulator.
const (
	simRunnable = iota
	simBlocked
	simDone
)

// SimThread is one thread's state in the simulator.
type SimThread struct {
	sim      *Sim
	T        *Thread
	Clock    int64 // virtual time in picoseconds
	sliceEnd int64
	state    int
	core     int
	wake     chan struct{}
	key      any   // what a blocked thread waits for
	deadline int64 // -1: none
	timedOut bool
	// counters already charged
	rcSeen, lockSeen int64
	waitStart        int64
	Instrs           int64
	gcWork           int64 // GC work generated since the last flush
	debt             int64 // coherence misses charged by other threads' writes
}

type simLock struct {
	heldSince int64
	busy      [][2]int64
}

type gilKeyT struct{}

var gilKey = gilKeyT{}

const psPerSec = 1e12

// NewSim returns a scheduler for cores virtual cores.
func NewSim(cores int, freeThreaded bool, seed uint64, cost SimCost) *Sim {
	if cores < 1 {
		cores = 1
	}
	s := &Sim{
		Cores:        cores,
		FreeThreaded: freeThreaded,
		Seed:         seed,
		Cost:         cost,
		Quantum:      50_000_000, // 50 µs
		Interval:     5_000_000_000,
		coreFree:     make([]int64, cores),
		rng:          seed*0x9E3779B97F4A7C15 + 0x2545F4914F6CDD1D,
		locks:        map[any]*simLock{},
		dropDeadline: -1,
		lines:        map[unsafe.Pointer]*simLine{},
	}
	return s
}

func (s *Sim) rand() uint64 {
	// splitmix64
	s.rng += 0x9E3779B97F4A7C15
	z := s.rng
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

func (s *Sim) quantum() int64 {
	if s.Seed == 0 {
		return s.Quantum
	}
	return s.Quantum/2 + int64(s.rand()%uint64(s.Quantum))
}

// Now returns the calling thread's virtual time in seconds.
func (s *Sim) Now(t *Thread) float64 {
	st := t.Sim
	s.flush(st)
	return float64(st.Clock) / psPerSec
}

// NowPS returns the calling thread's virtual time in picoseconds.
func (s *Sim) NowPS(t *Thread) int64 {
	st := t.Sim
	s.flush(st)
	return st.Clock
}

// End returns the latest virtual time reached by any thread, in seconds.
func (s *Sim) End() float64 {
	var m int64
	for _, th := range s.threads {
		if th.state != simDone {
			s.flush(th)
		}
		if th.Clock > m {
			m = th.Clock
		}
	}
	return float64(m) / psPerSec
}

// attach gives a new thread its simulator state. The first thread (main)
// starts at time 0 holding the token; later ones start at their creator's
// clock plus the spawn cost and wait for the token in Start.
func (s *Sim) attach(t *Thread) {
	st := &SimThread{sim: s, T: t, wake: make(chan struct{}, 1), deadline: -1}
	t.Sim = st
	if s.cur == nil {
		s.cur = st
		st.sliceEnd = s.quantum()
	} else {
		s.flush(s.cur)
		st.Clock = s.cur.Clock + s.Cost.Spawn
		s.cur.Clock += s.Cost.Spawn
	}
	s.threads = append(s.threads, st)
	s.live++
	s.lab.simState(st, "runnable", st.Clock)
}

// Start blocks a new thread's goroutine until the scheduler runs it.
func (s *Sim) Start(t *Thread) {
	<-t.Sim.wake
}

// Exit ends the calling thread and passes the token on.
func (s *Sim) Exit(t *Thread) {
	st := t.Sim
	s.flush(st)
	if s.gilHolder == st {
		s.gilRelease(st, false)
	}
	st.state = simDone
	s.live--
	s.coreFree[st.core] = st.Clock
	s.lab.simState(st, "", st.Clock)
	s.switchFrom(st)
}

// Step charges one instruction (called by the VM before each instruction
// in simulation mode) and ends the slice when it is used up.
func (st *SimThread) Step(op uint32) {
	c := &st.sim.Cost
	st.Clock += c.Op[op&0xff]
	st.gcWork += c.GC[op&0xff]
	st.Instrs++
	if st.Clock >= st.sliceEnd {
		st.sim.sliceDone(st)
	}
}

// StepUnboxed is Step for an instruction whose number result the VM, outside
// the simulator, keeps without a new box (it chains into the next int
// operation or goes into a local's box: intChain and storeNum in the vm
// package): no GC work.
func (st *SimThread) StepUnboxed(op uint32) {
	st.Clock += st.sim.Cost.Op[op&0xff]
	st.Instrs++
	if st.Clock >= st.sliceEnd {
		st.sim.sliceDone(st)
	}
}

// flush charges the free-threaded reference-count and lock operations and
// the coherence misses counted since the last flush, and hands the GC work
// the thread's allocations generated to the collector.
func (s *Sim) flush(st *SimThread) {
	t := st.T
	rc, lk := t.RCOps, t.LockOps
	st.Clock += (rc-st.rcSeen)*s.Cost.Atomic + (lk-st.lockSeen)*s.Cost.ObjLock + st.debt
	st.rcSeen, st.lockSeen, st.debt = rc, lk, 0
	if st.gcWork > 0 {
		if s.gcPending == 0 {
			s.gcClock = max(s.gcClock, st.Clock)
		}
		s.gcPending += st.gcWork
		st.gcWork = 0
	}
}

// simLine is the coherence state of one cache line (an object's reference
// count or lock) in free-threaded mode: the runs of writes of its last two
// writers in virtual time.
type simLine struct {
	owner, prev *SimThread
	own, old    simRun
}

// simLineRef is an entry of the cache of recently written lines.
type simLineRef struct {
	key  unsafe.Pointer
	line *simLine
}

const simLineCache = 1 << 12

// simRun is one thread's run of writes to a line: the virtual times of the
// first and last write and how many writes it has not yet lost the line for.
type simRun struct {
	from, last int64
	n          int64
}

// Shared records an atomic write by t to the cache line at p (a reference
// count changed with an atomic instruction, an object's lock taken) in a
// free-threaded simulated run, and charges the coherence misses it causes.
//
// A write finds the line in another core's cache when another thread wrote
// it within Window of virtual time (before or after: slices of different
// cores are simulated one after another, so the other thread's writes may
// lie in this thread's future). That write costs the writer a transfer
// (Coherence); if the other thread's run of writes goes on past this write,
// it had to take the line back and pays a transfer too (charged as debt at
// its next flush). A run can lose the line at most as many times as it has
// writes, so two threads writing a line n and m times in the same span of
// time pay about 2*min(n, m) transfers between them, as the line
// ping-pongs; a thread writing a line nobody else touches pays nothing.
func (st *SimThread) Shared(p unsafe.Pointer) {
	s := st.sim
	if s.live < 2 {
		return // a line cannot move between cores with one thread
	}
	now := st.Clock
	if now >= s.linesEpoch {
		s.oldLines, s.lines = s.lines, make(map[unsafe.Pointer]*simLine, len(s.lines))
		s.linesEpoch = now + 4*s.Cost.Window + 8*s.Quantum
		s.lineCache = [simLineCache]simLineRef{}
	}
	// A direct-mapped cache in front of the map (exact keys: it changes
	// only the speed of the lookup, never its result).
	ref := &s.lineCache[(uintptr(p)>>4)&(simLineCache-1)]
	l := ref.line
	if ref.key != p {
		if l = s.lines[p]; l == nil {
			if l = s.oldLines[p]; l == nil {
				l = &simLine{owner: st, own: simRun{now, now, 1}}
				s.lines[p] = l
				*ref = simLineRef{p, l}
				return
			}
			s.lines[p] = l
		}
		*ref = simLineRef{p, l}
	}
	w := s.Cost.Window
	other, run := l.prev, &l.old
	if l.owner != st {
		other, run = l.owner, &l.own
	}
	if other != nil && run.n > 0 && now >= run.from-w && now <= run.last+w {
		s.Misses++
		st.Clock += s.Cost.Coherence
		if now < run.last {
			run.n--
			if other.state != simDone {
				other.debt += s.Cost.Coherence
				s.Misses++
			}
		} else {
			run.n = 0 // the other thread's run is over: the line stays here
		}
	}
	if l.owner == st {
		if now > l.own.last+w {
			l.own = simRun{now, now, 0}
		}
		l.own.last = max(l.own.last, now)
		l.own.n++
		return
	}
	l.prev, l.old = l.owner, l.own
	l.owner, l.own = st, simRun{now, now, 1}
}

func (s *Sim) sliceDone(st *SimThread) {
	s.flush(st)
	if s.gilHolder == st && s.dropDeadline >= 0 && st.Clock >= s.dropDeadline {
		st.T.EvalBreaker.Or(BreakGILDrop)
		st.T.GILDropRequests.Add(1)
		s.dropDeadline = -1
		s.lab.simInstant(st, "drop request", st.Clock)
	}
	s.coreFree[st.core] = st.Clock
	s.switchFrom(st)
}

// switchFrom passes the token from cur (whose state is already updated) to
// the next thread to run, and returns when cur runs again (at once if cur is
// the next one; never if cur has ended).
func (s *Sim) switchFrom(cur *SimThread) {
	next := s.pick()
	if next == nil {
		if cur.state == simDone {
			return
		}
		if s.OnDeadlock != nil {
			s.OnDeadlock()
		}
		select {} // every thread blocked forever, as a real run would hang
	}
	s.cur = next
	if next == cur {
		return
	}
	// Read cur's state before handing over the token: from the send on,
	// next runs and may change it.
	done := cur.state == simDone
	next.wake <- struct{}{}
	if !done {
		<-cur.wake
	}
}

// pick chooses the runnable thread that can start earliest on a free core,
// waking timed-out waiters first when their deadline comes earlier.
func (s *Sim) pick() *SimThread {
	for {
		core := 0
		for i, f := range s.coreFree {
			if f < s.coreFree[core] {
				core = i
			}
		}
		free := s.coreFree[core]
		var best *SimThread
		var bestStart int64
		var dl *SimThread
		for _, th := range s.threads {
			switch th.state {
			case simRunnable:
				start := max(th.Clock, free)
				if best == nil || start < bestStart || (start == bestStart && th.Clock < best.Clock) {
					best, bestStart = th, start
				}
			case simBlocked:
				if th.deadline >= 0 && (dl == nil || th.deadline < dl.deadline) {
					dl = th
				}
			}
		}
		if dl != nil && (best == nil || dl.deadline < bestStart) {
			dl.state = simRunnable
			dl.timedOut = true
			dl.Clock = max(dl.Clock, dl.deadline)
			dl.deadline = -1
			if dl.key == gilKey {
				s.removeWaiter(dl)
			}
			dl.key = nil
			continue
		}
		if best == nil {
			return nil
		}
		if s.gcPending >= s.Quantum/2 {
			// The collector's background work takes a core like a
			// thread (ties go to it: Go schedules its mark workers
			// first), so it is free on an idle core and slows the
			// threads down when every core is busy. It runs in
			// batches of at least half a slice.
			if gs := max(s.gcClock, free); gs <= bestStart {
				n := min(s.gcPending, s.Quantum)
				s.coreFree[core] = gs + n
				s.gcClock = gs + n
				s.lab.simGC(gs, gs+n)
				s.gcPending -= n
				s.GCTime += n
				continue
			}
		}
		best.Clock = bestStart
		best.core = core
		best.sliceEnd = bestStart + s.quantum()
		if s.gilHolder == best && s.dropDeadline >= 0 && s.dropDeadline < best.sliceEnd {
			best.sliceEnd = max(s.dropDeadline, bestStart+1)
		}
		s.lab.simState(best, "running", bestStart)
		return best
	}
}

// block parks the calling thread until Notify(key) or the deadline (-1: none).
// It reports whether the wait timed out.
func (s *Sim) block(st *SimThread, key any, deadline int64, state string) bool {
	st.state = simBlocked
	st.key = key
	st.deadline = deadline
	st.timedOut = false
	s.coreFree[st.core] = st.Clock
	s.lab.simState(st, state, st.Clock)
	s.switchFrom(st)
	return st.timedOut
}

// Notify wakes the threads blocked on key at the current thread's time.
func (s *Sim) Notify(key any) {
	cur := s.cur
	s.flush(cur)
	for _, th := range s.threads {
		if th.state == simBlocked && th.key == key {
			th.state = simRunnable
			th.key = nil
			th.deadline = -1
			th.Clock = max(th.Clock, cur.Clock+s.Cost.Wake)
		}
	}
}

// Sleep advances the calling thread's clock by secs without holding a core
// or the GIL (time.sleep).
func (s *Sim) Sleep(t *Thread, secs float64) {
	st := t.Sim
	s.flush(st)
	held := s.gilHolder == st
	if held {
		s.gilRelease(st, false)
	}
	s.coreFree[st.core] = st.Clock
	s.lab.simState(st, "sleeping", st.Clock)
	st.Clock += int64(math.Round(secs * psPerSec))
	s.switchFrom(st)
	if held {
		s.gilAcquire(st)
	}
}

// Compute runs native code that releases the GIL for secs of CPU time: it
// occupies a core but not the GIL (_pygtest.spin).
func (s *Sim) Compute(t *Thread, secs float64) {
	st := t.Sim
	s.flush(st)
	held := s.gilHolder == st
	if held {
		s.gilRelease(st, false)
	}
	s.lab.simState(st, "native (GIL released)", st.Clock)
	st.Clock += int64(math.Round(secs * psPerSec))
	s.coreFree[st.core] = st.Clock
	s.switchFrom(st)
	if held {
		s.gilAcquire(st)
	}
}

// Blocking runs fn (console or file I/O) with the GIL released, charging the
// I/O cost. fn runs while the thread holds the scheduler token.
func (s *Sim) Blocking(t *Thread, fn func()) {
	st := t.Sim
	s.flush(st)
	held := s.gilHolder == st
	if held {
		s.gilRelease(st, false)
	}
	fn()
	st.Clock += s.Cost.IO
	if held {
		s.gilAcquire(st)
	}
}

// LockAcquire acquires a lock object in virtual time: try attempts it without
// waiting; a blocked acquirer waits (GIL released) until LockReleased(key) or
// the timeout (seconds, negative: none).
func (s *Sim) LockAcquire(t *Thread, key any, try func() bool, blocking bool, timeout float64) bool {
	st := t.Sim
	s.flush(st)
	if try() {
		s.lockTaken(st, key)
		return true
	}
	if !blocking {
		return false
	}
	held := s.gilHolder == st
	if held {
		s.gilRelease(st, false)
	}
	deadline := int64(-1)
	if timeout >= 0 {
		deadline = st.Clock + int64(math.Round(timeout*psPerSec))
	}
	got := false
	for {
		timedOut := s.block(st, key, deadline, "waiting for lock")
		if try() {
			got = true
			break
		}
		if timedOut {
			break
		}
	}
	if got {
		s.lockTaken(st, key)
	}
	if held {
		s.gilAcquire(st)
	}
	return got
}

// lockTaken records the start of a critical section; the thread first waits
// for the critical sections other threads ran around its clock.
func (s *Sim) lockTaken(st *SimThread, key any) {
	l := s.locks[key]
	if l == nil {
		l = &simLock{}
		s.locks[key] = l
	}
	c := st.Clock
	for changed := true; changed; {
		changed = false
		for _, iv := range l.busy {
			if iv[0] <= c && c < iv[1] {
				c = iv[1]
				changed = true
			}
		}
	}
	if c > st.Clock {
		s.lab.simState(st, "waiting for lock", st.Clock)
		st.Clock = c
		s.lab.simState(st, "running", st.Clock)
	}
	l.heldSince = c
}

// LockReleased records the end of a critical section and wakes the waiters.
func (s *Sim) LockReleased(key any) {
	cur := s.cur
	s.flush(cur)
	if l := s.locks[key]; l != nil && l.heldSince >= 0 {
		l.busy = append(l.busy, [2]int64{l.heldSince, cur.Clock})
		if len(l.busy) > 64 {
			l.busy = append(l.busy[:0], l.busy[len(l.busy)-32:]...)
		}
		l.heldSince = -1
	}
	s.Notify(key)
}

// SimGIL is the GIL of a simulated GIL-mode run.
type SimGIL struct{ s *Sim }

// GIL returns the simulated GIL (GIL mode).
func (s *Sim) GIL() *SimGIL { return &SimGIL{s} }

// Acquire waits in virtual time until t holds the GIL.
func (g *SimGIL) Acquire(t *Thread) { g.s.gilAcquire(t.Sim) }

// Release lets go of the GIL (handing it to the longest waiter).
func (g *SimGIL) Release(t *Thread) {
	st := t.Sim
	if st.state == simDone || g.s.gilHolder != st {
		return
	}
	forced := t.EvalBreaker.Load()&BreakGILDrop != 0
	g.s.gilRelease(st, forced)
}

// SetInterval changes the switch interval (sys.setswitchinterval).
// The interval is kept between 1 ps and about 50 days of virtual time.
func (g *SimGIL) SetInterval(secs float64) {
	g.s.Interval = int64(max(1, min(math.Round(secs*psPerSec), 1<<62)))
}

func (s *Sim) gilAcquire(st *SimThread) {
	s.flush(st)
	st.T.EvalBreaker.And(^BreakGILDrop)
	if s.gilHolder == nil {
		s.gilHolder = st
		st.T.GILAcquisitions.Add(1)
		return
	}
	st.waitStart = st.Clock
	s.gilWaiters = append(s.gilWaiters, st)
	if s.dropDeadline < 0 {
		s.dropDeadline = st.Clock + s.Interval
	}
	s.block(st, gilKey, -1, "waiting for GIL")
	// The releaser handed the GIL to us.
	st.T.GILWaitNS.Add((st.Clock - st.waitStart) / 1000)
	st.T.EvalBreaker.And(^BreakGILDrop)
}

func (s *Sim) removeWaiter(st *SimThread) {
	for i, w := range s.gilWaiters {
		if w == st {
			s.gilWaiters = append(s.gilWaiters[:i], s.gilWaiters[i+1:]...)
			return
		}
	}
}

func (s *Sim) gilRelease(st *SimThread, forced bool) {
	s.flush(st)
	if forced {
		st.T.EvalBreaker.And(^BreakGILDrop)
		st.T.GILForcedSwitches.Add(1)
	}
	s.gilHolder = nil
	s.dropDeadline = -1
	if len(s.gilWaiters) == 0 {
		return
	}
	w := s.gilWaiters[0]
	s.gilWaiters = s.gilWaiters[1:]
	w.state = simRunnable
	w.key = nil
	w.Clock = max(w.Clock, st.Clock+s.Cost.GILHandoff)
	s.gilHolder = w
	w.T.GILAcquisitions.Add(1)
	s.lab.simHandoff(st, w, st.Clock, forced)
	if len(s.gilWaiters) > 0 {
		s.dropDeadline = w.Clock + s.Interval
	}
}
