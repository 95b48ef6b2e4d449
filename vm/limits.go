package vm

import (
	"pyg/parser"
	"pyg/runtime"
)

// Budgets for untrusted code (Config.MaxSteps, Config.MaxMemory).
//
// The step budget counts eval-breaker checks (function entries and backward
// jumps) and, through runtime.Thread.Tick, items handled by Go loops inside
// builtins (one step per goItemsPerStep items), so that sum(range(10**12))
// stops as surely as `while True: pass`; big-int products and powers count
// by their size (TickWork, work.go). Once spent, every later check
// raises again, so `except: pass` cannot swallow it for good.
//
// The memory budget bounds the Go heap of the process: large allocations
// (sequence repetition, bytes(n)...) are checked before they are made
// (runtime.Thread.CheckAlloc), and the heap is sampled every memCheckEvery
// budget checks so that growth one item at a time stops too. Exceeding it
// raises MemoryError.

const (
	goItemsPerStep = 16
	memCheckEvery  = 256
)

// limited reports whether a budget is configured.
func (v *VM) limited() bool { return v.cfg.MaxSteps > 0 || v.cfg.MaxMemory > 0 }

// Tick implements runtime.Budget: one item of work done by Go code.
func (v *VM) Tick(t *runtime.Thread) error {
	if !v.limited() {
		return nil
	}
	ts := getThreadState(t)
	ts.ticks++
	if ts.ticks%goItemsPerStep != 0 {
		return nil
	}
	return checkBudget(t, ts)
}

// MemoryLimit implements runtime.Budget.
func (v *VM) MemoryLimit() int64 { return v.cfg.MaxMemory }

// checkBudget counts one step and samples the heap now and then.
func checkBudget(t *runtime.Thread, ts *threadState) error {
	v, ok := t.Interp.Impl.(*VM)
	if !ok {
		return nil
	}
	if v.cfg.MaxSteps > 0 {
		ts.steps--
		if ts.steps <= 0 {
			ts.steps = 0
			return runtime.Errorf(t, runtime.RuntimeErrorType, "step limit exceeded")
		}
	}
	if m := v.cfg.MaxMemory; m > 0 {
		ts.budgetN++
		if ts.budgetN%memCheckEvery == 0 && !runtime.HeapBelow(m) {
			return runtime.NewException(t, runtime.MemoryErrorType)
		}
	}
	return nil
}

// sourceTooDeep converts the parser's or compiler's "source too deeply
// nested" error (a *parser.SyntaxError whose Kind is RecursionError or
// MemoryError, as CPython raises them) into that exception.
func (vm *VM) sourceTooDeep(t *runtime.Thread, se *parser.SyntaxError) *runtime.Exception {
	typ := runtime.RecursionErrorType
	if se.Kind == "MemoryError" {
		typ = runtime.MemoryErrorType
	}
	e := runtime.NewException(t, typ, runtime.NewStr(se.Msg))
	vm.syntaxErrors.Store(e, se)
	return e
}
