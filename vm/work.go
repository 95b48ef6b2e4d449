package vm

import "pyg/runtime"

// TickWork implements runtime.Budget: n items of work at once (big-int
// products and powers, runtime/work.go). It lives in a file of its own that
// links last in the package, for the reason given there.
func (v *VM) TickWork(t *runtime.Thread, n int64) error {
	if !v.limited() {
		return nil
	}
	ts := getThreadState(t)
	k := (int64(ts.ticks%goItemsPerStep) + n) / goItemsPerStep // steps completed
	ts.ticks += uint32(n)                                      // (keeps ticks mod goItemsPerStep right)
	if k == 0 {
		return nil
	}
	if v.cfg.MaxSteps > 0 && ts.steps <= k {
		ts.steps = 0
		return runtime.Errorf(t, runtime.RuntimeErrorType, "step limit exceeded")
	}
	if v.cfg.MaxSteps > 0 {
		ts.steps -= k - 1 // checkBudget counts the last one
	}
	return checkBudget(t, ts)
}
