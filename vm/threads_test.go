package vm

import (
	"bytes"
	"sync"
	"testing"

	"pyg/compiler"
	"pyg/runtime"
)

// TestThreadsShareCode runs the same Python functions on several threads at
// once (free-threaded) or taking turns (GIL), under the race detector.
func TestThreadsShareCode(t *testing.T) {
	for _, ft := range []bool{false, true} {
		var out bytes.Buffer
		v := New(Config{FreeThreaded: ft, Stdout: &out, Stderr: &out})
		src := `
shared = {}
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def work(n):
    total = 0
    for i in range(n):
        p = P(i)
        total += p.get()
        shared[i % 7] = p
    return total
`
		if _, err := v.RunString(src, "<threads>", compiler.ModeExec, nil); err != nil {
			t.Fatal(err)
		}
		work, _ := v.mainModule(v.Main).Dict.GetStr(runtime.Intern("work"))
		var wg sync.WaitGroup
		results := make([]runtime.Object, 4)
		errs := make([]error, 4)
		gil := v.Interp.GIL
		if gil != nil {
			gil.Release(v.Main)
		}
		for i := range results {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				th := v.Interp.NewThread()
				defer v.Interp.EndThread(th)
				if gil != nil {
					gil.Acquire(th)
					defer gil.Release(th)
				}
				results[i], errs[i] = runtime.Call(th, work, []runtime.Object{runtime.Int(2000)}, nil)
			}(i)
		}
		wg.Wait()
		if gil != nil {
			gil.Acquire(v.Main)
		}
		for i := range results {
			if errs[i] != nil || results[i] != runtime.Int(1999000) {
				t.Errorf("free-threaded=%v thread %d: %v %v", ft, i, results[i], errs[i])
			}
		}
		v.Close()
	}
}
