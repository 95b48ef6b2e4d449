package stdlib

import (
	"strconv"
	"strings"
	"sync"

	"pyg/runtime"
)

// _collections: the native part of collections (deque). Every single deque
// operation runs under the deque's lock, so it is atomic in free-threaded mode.

func init() { native["_collections"] = newCollections }

// Deque is collections.deque: a ring buffer.
type Deque struct {
	runtime.Header
	mu     sync.Mutex
	buf    []runtime.Object
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
	typ    *runtime.Type // nil: deque itself; else a subclass
	dict   *runtime.Dict // instance __dict__ of a subclass instance
}

var (
	DequeType     = newModType("deque", "collections")
	dequeIterType = newModType("_deque_iterator", "_collections")
	dequeRevType  = newModType("_deque_reverse_iterator", "_collections")
)

// Type returns collections.deque.
func (d *Deque) Type() *runtime.Type {
	if d.typ != nil {
		return d.typ
	}
	return DequeType
}

// InstanceDict returns the __dict__ of an instance of a deque subclass.
func (d *Deque) InstanceDict() *runtime.Dict { return d.dict }

func (d *Deque) at(i int) runtime.Object { return d.buf[(d.head+i)%len(d.buf)] }
func (d *Deque) setAt(i int, v runtime.Object) {
	d.buf[(d.head+i)%len(d.buf)] = v
}

func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	nb := make([]runtime.Object, 2*len(d.buf)+8)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

// pushRight/pushLeft/popRight/popLeft work on the locked deque; they return
// a value the caller must Decref after unlocking (the evicted or popped item).
func (d *Deque) pushRight(v runtime.Object) (evicted runtime.Object) {
	if d.maxlen == 0 {
		return v
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		evicted = d.popLeft()
	}
	d.grow()
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
	d.state++
	return evicted
}

func (d *Deque) pushLeft(v runtime.Object) (evicted runtime.Object) {
	if d.maxlen == 0 {
		return v
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		evicted = d.popRight()
	}
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
	d.state++
	return evicted
}

func (d *Deque) popLeft() runtime.Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.state++
	return v
}

func (d *Deque) popRight() runtime.Object {
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return v
}

// snapshot returns the items in order.
func (d *Deque) snapshot(t *runtime.Thread) []runtime.Object {
	t.Lock(&d.mu)
	out := make([]runtime.Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	t.Unlock(&d.mu)
	return out
}

// replace sets the contents (taking new references) and drops the old ones.
func (d *Deque) replace(t *runtime.Thread, items []runtime.Object) {
	for _, v := range items {
		t.Incref(v)
	}
	t.Lock(&d.mu)
	old := make([]runtime.Object, d.n)
	for i := range old {
		old[i] = d.at(i)
	}
	d.buf = make([]runtime.Object, len(items)+8)
	d.head, d.n = 0, 0
	var evicted []runtime.Object
	for _, v := range items {
		if e := d.pushRight(v); e != nil {
			evicted = append(evicted, e)
		}
	}
	d.state++
	t.Unlock(&d.mu)
	for _, v := range old {
		t.Decref(v)
	}
	for _, v := range evicted {
		t.Decref(v)
	}
}

func (d *Deque) length(t *runtime.Thread) int {
	t.Lock(&d.mu)
	n := d.n
	t.Unlock(&d.mu)
	return n
}

func asDeque(o runtime.Object) *Deque { return o.(*Deque) }

func dequeInit(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) error {
	d := asDeque(self)
	var iterable runtime.Object
	var maxlen runtime.Object = runtime.None
	if err := runtime.UnpackArgs(t, "deque", args, kw, "iterable?", &iterable, "maxlen?", &maxlen); err != nil {
		return err
	}
	ml := -1
	if maxlen != runtime.None {
		n, err := runtime.IndexInt(t, maxlen)
		if err != nil {
			return err
		}
		if n < 0 {
			return runtime.Errorf(t, runtime.ValueErrorType, "maxlen must be non-negative")
		}
		ml = n
	}
	var items []runtime.Object
	if iterable != nil {
		var err error
		if items, err = runtime.IterateAll(t, iterable); err != nil {
			return err
		}
	}
	t.Lock(&d.mu)
	d.maxlen = ml
	t.Unlock(&d.mu)
	d.replace(t, items)
	return nil
}

func (d *Deque) extend(t *runtime.Thread, iterable runtime.Object, left bool) error {
	var items []runtime.Object
	var err error
	if iterable == runtime.Object(d) {
		items = d.snapshot(t)
	} else if items, err = runtime.IterateAll(t, iterable); err != nil {
		return err
	}
	for _, v := range items {
		t.Incref(v)
	}
	var evicted []runtime.Object
	t.Lock(&d.mu)
	for _, v := range items {
		var e runtime.Object
		if left {
			e = d.pushLeft(v)
		} else {
			e = d.pushRight(v)
		}
		if e != nil {
			evicted = append(evicted, e)
		}
	}
	t.Unlock(&d.mu)
	for _, v := range evicted {
		t.Decref(v)
	}
	return nil
}

func dequeIndexArg(t *runtime.Thread, d *Deque, key runtime.Object) (int, error) {
	if !isInt(key) && key.Type().Index == nil {
		return 0, runtime.Errorf(t, runtime.TypeErrorType, "sequence index must be integer, not '%s'", runtime.TypeName(key))
	}
	i, err := runtime.IndexInt(t, key)
	if err != nil {
		return 0, err
	}
	return i, nil
}

func dequeRepr(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	d := asDeque(o)
	items := d.snapshot(t)
	t.Lock(&d.mu)
	ml := d.maxlen
	t.Unlock(&d.mu)
	var b strings.Builder
	b.WriteString(d.Type().Name + "(")
	if runtime.ReprEnter(t, d) {
		b.WriteString("[...]")
	} else {
		b.WriteByte('[')
		for i, x := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := runtime.Repr(t, x)
			if err != nil {
				runtime.ReprLeave(t, d)
				return nil, err
			}
			b.WriteString(s.String())
		}
		b.WriteByte(']')
		runtime.ReprLeave(t, d)
	}
	if ml >= 0 {
		b.WriteString(", maxlen=" + strconv.Itoa(ml))
	}
	b.WriteByte(')')
	return runtime.NewStr(b.String()), nil
}

