package runtime

import (
	"sync"
	"sync/atomic"
	"weak"
)

// The cycle collector behind gc.collect(). Reference counting frees
// everything but reference cycles; Go's collector reclaims their memory, but
// only a cycle collector runs their __del__ methods (and releases what they
// hold) the way CPython's gc does.
//
// pyg tracks (weakly, so that tracking keeps nothing alive) the instances
// of classes that define __del__: those are the objects whose collection is
// observable. Collect finds the subgraph of objects reachable from them
// through the references containers count (instance dicts, lists, tuples,
// dicts, sets, cells, bound methods, functions' defaults and closures), and
// applies CPython's algorithm to it: an object's gc_refs is its reference
// count minus the references from objects of the subgraph; objects with
// gc_refs > 0 are referenced from outside, and so is everything they reach;
// the rest is garbage. Its __del__ methods run (once), then the garbage's
// containers are cleared, which breaks the cycles so reference counting
// frees them. References the traversal does not know about only make
// objects look externally referenced, so the collector errs on keeping
// objects alive.

// gcRegistry is the per-interpreter set of tracked instances.
type gcRegistry struct {
	mu        sync.Mutex
	tracked   []weak.Pointer[Instance]
	pruneSize int // prune dead entries when tracked grows past this
}

// gcTrack records a new instance of a class with __del__.
func (in *Interpreter) gcTrack(i *Instance) {
	r := &in.gc
	wp := weak.Make(i)
	r.mu.Lock()
	r.tracked = append(r.tracked, wp)
	if len(r.tracked) > r.pruneSize {
		r.pruneLocked()
		r.pruneSize = 2*len(r.tracked) + 1024
	}
	r.mu.Unlock()
}

// pruneLocked drops the entries of instances that are gone or finalized.
func (r *gcRegistry) pruneLocked() {
	live := r.tracked[:0]
	for _, wp := range r.tracked {
		if i := wp.Value(); i != nil && i.flags.Load()&instFinalized == 0 {
			live = append(live, wp)
		}
	}
	clear(r.tracked[len(live):])
	r.tracked = live
}

// GCTraverser is implemented by objects of other packages that hold counted
// references the cycle collector should follow (functions' closures...).
type GCTraverser interface {
	GCTraverse(visit func(Object))
}

// gcChildren calls visit for each counted reference o holds that the
// collector follows.
func gcChildren(o Object, visit func(Object)) {
	switch v := o.(type) {
	case *Instance:
		v.visitAttrs(visit)
	case *Dict:
		for i := range v.entries {
			e := &v.entries[i]
			if e.key != nil {
				visit(e.key)
				visit(e.value)
			}
		}
	case *List:
		for _, x := range v.Items {
			visit(x)
		}
	case *Tuple:
		for _, x := range v.Items {
			visit(x)
		}
	case *Set:
		for _, e := range v.table {
			if e.key != nil && e.key != setDummy {
				visit(e.key)
			}
		}
	case *Cell:
		if v.V != nil {
			visit(v.V)
		}
	case *Method:
		visit(v.Func)
		visit(v.Self)
	case GCTraverser:
		v.GCTraverse(visit)
	}
}

// gcClear drops the references a garbage container holds.
func gcClear(t *Thread, o Object) {
	switch v := o.(type) {
	case *Instance:
		v.clearAttrs(t)
	case *Dict:
		v.Clear(t)
	case *List:
		ctrDecrefAll(t, v.setItems(t, nil))
	case *Set:
		v.Clear(t)
	case *Cell:
		v.Set(t, nil)
	}
}

type gcNode struct {
	o     Object
	refs  int64
	alive bool
}

// gcGraph is the subgraph of objects reachable from the roots.
type gcGraph struct {
	nodes []gcNode
	index map[Object]int
}

func (g *gcGraph) add(o Object) {
	if isNil(o) {
		return
	}
	h := o.header()
	if h == nil {
		return
	}
	rc := atomic.LoadInt64(&h.rc)
	if rc < 0 { // immortal (classes, interned strings...) or being freed
		return
	}
	if _, ok := g.index[o]; ok {
		return
	}
	if rc == 0 {
		// Held only by uncounted (Go) references: alive, as is what it reaches.
		rc = 1 << 40
	}
	g.index[o] = len(g.nodes)
	g.nodes = append(g.nodes, gcNode{o: o, refs: rc})
}

// build adds everything reachable from the nodes already present.
func (g *gcGraph) build() {
	for i := 0; i < len(g.nodes); i++ {
		gcChildren(g.nodes[i].o, g.add)
	}
}

// mark computes which of the nodes (restricted to those in set, or all when
// set is nil) are garbage, returning them in node order.
func (g *gcGraph) mark(set map[int]bool) []int {
	in := func(i int) bool { return set == nil || set[i] }
	for i := range g.nodes {
		if in(i) {
			n := &g.nodes[i]
			n.refs = int64(RefCount(n.o))
			if n.refs == 4294967295 || n.refs == 0 {
				n.refs = 1 << 40
			}
			n.alive = false
		}
	}
	for i := range g.nodes {
		if !in(i) {
			continue
		}
		gcChildren(g.nodes[i].o, func(c Object) {
			if j, ok := g.index[c]; ok && in(j) {
				g.nodes[j].refs--
			}
		})
	}
	var stack []int
	for i := range g.nodes {
		if in(i) && g.nodes[i].refs > 0 {
			g.nodes[i].alive = true
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		gcChildren(g.nodes[i].o, func(c Object) {
			if j, ok := g.index[c]; ok && in(j) && !g.nodes[j].alive {
				g.nodes[j].alive = true
				stack = append(stack, j)
			}
		})
	}
	var garbage []int
	for i := range g.nodes {
		if in(i) && !g.nodes[i].alive {
			garbage = append(garbage, i)
		}
	}
	return garbage
}

// CollectCycles runs the cycle collector (gc.collect()) and returns the
// number of unreachable objects found. With several threads running in
// free-threaded mode it only processes the pending zero counts (it cannot
// stop the world).
func (t *Thread) CollectCycles() int {
	in := t.Interp
	t.ProcessZeroCounts()
	if in.FreeThreaded && len(in.Threads()) > 1 {
		return 0
	}
	r := &in.gc
	r.mu.Lock()
	r.pruneLocked()
	roots := make([]*Instance, 0, len(r.tracked))
	for _, wp := range r.tracked {
		if i := wp.Value(); i != nil {
			roots = append(roots, i)
		}
	}
	r.mu.Unlock()
	if len(roots) == 0 {
		return 0
	}
	g := &gcGraph{index: map[Object]int{}}
	for _, i := range roots {
		g.add(i)
	}
	g.build()
	garbage := g.mark(nil)
	if len(garbage) == 0 {
		return 0
	}
	// Finalizers first (in tracking order, which is creation order), as
	// CPython's PEP 442 collection does.
	for _, i := range garbage {
		if inst, ok := g.nodes[i].o.(*Instance); ok {
			runFinalizer(t, inst)
		}
	}
	// __del__ may have resurrected some of the garbage: keep what is now
	// referenced from outside, clear the rest.
	set := make(map[int]bool, len(garbage))
	for _, i := range garbage {
		set[i] = true
	}
	still := g.mark(set)
	// Hold the garbage while clearing so that nothing is freed half-cleared.
	for _, i := range still {
		t.Incref(g.nodes[i].o)
	}
	for _, i := range still {
		gcClear(t, g.nodes[i].o)
	}
	for _, i := range still {
		t.Decref(g.nodes[i].o)
	}
	t.ProcessZeroCounts()
	return len(garbage)
}
