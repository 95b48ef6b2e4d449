package vm

import (
	"pyg/runtime"
)

// handleBreaker is the eval breaker's slow path, run when t.EvalBreaker is
// non-zero at a check (backward jumps, function entry, after calls).
func handleBreaker(t *runtime.Thread, ts *threadState) error {
	bits := t.EvalBreaker.Load()
	if bits&runtime.BreakZeroCount != 0 {
		t.EvalBreaker.And(^runtime.BreakZeroCount)
		if ts.nesting <= 1 {
			t.ProcessZeroCounts()
		} else {
			// Go code below this eval may hold uncounted references:
			// postpone until control is back in the outermost eval.
			ts.deferredZC = true
		}
	}
	if bits&runtime.BreakQuiescent != 0 {
		t.EvalBreaker.And(^runtime.BreakQuiescent)
		if ts.nesting <= 1 {
			t.Quiescent()
		} else {
			// As for zero counts: Go code below may hold uncounted
			// references; report once back in the outermost eval.
			ts.deferredQS = true
		}
	}
	if bits&runtime.BreakGILDrop != 0 {
		if g := t.Interp.GIL; g != nil {
			// Release sees the request bit (a forced switch) and clears it.
			g.Release(t)
			g.Acquire(t)
		} else {
			t.EvalBreaker.And(^runtime.BreakGILDrop)
		}
	}
	if bits&runtime.BreakAsyncExc != 0 {
		t.EvalBreaker.And(^runtime.BreakAsyncExc)
	}
	if bits&runtime.BreakSignal != 0 && t.IsMain() {
		t.EvalBreaker.And(^runtime.BreakSignal)
		if v, ok := t.Interp.Impl.(*VM); ok && v.pendingSignal.Swap(false) {
			return runtime.NewException(t, runtime.KeyboardInterruptType)
		}
	}
	if bits&runtime.BreakStepLimit != 0 {
		// The bit stays set while a budget is configured: every check counts.
		return checkBudget(t, ts)
	}
	return nil
}
