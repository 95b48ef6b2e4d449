package stdlib

import (
	"sync"
	"testing"
	"time"

	"pyg/runtime"
)

func newTestInterp(gil bool) (*runtime.Interpreter, *runtime.Thread) {
	in := runtime.NewInterpreter(!gil)
	if gil {
		in.GIL = runtime.NewClassicGIL(5 * time.Millisecond)
	}
	t := in.NewThread()
	if in.GIL != nil {
		in.GIL.Acquire(t)
	}
	return in, t
}

func callMethod(t *testing.T, th *runtime.Thread, o runtime.Object, name string, args []runtime.Object, kw []string) (runtime.Object, error) {
	t.Helper()
	fn, err := runtime.GetAttrString(th, o, name)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return runtime.Call(th, fn, args, kw)
}

func TestLockBasics(t *testing.T) {
	_, th := newTestInterp(false)
	l := newLock()
	if !l.acquire(th, true, -1) {
		t.Fatal("acquire of a free lock failed")
	}
	if !l.locked() {
		t.Fatal("lock not locked after acquire")
	}
	if l.acquire(th, false, -1) {
		t.Fatal("non-blocking acquire of a held lock succeeded")
	}
	start := time.Now()
	if l.acquire(th, true, 0.03) {
		t.Fatal("timed acquire of a held lock succeeded")
	}
	if d := time.Since(start); d < 25*time.Millisecond {
		t.Fatalf("timed acquire returned after %v", d)
	}
	if err := l.release(th); err != nil {
		t.Fatal(err)
	}
	err := l.release(th)
	if err == nil {
		t.Fatal("release of an unlocked lock succeeded")
	}
	if e := runtime.AsException(th, err); e.Type() != runtime.RuntimeErrorType || e.Message() != "release unlocked lock" {
		t.Fatalf("got %v", err)
	}
}

func TestLockMethodsAndArgs(t *testing.T) {
	_, th := newTestInterp(false)
	lo, err := runtime.Call(th, LockType, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := callMethod(t, th, lo, "acquire", nil, nil)
	if err != nil || r != runtime.True {
		t.Fatalf("acquire: %v %v", r, err)
	}
	r, err = callMethod(t, th, lo, "acquire", []runtime.Object{runtime.False}, nil)
	if err != nil || r != runtime.False {
		t.Fatalf("acquire(False): %v %v", r, err)
	}
	r, err = callMethod(t, th, lo, "acquire", []runtime.Object{runtime.Float(0.01)}, []string{"timeout"})
	if err != nil || r != runtime.False {
		t.Fatalf("acquire(timeout=0.01): %v %v", r, err)
	}
	if _, err = callMethod(t, th, lo, "acquire", []runtime.Object{runtime.False, runtime.Int(1)}, nil); err == nil {
		t.Fatal("acquire(False, 1) did not fail")
	}
	if _, err = callMethod(t, th, lo, "acquire", []runtime.Object{runtime.Int(-2)}, []string{"timeout"}); err == nil {
		t.Fatal("acquire(timeout=-2) did not fail")
	}
	if _, err = callMethod(t, th, lo, "acquire", []runtime.Object{runtime.Float(1e300)}, []string{"timeout"}); err == nil {
		t.Fatal("acquire(timeout=1e300) did not fail")
	}
	if _, err = callMethod(t, th, lo, "release", nil, nil); err != nil {
		t.Fatal(err)
	}
	r, err = callMethod(t, th, lo, "locked", nil, nil)
	if err != nil || r != runtime.False {
		t.Fatalf("locked: %v %v", r, err)
	}
}

// TestLockMutualExclusion hammers one lock from several Go threads in both
// modes; run with -race.
func TestLockMutualExclusion(t *testing.T) {
	for _, gil := range []bool{true, false} {
		in, main := newTestInterp(gil)
		l := newLock()
		counter := 0
		const workers, iters = 4, 500
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			th := in.NewThread()
			wg.Add(1)
			go func() {
				defer wg.Done()
				if in.GIL != nil {
					in.GIL.Acquire(th)
					defer in.GIL.Release(th)
				}
				for i := 0; i < iters; i++ {
					l.acquire(th, true, -1)
					counter++
					if err := l.release(th); err != nil {
						t.Error(err)
					}
					if i%50 == 0 && in.GIL != nil {
						// Let the others in, as the eval breaker would.
						in.GIL.Release(th)
						in.GIL.Acquire(th)
					}
				}
			}()
		}
		main.Blocking(wg.Wait)
		if counter != workers*iters {
			t.Fatalf("gil=%v: counter = %d, want %d", gil, counter, workers*iters)
		}
	}
}

// TestLockWaitReleasesGIL checks that a thread blocked on a lock lets another
// thread run (and release the lock) in GIL mode.
func TestLockWaitReleasesGIL(t *testing.T) {
	in, main := newTestInterp(true)
	l := newLock()
	l.acquire(main, true, -1)
	other := in.NewThread()
	done := make(chan struct{})
	go func() {
		in.GIL.Acquire(other)
		time.Sleep(10 * time.Millisecond)
		if err := l.release(other); err != nil {
			t.Error(err)
		}
		in.GIL.Release(other)
		close(done)
	}()
	if !l.acquire(main, true, 5) {
		t.Fatal("acquire timed out: the waiting thread kept the GIL")
	}
	main.Blocking(func() { <-done })
}

