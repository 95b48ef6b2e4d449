package stdlib

import (
	"fmt"
	"sync/atomic"
	"time"

	"pyg/runtime"
)

// Lock is _thread.LockType: a non-reentrant lock whose waits release the GIL.
// It is a one-slot semaphore so that acquire can time out.
type Lock struct {
	runtime.Header
	ch chan struct{} // holds a token while the lock is held
}

// LockType is _thread.LockType (threading.Lock).
var LockType = runtime.NewBuiltinType("lock", "_thread", nil, 0)

// RLock is _thread.RLock: a reentrant lock owned by one thread.
type RLock struct {
	runtime.Header
	lock  Lock
	owner atomic.Int64 // owning thread id, 0 when free
	count atomic.Int64 // recursion depth (changed only by the owner)
}

// RLockType is _thread.RLock.
var RLockType = runtime.NewBuiltinType("RLock", "_thread", nil, 0)

// Type returns lock.
func (*Lock) Type() *runtime.Type { return LockType }

// Type returns RLock.
func (*RLock) Type() *runtime.Type { return RLockType }

func newLock() *Lock { return &Lock{ch: make(chan struct{}, 1)} }

// acquire takes the lock, waiting at most timeout (negative: forever) with the
// GIL released while it waits.
func (l *Lock) acquire(t *runtime.Thread, blocking bool, timeout float64) bool {
	if sim := t.Interp.Sim; sim != nil {
		return sim.LockAcquire(t, l, l.tryAcquire, blocking, timeout)
	}
	select {
	case l.ch <- struct{}{}:
		return true
	default:
	}
	if !blocking {
		return false
	}
	got := false
	t.Blocking(func() {
		if timeout < 0 {
			l.ch <- struct{}{}
			got = true
			return
		}
		timer := time.NewTimer(time.Duration(timeout * 1e9))
		defer timer.Stop()
		select {
		case l.ch <- struct{}{}:
			got = true
		case <-timer.C:
		}
	})
	return got
}

// tryAcquire takes the lock if it is free.
func (l *Lock) tryAcquire() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

func (l *Lock) release(t *runtime.Thread) error {
	select {
	case <-l.ch:
		if sim := t.Interp.Sim; sim != nil {
			sim.LockReleased(l)
		}
		return nil
	default:
		return runtime.Errorf(t, runtime.RuntimeErrorType, "release unlocked lock")
	}
}

func (l *Lock) locked() bool { return len(l.ch) > 0 }

// acquireArgs parses acquire(blocking=True, timeout=-1).
func acquireArgs(t *runtime.Thread, args []runtime.Object, kw []string) (bool, float64, error) {
	blocking, timeout := true, -1.0
	if err := runtime.UnpackArgs(t, "acquire", args, kw, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return false, 0, err
	}
	if !blocking && timeout != -1 {
		return false, 0, runtime.Errorf(t, runtime.ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, runtime.Errorf(t, runtime.ValueErrorType, "timeout value must be a non-negative number")
	}
	if err := checkTimeout(t, timeout); err != nil {
		return false, 0, err
	}
	return blocking, timeout, nil
}

func init() {
	LockType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "lock", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return newLock(), nil
	}
	lockAcquire := func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		blocking, timeout, err := acquireArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		return runtime.NewBool(self.(*Lock).acquire(t, blocking, timeout)), nil
	}
	lockRelease := func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := self.(*Lock).release(t); err != nil {
			return nil, err
		}
		return runtime.None, nil
	}
	LockType.AddMethod("acquire", runtime.InstanceMethod, lockAcquire)
	LockType.AddMethod("acquire_lock", runtime.InstanceMethod, lockAcquire)
	LockType.AddMethod("__enter__", runtime.InstanceMethod, lockAcquire)
	LockType.AddMethod("release", runtime.InstanceMethod, lockRelease)
	LockType.AddMethod("release_lock", runtime.InstanceMethod, lockRelease)
	LockType.AddMethod("__exit__", runtime.InstanceMethod, lockRelease)
	LockType.AddMethod("locked", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewBool(self.(*Lock).locked()), nil
	})
	LockType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		state := "unlocked"
		if o.(*Lock).locked() {
			state = "locked"
		}
		return runtime.NewStr(fmt.Sprintf("<%s _thread.lock object at %p>", state, o)), nil
	}

	RLockType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		return &RLock{lock: Lock{ch: make(chan struct{}, 1)}}, nil
	}
	rlockAcquire := func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		r := self.(*RLock)
		blocking, timeout, err := acquireArgs(t, args, kw)
		if err != nil {
			return nil, err
		}
		if r.owner.Load() == t.ID {
			r.count.Add(1)
			return runtime.True, nil
		}
		if !r.lock.acquire(t, blocking, timeout) {
			return runtime.False, nil
		}
		r.owner.Store(t.ID)
		r.count.Store(1)
		return runtime.True, nil
	}
	rlockRelease := func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		r := self.(*RLock)
		if r.owner.Load() != t.ID {
			return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "cannot release un-acquired lock")
		}
		if r.count.Add(-1) == 0 {
			r.owner.Store(0)
			if err := r.lock.release(t); err != nil {
				return nil, err
			}
		}
		return runtime.None, nil
	}
	RLockType.AddMethod("acquire", runtime.InstanceMethod, rlockAcquire)
	RLockType.AddMethod("__enter__", runtime.InstanceMethod, rlockAcquire)
	RLockType.AddMethod("release", runtime.InstanceMethod, rlockRelease)
	RLockType.AddMethod("__exit__", runtime.InstanceMethod, rlockRelease)
	RLockType.AddMethod("_is_owned", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewBool(self.(*RLock).owner.Load() == t.ID), nil
	})
	// _release_save and _acquire_restore let threading.Condition wait on an
	// RLock held recursively: release it completely, then restore its state.
	RLockType.AddMethod("_release_save", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		r := self.(*RLock)
		if r.owner.Load() != t.ID {
			return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "cannot release un-acquired lock")
		}
		count := r.count.Swap(0)
		owner := r.owner.Swap(0)
		if err := r.lock.release(t); err != nil {
			return nil, err
		}
		return runtime.NewTuple(t, []runtime.Object{runtime.Int(count), runtime.Int(owner)}), nil
	})
	RLockType.AddMethod("_acquire_restore", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		r := self.(*RLock)
		var state *runtime.Tuple
		if err := runtime.UnpackArgs(t, "_acquire_restore", args, kw, "state", &state); err != nil {
			return nil, err
		}
		if len(state.Items) != 2 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "_acquire_restore() argument must be a 2-tuple")
		}
		count, err := runtime.IndexInt(t, state.Items[0])
		if err != nil {
			return nil, err
		}
		owner, err := runtime.IndexInt(t, state.Items[1])
		if err != nil {
			return nil, err
		}
		r.lock.acquire(t, true, -1)
		r.owner.Store(int64(owner))
		r.count.Store(int64(count))
		return runtime.None, nil
	})
	RLockType.AddMethod("_recursion_count", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		r := self.(*RLock)
		if r.owner.Load() != t.ID {
			return runtime.Int(0), nil
		}
		return runtime.Int(r.count.Load()), nil
	})
	RLockType.Repr = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		r := o.(*RLock)
		owner := r.owner.Load()
		state, count := "unlocked", int64(0)
		if owner != 0 {
			state, count = "locked", r.count.Load()
		}
		return runtime.NewStr(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %p>", state, owner, count, o)), nil
	}
	RLockType.AddMethod("locked", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return runtime.NewBool(self.(*RLock).lock.locked()), nil
	})
}
