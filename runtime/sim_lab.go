package runtime

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"sync"
	"time"
)

// Lab records what threads do for the scaling lab: a timeline of each
// thread's states (running, waiting for the GIL, blocked, ...) and GIL
// hand-offs for --trace (Chrome trace-event JSON, loadable by Perfetto), and
// the list of every thread the program ran for -X gilstats. Timestamps are
// wall-clock microseconds since the start, or virtual microseconds in a
// simulated run (--sim-cores).
type Lab struct {
	Trace bool // record the timeline

	start   time.Time
	mu      sync.Mutex
	events  []labEvent
	threads []*Thread
	sim     *Sim
	gcSpan  int // index in events of the last simulated GC span, -1: none
}

type labEvent struct {
	name string
	ph   byte // 'X' span, 'i' instant
	ts   float64
	dur  float64
	tid  int64
	args map[string]any
}

// NewLab returns a recorder attached to interpreter in (and to its simulator,
// if any: attach the simulator first).
func NewLab(in *Interpreter, trace bool) *Lab {
	l := &Lab{Trace: trace, start: time.Now(), sim: in.Sim, gcSpan: -1}
	in.Lab = l
	if in.Sim != nil {
		in.Sim.lab = l
	}
	return l
}

func (l *Lab) now() float64 {
	return float64(time.Since(l.start).Nanoseconds()) / 1000
}

func (l *Lab) threadNew(t *Thread) {
	l.mu.Lock()
	l.threads = append(l.threads, t)
	l.mu.Unlock()
	if l.sim == nil && l.Trace {
		t.labState, t.labSince = "running", l.now()
	}
}

func (l *Lab) threadEnd(t *Thread) {
	if l.sim == nil {
		l.setState(t, "")
	}
}

func (l *Lab) span(t *Thread, state string, from, to float64) {
	if state == "" || to <= from {
		return
	}
	l.mu.Lock()
	l.events = append(l.events, labEvent{name: state, ph: 'X', ts: from, dur: to - from, tid: t.ID})
	l.mu.Unlock()
}

// setState moves a thread of a real run to a new state ("" ends the timeline).
func (l *Lab) setState(t *Thread, state string) {
	if l == nil || !l.Trace || l.sim != nil || t.labState == state {
		return
	}
	now := l.now()
	l.span(t, t.labState, t.labSince, now)
	t.labState, t.labSince = state, now
}

// instant records a point event on t's track (real runs).
func (l *Lab) instant(t *Thread, name string, args map[string]any) {
	if l == nil || !l.Trace || l.sim != nil {
		return
	}
	now := l.now()
	l.mu.Lock()
	l.events = append(l.events, labEvent{name: name, ph: 'i', ts: now, tid: t.ID, args: args})
	l.mu.Unlock()
}

// LabState records that the calling thread enters state (real runs; a no-op
// without --trace).
func (t *Thread) LabState(state string) {
	if l := t.Interp.Lab; l != nil {
		l.setState(t, state)
	}
}

func psToUS(ps int64) float64 { return float64(ps) / 1e6 }

func (l *Lab) simState(st *SimThread, state string, ps int64) {
	if l == nil || !l.Trace {
		return
	}
	t := st.T
	if t.labState == state {
		return
	}
	now := psToUS(ps)
	l.span(t, t.labState, t.labSince, now)
	t.labState, t.labSince = state, now
}

func (l *Lab) simInstant(st *SimThread, name string, ps int64) {
	if l == nil || !l.Trace {
		return
	}
	l.mu.Lock()
	l.events = append(l.events, labEvent{name: name, ph: 'i', ts: psToUS(ps), tid: st.T.ID})
	l.mu.Unlock()
}

func (l *Lab) simHandoff(from, to *SimThread, ps int64, forced bool) {
	if l == nil || !l.Trace {
		return
	}
	l.mu.Lock()
	l.events = append(l.events, labEvent{name: "GIL hand-off", ph: 'i', ts: psToUS(ps), tid: from.T.ID,
		args: map[string]any{"from": from.T.ID, "to": to.T.ID, "forced": forced}})
	l.mu.Unlock()
}

// simGCTid is the trace track of the simulated garbage collector's work.
const simGCTid = 0