func TestRLock(t *testing.T) {
	for _, gil := range []bool{true, false} {
		in, main := newTestInterp(gil)
		ro, err := runtime.Call(main, RLockType, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			if r, err := callMethod(t, main, ro, "acquire", nil, nil); err != nil || r != runtime.True {
				t.Fatalf("recursive acquire %d: %v %v", i, r, err)
			}
		}
		rl := ro.(*RLock)
		if rl.count.Load() != 3 || rl.owner.Load() != main.ID {
			t.Fatalf("count=%d owner=%d", rl.count.Load(), rl.owner.Load())
		}
		// Another thread can neither take nor release it.
		other := in.NewThread()
		res := make(chan [3]bool)
		go func() {
			if in.GIL != nil {
				in.GIL.Acquire(other)
				defer in.GIL.Release(other)
			}
			var out [3]bool
			r, _ := callMethod(t, other, ro, "acquire", []runtime.Object{runtime.False}, nil)
			out[0] = r == runtime.True
			r, _ = callMethod(t, other, ro, "acquire", []runtime.Object{runtime.Float(0.02)}, []string{"timeout"})
			out[1] = r == runtime.True
			_, err := callMethod(t, other, ro, "release", nil, nil)
			out[2] = err != nil
			res <- out
		}()
		var out [3]bool
		main.Blocking(func() { out = <-res })
		if out != [3]bool{false, false, true} {
			t.Fatalf("other thread: %v", out)
		}
		// _release_save / _acquire_restore round trip.
		state, err := callMethod(t, main, ro, "_release_save", nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if rl.lock.locked() || rl.owner.Load() != 0 {
			t.Fatal("_release_save left the lock held")
		}
		if _, err := callMethod(t, main, ro, "_acquire_restore", []runtime.Object{state}, nil); err != nil {
			t.Fatal(err)
		}
		if rl.count.Load() != 3 || rl.owner.Load() != main.ID {
			t.Fatalf("after restore: count=%d owner=%d", rl.count.Load(), rl.owner.Load())
		}
		for i := 0; i < 3; i++ {
			if _, err := callMethod(t, main, ro, "release", nil, nil); err != nil {
				t.Fatal(err)
			}
		}
		_, err = callMethod(t, main, ro, "release", nil, nil)
		if e := runtime.AsException(main, err); err == nil || e.Message() != "cannot release un-acquired lock" {
			t.Fatalf("release of a free RLock: %v", err)
		}
		// Now the other thread can take it.
		go func() {
			if in.GIL != nil {
				in.GIL.Acquire(other)
				defer in.GIL.Release(other)
			}
			r, _ := callMethod(t, other, ro, "acquire", []runtime.Object{runtime.False}, nil)
			res <- [3]bool{r == runtime.True}
		}()
		main.Blocking(func() { out = <-res })
		if !out[0] {
			t.Fatal("other thread could not take the released RLock")
		}
	}
}

func TestThreadModule(t *testing.T) {
	for _, gil := range []bool{true, false} {
		in, main := newTestInterp(gil)
		m, err := newThreadModule(main)
		if err != nil {
			t.Fatal(err)
		}
		get := func(name string) runtime.Object {
			v, ok := m.Dict.GetStr(runtime.Intern(name))
			if !ok {
				t.Fatalf("_thread has no %s", name)
			}
			return v
		}
		id, err := runtime.Call(main, get("get_ident"), nil, nil)
		if err != nil || id != runtime.Int(main.ID) {
			t.Fatalf("get_ident: %v %v", id, err)
		}
		// start_new_thread runs a Go builtin in a new thread that gets its own ident.
		got := make(chan int64, 1)
		fn := runtime.NewBuiltin("probe", func(th *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			got <- th.ID
			return runtime.None, nil
		})
		ident, err := runtime.Call(main, get("start_new_thread"), []runtime.Object{fn, runtime.NewTuple(main, nil)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var tid int64
		main.Blocking(func() { tid = <-got })
		if runtime.Int(tid) != ident || tid == main.ID {
			t.Fatalf("new thread id %d, start_new_thread returned %v", tid, ident)
		}
		if _, err := runtime.Call(main, get("start_new_thread"), []runtime.Object{fn, runtime.NewList(main, nil)}, nil); err == nil {
			t.Fatal("start_new_thread with a list did not fail")
		}
		// exit raises SystemExit.
		_, err = runtime.Call(main, get("exit"), nil, nil)
		if e := runtime.AsException(main, err); err == nil || e.Type() != runtime.SystemExitType {
			t.Fatalf("exit: %v", err)
		}
		// Wait for the thread to end, then _count is 0.
		deadline := time.Now().Add(5 * time.Second)
		for {
			n, _ := runtime.Call(main, get("_count"), nil, nil)
			if n == runtime.Int(0) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("_count stays %v", n)
			}
			main.Blocking(func() { time.Sleep(time.Millisecond) })
		}
		_ = in
	}
}