func compareSeq(t *runtime.Thread, a, b []runtime.Object, op runtime.CompareOp) (runtime.Object, error) {
	if len(a) != len(b) && (op == runtime.OpEq || op == runtime.OpNe) {
		return runtime.NewBool(op == runtime.OpNe), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := runtime.Equal(t, a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		x, y := len(a), len(b)
		var r bool
		switch op {
		case runtime.OpEq:
			r = x == y
		case runtime.OpNe:
			r = x != y
		case runtime.OpLt:
			r = x < y
		case runtime.OpLe:
			r = x <= y
		case runtime.OpGt:
			r = x > y
		case runtime.OpGe:
			r = x >= y
		}
		return runtime.NewBool(r), nil
	}
	switch op {
	case runtime.OpEq:
		return runtime.False, nil
	case runtime.OpNe:
		return runtime.True, nil
	}
	return runtime.RichCompare(t, a[i], b[i], op)
}

type dequeIter struct {
	runtime.Header
	d     *Deque
	i     int
	state uint64
	rev   bool
}

func (it *dequeIter) Type() *runtime.Type {
	if it.rev {
		return dequeRevType
	}
	return dequeIterType
}

func dequeIterNext(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	it := o.(*dequeIter)
	d := it.d
	if d == nil {
		return nil, nil
	}
	t.Lock(&d.mu)
	if d.state != it.state {
		t.Unlock(&d.mu)
		return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= d.n {
		t.Unlock(&d.mu)
		it.d = nil
		t.Decref(d)
		return nil, nil
	}
	var v runtime.Object
	if it.rev {
		v = d.at(d.n - 1 - it.i)
	} else {
		v = d.at(it.i)
	}
	it.i++
	t.Unlock(&d.mu)
	return v, nil
}

func newDequeIter(t *runtime.Thread, d *Deque, rev bool) *dequeIter {
	t.Incref(d)
	t.Lock(&d.mu)
	st := d.state
	t.Unlock(&d.mu)
	return &dequeIter{d: d, state: st, rev: rev}
}

func dequeMethod(name string, fn runtime.MethodFn) {
	DequeType.AddMethod(name, runtime.InstanceMethod, fn)
}

func newDequeFrom(t *runtime.Thread, items []runtime.Object, maxlen int) *Deque {
	d := &Deque{maxlen: maxlen}
	d.replace(t, items)
	return d
}

func findInDeque(t *runtime.Thread, d *Deque, x runtime.Object, start, stop int) (int, error) {
	t.Lock(&d.mu)
	st := d.state
	t.Unlock(&d.mu)
	for i := start; i < stop; i++ {
		t.Lock(&d.mu)
		if d.state != st {
			t.Unlock(&d.mu)
			return -1, runtime.Errorf(t, runtime.RuntimeErrorType, "deque mutated during iteration")
		}
		if i >= d.n {
			t.Unlock(&d.mu)
			break
		}
		v := d.at(i)
		t.Unlock(&d.mu)
		eq := identical(v, x)
		if !eq {
			var err error
			if eq, err = runtime.Equal(t, v, x); err != nil {
				return -1, err
			}
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func init() {
	typ := DequeType
	runtime.AllowSubclassing(typ)
	typ.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		d := &Deque{maxlen: -1}
		if typ != DequeType {
			d.typ, d.dict = typ, runtime.NewInstanceDict(typ)
		}
		return d, nil
	}
	typ.Init = dequeInit
	typ.Dealloc = func(t *runtime.Thread, o runtime.Object) { asDeque(o).replace(t, nil) }
	typ.Repr = dequeRepr
	typ.Len = func(t *runtime.Thread, o runtime.Object) (int, error) { return asDeque(o).length(t), nil }
	typ.Bool = func(t *runtime.Thread, o runtime.Object) (bool, error) { return asDeque(o).length(t) > 0, nil }
	typ.Iter = func(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
		return newDequeIter(t, asDeque(o), false), nil
	}
	typ.Hash = func(t *runtime.Thread, o runtime.Object) (int64, error) {
		return 0, runtime.Errorf(t, runtime.TypeErrorType, "unhashable type: 'collections.deque'")
	}
	typ.AddAttr("__hash__", runtime.None)
	typ.Compare = func(t *runtime.Thread, a, b runtime.Object, op runtime.CompareOp) (runtime.Object, error) {
		x, ok1 := a.(*Deque)
		y, ok2 := b.(*Deque)
		if !ok1 || !ok2 {
			return runtime.NotImplemented, nil
		}
		return compareSeq(t, x.snapshot(t), y.snapshot(t), op)
	}
	typ.Contains = func(t *runtime.Thread, o, v runtime.Object) (bool, error) {
		d := asDeque(o)
		i, err := findInDeque(t, d, v, 0, 1<<62)
		return i >= 0, err
	}
	typ.GetItem = func(t *runtime.Thread, o, key runtime.Object) (runtime.Object, error) {
		d := asDeque(o)
		i, err := dequeIndexArg(t, d, key)
		if err != nil {
			return nil, err
		}
		t.Lock(&d.mu)
		defer t.Unlock(&d.mu)
		if i < 0 {
			i += d.n
		}
		if i < 0 || i >= d.n {
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "deque index out of range")
		}
		return d.at(i), nil
	}
	typ.SetItem = func(t *runtime.Thread, o, key, v runtime.Object) error {
		d := asDeque(o)
		i, err := dequeIndexArg(t, d, key)
		if err != nil {
			return err
		}
		t.Incref(v)
		t.Lock(&d.mu)
		if i < 0 {
			i += d.n
		}
		if i < 0 || i >= d.n {
			t.Unlock(&d.mu)
			t.Decref(v)
			return runtime.Errorf(t, runtime.IndexErrorType, "deque index out of range")
		}
		old := d.at(i)
		if v != nil {
			d.setAt(i, v)
		} else {
			items := make([]runtime.Object, 0, d.n-1)
			for j := 0; j < d.n; j++ {
				if j != i {
					items = append(items, d.at(j))
				}
			}
			d.buf = append(items, make([]runtime.Object, 8)...)
			d.head, d.n = 0, len(items)
			d.state++
		}
		t.Unlock(&d.mu)
		t.Decref(old)
		return nil
	}
	typ.Number[runtime.OpAdd] = func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		x, ok := a.(*Deque)
		if !ok {
			return runtime.NotImplemented, nil
		}
		y, ok := b.(*Deque)
		if !ok {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", runtime.TypeName(b))
		}
		t.Lock(&x.mu)
		ml := x.maxlen
		t.Unlock(&x.mu)
		return newDequeFrom(t, append(x.snapshot(t), y.snapshot(t)...), ml), nil
	}
	mul := func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		x, ok := a.(*Deque)
		if !ok {
			x, ok = b.(*Deque)
			a, b = b, a
		}
		if !isInt(b) {
			return runtime.NotImplemented, nil
		}
		n, err := runtime.IndexInt(t, b)
		if err != nil {
			return nil, err
		}
		items := x.snapshot(t)
		var out []runtime.Object
		for i := 0; i < n; i++ {
			out = append(out, items...)
		}
		t.Lock(&x.mu)
		ml := x.maxlen
		t.Unlock(&x.mu)
		return newDequeFrom(t, out, ml), nil
	}
	typ.Number[runtime.OpMul] = mul
	typ.Inplace[runtime.OpAdd] = func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		if err := asDeque(a).extend(t, b, false); err != nil {
			return nil, err
		}
		return a, nil
	}
	typ.Inplace[runtime.OpMul] = func(t *runtime.Thread, a, b runtime.Object) (runtime.Object, error) {
		if !isInt(b) {
			return runtime.NotImplemented, nil
		}
		n, err := runtime.IndexInt(t, b)
		if err != nil {
			return nil, err
		}
		d := asDeque(a)
		items := d.snapshot(t)
		var out []runtime.Object
		for i := 0; i < n; i++ {
			out = append(out, items...)
		}
		d.replace(t, out)
		return a, nil
	}
	typ.AddGetSet("maxlen", func(t *runtime.Thread, self runtime.Object) (runtime.Object, error) {
		d := asDeque(self)
		t.Lock(&d.mu)
		ml := d.maxlen
		t.Unlock(&d.mu)
		if ml < 0 {
			return runtime.None, nil
		}
		return runtime.Int(ml), nil
	}, nil)

	push := func(name string, left bool) {
		dequeMethod(name, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "deque."+name, args, kw, 1, 1); err != nil {
				return nil, err
			}
			d := asDeque(self)
			v := args[0]
			t.Incref(v)
			t.Lock(&d.mu)
			var e runtime.Object
			if left {
				e = d.pushLeft(v)
			} else {
				e = d.pushRight(v)
			}
			t.Unlock(&d.mu)
			t.Decref(e)
			return runtime.None, nil
		})
	}
	push("append", false)
	push("appendleft", true)
	pop := func(name string, left bool) {
		dequeMethod(name, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "deque."+name, args, kw, 0, 0); err != nil {
				return nil, err
			}
			d := asDeque(self)
			t.Lock(&d.mu)
			if d.n == 0 {
				t.Unlock(&d.mu)
				return nil, runtime.Errorf(t, runtime.IndexErrorType, "pop from an empty deque")
			}
			var v runtime.Object
			if left {
				v = d.popLeft()
			} else {
				v = d.popRight()
			}
			t.Unlock(&d.mu)
			t.Decref(v)
			return v, nil
		})
	}
	pop("pop", false)
	pop("popleft", true)
	dequeMethod("extend", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.extend", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return runtime.None, asDeque(self).extend(t, args[0], false)
	})
	dequeMethod("extendleft", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.extendleft", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return runtime.None, asDeque(self).extend(t, args[0], true)
	})
	dequeMethod("rotate", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.rotate", args, kw, 0, 1); err != nil {
			return nil, err
		}
		n := 1
		if len(args) == 1 {
			var err error
			if n, err = runtime.IndexInt(t, args[0]); err != nil {
				return nil, err
			}
		}
		d := asDeque(self)
		t.Lock(&d.mu)
		if d.n > 1 {
			k := ((n % d.n) + d.n) % d.n
			for i := 0; i < k; i++ {
				d.pushLeft(d.popRight())
			}
			d.state++
		}
		t.Unlock(&d.mu)
		return runtime.None, nil
	})
	dequeMethod("clear", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.clear", args, kw, 0, 0); err != nil {
			return nil, err
		}
		asDeque(self).replace(t, nil)
		return runtime.None, nil
	})
	dequeMethod("reverse", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.reverse", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d := asDeque(self)
		t.Lock(&d.mu)
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.setAt(i, b)
			d.setAt(j, a)
		}
		d.state++
		t.Unlock(&d.mu)
		return runtime.None, nil
	})
	cp := func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.copy", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d := asDeque(self)
		t.Lock(&d.mu)
		ml := d.maxlen
		t.Unlock(&d.mu)
		if d.typ != nil {
			// CPython: a subclass is copied by calling it
			if ml < 0 {
				return runtime.Call(t, d.typ, []runtime.Object{d}, nil)
			}
			return runtime.Call(t, d.typ, []runtime.Object{d, runtime.Int(ml)}, []string{"maxlen"})
		}
		return newDequeFrom(t, d.snapshot(t), ml), nil
	}
	dequeMethod("copy", cp)
	dequeMethod("__copy__", cp)
	// __reduce__: (type, () or ((), maxlen), __dict__ or None, iterator),
	// which copy and pickle use to rebuild the deque.
	dequeMethod("__reduce__", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "__reduce__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		d := asDeque(self)
		t.Lock(&d.mu)
		ml := d.maxlen
		t.Unlock(&d.mu)
		var state runtime.Object = runtime.None
		if d.dict != nil && d.dict.Len() > 0 {
			state = d.dict
		}
		newArgs := runtime.Object(runtime.EmptyTuple)
		if ml >= 0 {
			newArgs = runtime.NewTuple(t, []runtime.Object{runtime.EmptyTuple, runtime.Int(ml)})
		}
		return runtime.NewTuple(t, []runtime.Object{self.Type(), newArgs, state, newDequeIter(t, d, false)}), nil
	})
	dequeMethod("count", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.count", args, kw, 1, 1); err != nil {
			return nil, err
		}
		d := asDeque(self)
		n := 0
		t.Lock(&d.mu)
		st := d.state
		t.Unlock(&d.mu)
		for _, v := range d.snapshot(t) {
			eq := identical(v, args[0])
			if !eq {
				var err error
				if eq, err = runtime.Equal(t, v, args[0]); err != nil {
					return nil, err
				}
			}
			if eq {
				n++
			}
			t.Lock(&d.mu)
			changed := d.state != st
			t.Unlock(&d.mu)
			if changed {
				return nil, runtime.Errorf(t, runtime.RuntimeErrorType, "deque mutated during iteration")
			}
		}
		return runtime.Int(n), nil
	})
	dequeMethod("index", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		d := asDeque(self)
		n := d.length(t)
		start, stop := 0, n
		norm := func(o runtime.Object) (int, error) {
			i, err := runtime.IndexInt(t, o)
			if err != nil {
				return 0, err
			}
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			return i, nil
		}
		var err error
		if len(args) > 1 {
			if start, err = norm(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if stop, err = norm(args[2]); err != nil {
				return nil, err
			}
		}
		i, err := findInDeque(t, d, args[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			r, err := reprOf(t, args[0])
			if err != nil {
				return nil, err
			}
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "%s is not in deque", r)
		}
		return runtime.Int(i), nil
	})
	dequeMethod("insert", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "insert", args, kw, 2, 2); err != nil {
			return nil, err
		}
		i, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		d := asDeque(self)
		v := args[1]
		t.Incref(v)
		t.Lock(&d.mu)
		if d.maxlen >= 0 && d.n >= d.maxlen {
			t.Unlock(&d.mu)
			t.Decref(v)
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "deque already at its maximum size")
		}
		if i < 0 {
			i += d.n
			if i < 0 {
				i = 0
			}
		}
		if i > d.n {
			i = d.n
		}
		items := make([]runtime.Object, 0, d.n+1)
		for j := 0; j < d.n; j++ {
			if j == i {
				items = append(items, v)
			}
			items = append(items, d.at(j))
		}
		if i == d.n {
			items = append(items, v)
		}
		d.buf = append(items, make([]runtime.Object, 8)...)
		d.head, d.n = 0, len(items)
		d.state++
		t.Unlock(&d.mu)
		return runtime.None, nil
	})
	dequeMethod("remove", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "deque.remove", args, kw, 1, 1); err != nil {
			return nil, err
		}
		d := asDeque(self)
		i, err := findInDeque(t, d, args[0], 0, 1<<62)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "deque.remove(x): x not in deque")
		}
		return runtime.None, typ.SetItem(t, d, runtime.Int(i), nil)
	})
	dequeMethod("__reversed__", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return newDequeIter(t, asDeque(self), true), nil
	})
	dequeMethod("__class_getitem__", func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		return self, nil
	})
	for _, it := range []*runtime.Type{dequeIterType, dequeRevType} {
		it.Iter = selfIter
		it.Next = dequeIterNext
		it.Dealloc = func(t *runtime.Thread, o runtime.Object) {
			di := o.(*dequeIter)
			if d := di.d; d != nil {
				di.d = nil
				t.Decref(d)
			}
		}
		it.AddMethod("__length_hint__", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			di := self.(*dequeIter)
			if di.d == nil {
				return runtime.Int(0), nil
			}
			return runtime.Int(di.d.length(t) - di.i), nil
		})
	}
}

func newCollections(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "_collections")
	m.Dict.SetStr(t, runtime.Intern("deque"), DequeType)
	m.Dict.SetStr(t, runtime.Intern("_deque_iterator"), dequeIterType)
	m.Dict.SetStr(t, runtime.Intern("_deque_reverse_iterator"), dequeRevType)
	m.Dict.SetStr(t, runtime.Intern("_tuplegetter"), tupleGetterType)
	return m, nil
}