// simGC records that the simulated collector worked from..to (ps), merging
// the span with the previous one when they touch.
func (l *Lab) simGC(from, to int64) {
	if l == nil || !l.Trace {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	f, t := psToUS(from), psToUS(to)
	if l.gcSpan >= 0 {
		if e := &l.events[l.gcSpan]; e.ts+e.dur == f {
			e.dur = t - e.ts
			return
		}
	}
	l.gcSpan = len(l.events)
	l.events = append(l.events, labEvent{name: "GC work", ph: 'X', ts: f, dur: t - f, tid: simGCTid})
}

// Finish closes the open spans at the end of the run.
func (l *Lab) Finish() {
	if l == nil || !l.Trace {
		return
	}
	l.mu.Lock()
	threads := append([]*Thread(nil), l.threads...)
	l.mu.Unlock()
	for _, t := range threads {
		if l.sim != nil {
			if t.Sim != nil && t.Sim.state != simDone {
				l.sim.flush(t.Sim)
				l.simState(t.Sim, "", t.Sim.Clock)
			}
		} else if t.labState != "" {
			l.setState(t, "")
		}
	}
}

// WriteTrace writes the timeline as Chrome trace-event JSON.
func (l *Lab) WriteTrace(w io.Writer) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	evs := append([]labEvent(nil), l.events...)
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].ts < evs[j].ts })
	type jev struct {
		Name string         `json:"name"`
		Cat  string         `json:"cat,omitempty"`
		Ph   string         `json:"ph"`
		Ts   json.Number    `json:"ts"`
		Dur  *json.Number   `json:"dur,omitempty"`
		Pid  int            `json:"pid"`
		Tid  int64          `json:"tid"`
		S    string         `json:"s,omitempty"`
		Args map[string]any `json:"args,omitempty"`
	}
	num := func(f float64) json.Number { return json.Number(strconv.FormatFloat(f, 'f', 3, 64)) }
	var out []jev
	procName := "pyg"
	if l.sim != nil {
		mode := "GIL"
		if l.sim.FreeThreaded {
			mode = "free-threaded"
		}
		procName = fmt.Sprintf("pyg (simulated, %d cores, %s, virtual time)", l.sim.Cores, mode)
	}
	out = append(out, jev{Name: "process_name", Ph: "M", Ts: "0", Pid: 1, Args: map[string]any{"name": procName}})
	if l.gcSpan >= 0 {
		out = append(out, jev{Name: "thread_name", Ph: "M", Ts: "0", Pid: 1, Tid: simGCTid,
			Args: map[string]any{"name": "Go GC (simulated background work)"}})
	}
	for i, t := range l.threads {
		name := fmt.Sprintf("Thread %d", t.ID)
		if i == 0 {
			name += " (main)"
		}
		out = append(out, jev{Name: "thread_name", Ph: "M", Ts: "0", Pid: 1, Tid: t.ID, Args: map[string]any{"name": name}})
	}
	for _, e := range evs {
		j := jev{Name: e.name, Cat: "thread", Ph: string(e.ph), Ts: num(e.ts), Pid: 1, Tid: e.tid, Args: e.args}
		if e.ph == 'X' {
			d := num(e.dur)
			j.Dur = &d
		} else {
			j.Cat = "gil"
			j.S = "t"
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	return enc.Encode(map[string]any{"traceEvents": out, "displayTimeUnit": "ms"})
}

// WriteGILStats prints per-thread GIL statistics (-X gilstats).
func (l *Lab) WriteGILStats(w io.Writer, in *Interpreter) {
	l.mu.Lock()
	threads := append([]*Thread(nil), l.threads...)
	l.mu.Unlock()
	clock := "wall"
	if l.sim != nil {
		clock = "virtual"
	}
	if in.FreeThreaded {
		fmt.Fprintf(w, "gilstats: free-threaded run, no GIL (%d threads)\n", len(threads))
		return
	}
	interval := in.SwitchInterval
	fmt.Fprintf(w, "gilstats: switch interval %.1f ms, %s time\n", interval*1000, clock)
	fmt.Fprintf(w, "%-12s %12s %14s %16s %12s\n", "thread", "acquisitions", "drop requests", "forced switches", "waited (s)")
	var ta, td, tf, tw int64
	for i, t := range threads {
		name := strconv.FormatInt(t.ID, 10)
		if i == 0 {
			name += " (main)"
		}
		a, d, f, wt := t.GILAcquisitions.Load(), t.GILDropRequests.Load(), t.GILForcedSwitches.Load(), t.GILWaitNS.Load()
		ta, td, tf, tw = ta+a, td+d, tf+f, tw+wt
		fmt.Fprintf(w, "%-12s %12d %14d %16d %12.6f\n", name, a, d, f, float64(wt)/1e9)
	}
	fmt.Fprintf(w, "%-12s %12d %14d %16d %12.6f\n", "total", ta, td, tf, float64(tw)/1e9)
}

// Threads returns every thread the program started, in creation order.
func (l *Lab) Threads() []*Thread {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]*Thread(nil), l.threads...)
}
