package runtime

import (
	"sync"
	"testing"
	"time"
)

// spin simulates a thread running bytecode: it holds the GIL and checks its
// eval breaker every iteration, dropping the GIL when asked, as the VM does.
func spin(g *ClassicGIL, t *Thread, until time.Time, inside *int64, mu *sync.Mutex, maxInside *int64) {
	g.Acquire(t)
	for time.Now().Before(until) {
		mu.Lock()
		*inside++
		if *inside > *maxInside {
			*maxInside = *inside
		}
		mu.Unlock()
		mu.Lock()
		*inside--
		mu.Unlock()
		if t.EvalBreaker.Load()&BreakGILDrop != 0 {
			g.Release(t)
			g.Acquire(t)
		}
	}
	g.Release(t)
}

func TestGILMutualExclusionAndSwitching(t *testing.T) {
	in := NewInterpreter(false)
	g := NewClassicGIL(time.Millisecond)
	in.GIL = g
	var wg sync.WaitGroup
	var inside, maxInside int64
	var mu sync.Mutex
	until := time.Now().Add(100 * time.Millisecond)
	for i := 0; i < 3; i++ {
		th := in.NewThread()
		wg.Add(1)
		go func() {
			defer wg.Done()
			spin(g, th, until, &inside, &mu, &maxInside)
		}()
	}
	wg.Wait()
	st := g.Stats()
	if st.DropRequests == 0 || st.ForcedSwitches == 0 {
		t.Errorf("expected drop requests and forced switches with 3 spinning threads, got %+v", st)
	}
	if st.Acquisitions < 10 {
		t.Errorf("expected the GIL to change hands often in 100ms at a 1ms interval, got %d acquisitions", st.Acquisitions)
	}
	if g.Holder() != nil {
		t.Errorf("GIL still held after all threads released it")
	}
}

func TestGILBlockingReleases(t *testing.T) {
	in := NewInterpreter(false)
	g := NewClassicGIL(5 * time.Millisecond)
	in.GIL = g
	a, b := in.NewThread(), in.NewThread()
	g.Acquire(a)
	done := make(chan struct{})
	go func() {
		// b can take the GIL while a sleeps inside Blocking.
		g.Acquire(b)
		g.Release(b)
		close(done)
	}()
	a.Blocking(func() {
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Error("thread b could not take the GIL while a was blocked")
		}
	})
	g.Release(a)
}
