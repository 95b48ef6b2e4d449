package stdlib

import (
	"strings"

	"pyg/runtime"
)

// The itertools module. Every iterator is an itObj: a Go closure producing
// the next value, plus the counted references it holds.

func init() { native["itertools"] = newItertools }

type itObj struct {
	runtime.Header
	typ  *runtime.Type
	next func(t *runtime.Thread) (runtime.Object, error)
	repr func(t *runtime.Thread) (string, error)
	refs []runtime.Object // counted references dropped at deallocation
	done bool
	// onDealloc releases state other than refs (slots, buffers).
	onDealloc []func(t *runtime.Thread)
	extra     any
}

// track makes s released when the iterator is deallocated.
func (o *itObj) track(s *slot) *slot {
	o.onDealloc = append(o.onDealloc, func(t *runtime.Thread) { s.set(t, nil) })
	return s
}

func (o *itObj) Type() *runtime.Type { return o.typ }

// hold counts a reference owned by the iterator until it is deallocated.
func (o *itObj) hold(t *runtime.Thread, v runtime.Object) runtime.Object {
	t.Incref(v)
	o.refs = append(o.refs, v)
	return v
}

// slot is a counted reference that changes over time.
type slot struct{ v runtime.Object }

func (s *slot) set(t *runtime.Thread, v runtime.Object) {
	t.Incref(v)
	old := s.v
	s.v = v
	t.Decref(old)
}

func itNext(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	it := o.(*itObj)
	if it.done {
		return nil, nil
	}
	v, err := it.next(t)
	if v == nil && err == nil {
		it.done = true
	}
	return v, err
}

func itDealloc(t *runtime.Thread, o runtime.Object) {
	it := o.(*itObj)
	refs := it.refs
	it.refs = nil
	it.done = true
	fns := it.onDealloc
	it.onDealloc = nil
	for _, f := range fns {
		f(t)
	}
	for _, r := range refs {
		t.Decref(r)
	}
}

func itRepr(t *runtime.Thread, o runtime.Object) (runtime.Object, error) {
	it := o.(*itObj)
	if it.repr != nil {
		s, err := it.repr(t)
		if err != nil {
			return nil, err
		}
		return runtime.NewStr(s), nil
	}
	return runtime.NewStr("<" + it.typ.Module + "." + it.typ.Name + " object at 0x" + hexAddr(o) + ">"), nil
}

func hexAddr(o runtime.Object) string {
	return strings.TrimPrefix(runtime.IntFormatBase(runtime.Int(int64(runtime.ObjectAddr(o))), 16, false), "0x")
}

type itCtor func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error

var itertoolsTypes []*runtime.Type

func newItType(name string, ctor itCtor) *runtime.Type {
	typ := newModType(name, "itertools")
	typ.Iter = selfIter
	typ.Next = itNext
	typ.Dealloc = itDealloc
	typ.Repr = itRepr
	typ.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		it := &itObj{typ: typ}
		if err := ctor(t, it, args, kw); err != nil {
			itDealloc(t, it)
			return nil, err
		}
		return it, nil
	}
	itertoolsTypes = append(itertoolsTypes, typ)
	return typ
}

func reprOf(t *runtime.Thread, o runtime.Object) (string, error) {
	s, err := runtime.Repr(t, o)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

func iterOf(t *runtime.Thread, it *itObj, o runtime.Object) (runtime.Object, error) {
	i, err := runtime.Iter(t, o)
	if err != nil {
		return nil, err
	}
	return it.hold(t, i), nil
}

func noKw(t *runtime.Thread, name string, kw []string) error {
	if len(kw) > 0 {
		return runtime.Errorf(t, runtime.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

func nargs(t *runtime.Thread, name string, args []runtime.Object, min, max int) error {
	n := len(args)
	if n < min {
		return runtime.Errorf(t, runtime.TypeErrorType, "%s expected %d argument%s, got %d", name, min, pl(min), n)
	}
	if n > max {
		return runtime.Errorf(t, runtime.TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, pl(max), n)
	}
	return nil
}

func pl(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func isNumber(o runtime.Object) bool {
	switch o.(type) {
	case runtime.Int, *runtime.BigInt, runtime.Bool, runtime.Float, runtime.Complex:
		return true
	}
	return o.Type().Number[runtime.OpAdd] != nil
}

var (
	countType = newItType("count", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var start, step runtime.Object = runtime.Int(0), runtime.Int(1)
		if err := runtime.UnpackArgs(t, "count", args, kw, "start?", &start, "step?", &step); err != nil {
			return err
		}
		if !isNumber(start) || !isNumber(step) {
			return runtime.Errorf(t, runtime.TypeErrorType, "a number is required")
		}
		cur := it.track(&slot{})
		cur.set(t, start)
		it.hold(t, step)
		var mu = new(syncMutex)
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			mu.lock(t)
			v := cur.v
			if a, ok := v.(runtime.Int); ok {
				if s, ok := step.(runtime.Int); ok && !addOverflows(int64(a), int64(s)) {
					cur.v = a + s
					mu.unlock(t)
					return v, nil
				}
			}
			mu.unlock(t)
			nv, err := runtime.Binary(t, runtime.OpAdd, v, step)
			if err != nil {
				return nil, err
			}
			mu.lock(t)
			cur.set(t, nv)
			mu.unlock(t)
			return v, nil
		}
		it.repr = func(t *runtime.Thread) (string, error) {
			mu.lock(t)
			v := cur.v
			mu.unlock(t)
			s, err := reprOf(t, v)
			if err != nil {
				return "", err
			}
			if st, ok := step.(runtime.Int); ok && st == 1 {
				return "count(" + s + ")", nil
			}
			s2, err := reprOf(t, step)
			if err != nil {
				return "", err
			}
			return "count(" + s + ", " + s2 + ")", nil
		}
		return nil
	})

	cycleType = newItType("cycle", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		if err := noKw(t, "cycle", kw); err != nil {
			return err
		}
		if err := nargs(t, "cycle", args, 1, 1); err != nil {
			return err
		}
		src, err := iterOf(t, it, args[0])
		if err != nil {
			return err
		}
		var saved []runtime.Object
		first := true
		i := 0
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if first {
				v, err := runtime.Next(t, src)
				if err != nil {
					return nil, err
				}
				if v != nil {
					saved = append(saved, it.hold(t, v))
					return v, nil
				}
				first = false
			}
			if len(saved) == 0 {
				return nil, nil
			}
			v := saved[i]
			i = (i + 1) % len(saved)
			return v, nil
		}
		return nil
	})

	repeatType = newItType("repeat", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var o, times runtime.Object
		if err := runtime.UnpackArgs(t, "repeat", args, kw, "object", &o, "times?", &times); err != nil {
			return err
		}
		it.hold(t, o)
		n := -1
		if times != nil {
			var err error
			if n, err = runtime.IndexInt(t, times); err != nil {
				return err
			}
			if n < 0 {
				n = 0
			}
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if n == 0 {
				return nil, nil
			}
			if n > 0 {
				n--
			}
			return o, nil
		}
		it.repr = func(t *runtime.Thread) (string, error) {
			s, err := reprOf(t, o)
			if err != nil {
				return "", err
			}
			if n < 0 {
				return "repeat(" + s + ")", nil
			}
			return "repeat(" + s + ", " + runtime.IntToString(runtime.Int(n)) + ")", nil
		}
		return nil
	})

	accumulateType = newItType("accumulate", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var iterable runtime.Object
		var fn, initial runtime.Object = runtime.None, runtime.None
		if err := runtime.UnpackArgs(t, "accumulate", args, kw, "iterable", &iterable, "func?", &fn, "initial?", &initial); err != nil {
			return err
		}
		src, err := iterOf(t, it, iterable)
		if err != nil {
			return err
		}
		it.hold(t, fn)
		total := it.track(&slot{})
		if initial != runtime.None {
			total.set(t, initial)
		}
		pendingInitial := initial != runtime.None
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if pendingInitial {
				pendingInitial = false
				return total.v, nil
			}
			v, err := runtime.Next(t, src)
			if v == nil || err != nil {
				total.set(t, nil)
				return nil, err
			}
			if total.v == nil {
				total.set(t, v)
				return v, nil
			}
			var nv runtime.Object
			if fn == runtime.None {
				nv, err = runtime.Binary(t, runtime.OpAdd, total.v, v)
			} else {
				nv, err = runtime.Call(t, fn, []runtime.Object{total.v, v}, nil)
			}
			if err != nil {
				return nil, err
			}
			total.set(t, nv)
			return nv, nil
		}
		return nil
	})

	chainType = newItType("chain", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		if err := noKw(t, "chain", kw); err != nil {
			return err
		}
		srcs := append([]runtime.Object(nil), args...)
		for _, s := range srcs {
			it.hold(t, s)
		}
		it.next = chainNext(t, it, func(t *runtime.Thread) (runtime.Object, error) {
			if len(srcs) == 0 {
				return nil, nil
			}
			s := srcs[0]
			srcs = srcs[1:]
			return s, nil
		})
		return nil
	})

	compressType = newItType("compress", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var data, sel runtime.Object
		if err := runtime.UnpackArgs(t, "compress", args, kw, "data", &data, "selectors", &sel); err != nil {
			return err
		}
		d, err := iterOf(t, it, data)
		if err != nil {
			return err
		}
		s, err := iterOf(t, it, sel)
		if err != nil {
			return err
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			for {
				v, err := runtime.Next(t, d)
				if v == nil || err != nil {
					return nil, err
				}
				b, err := runtime.Next(t, s)
				if b == nil || err != nil {
					return nil, err
				}
				ok, err := runtime.Truth(t, b)
				if err != nil {
					return nil, err
				}
				if ok {
					return v, nil
				}
			}
		}
		return nil
	})

	dropwhileType   = newItType("dropwhile", predIter("dropwhile", 0))
	takewhileType   = newItType("takewhile", predIter("takewhile", 1))
	filterfalseType = newItType("filterfalse", predIter("filterfalse", 2))

	isliceType = newItType("islice", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		if err := noKw(t, "islice", kw); err != nil {
			return err
		}
		if len(args) < 2 || len(args) > 4 {
			if len(args) < 2 {
				return runtime.Errorf(t, runtime.TypeErrorType, "islice expected at least 2 arguments, got %d", len(args))
			}
			return runtime.Errorf(t, runtime.TypeErrorType, "islice expected at most 4 arguments, got %d", len(args))
		}
		start, stop, step := 0, -1, 1
		conv := func(o runtime.Object, msg string, def int) (int, error) {
			if o == runtime.None {
				return def, nil
			}
			if o.Type().Index == nil && !isInt(o) {
				return 0, runtime.Errorf(t, runtime.ValueErrorType, "%s", msg)
			}
			n, err := runtime.IndexInt(t, o)
			if err != nil || n < 0 {
				return 0, runtime.Errorf(t, runtime.ValueErrorType, "%s", msg)
			}
			return n, nil
		}
		var err error
		if len(args) == 2 {
			if stop, err = conv(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", -1); err != nil {
				return err
			}
		} else {
			const m = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
			if start, err = conv(args[1], m, 0); err != nil {
				return err
			}
			if stop, err = conv(args[2], m, -1); err != nil {
				return err
			}
			if len(args) == 4 {
				if args[3] != runtime.None {
					n, err := runtime.IndexInt(t, args[3])
					if err != nil || n <= 0 {
						return runtime.Errorf(t, runtime.ValueErrorType, "Step for islice() must be a positive integer or None.")
					}
					step = n
				}
			}
		}
		src, err := iterOf(t, it, args[0])
		if err != nil {
			return err
		}
		cnt := 0
		next := start
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			for {
				if stop >= 0 && next >= stop {
					// consume up to stop like CPython
					for cnt < stop {
						v, err := runtime.Next(t, src)
						if v == nil || err != nil {
							return nil, err
						}
						cnt++
					}
					return nil, nil
				}
				v, err := runtime.Next(t, src)
				if v == nil || err != nil {
					return nil, err
				}
				cnt++
				if cnt-1 == next {
					next += step
					return v, nil
				}
			}
		}
		return nil
	})

	pairwiseType = newItType("pairwise", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		if err := noKw(t, "pairwise", kw); err != nil {
			return err
		}
		if err := nargs(t, "pairwise", args, 1, 1); err != nil {
			return err
		}
		src, err := iterOf(t, it, args[0])
		if err != nil {
			return err
		}
		old := it.track(&slot{})
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if old.v == nil {
				v, err := runtime.Next(t, src)
				if v == nil || err != nil {
					return nil, err
				}
				old.set(t, v)
			}
			v, err := runtime.Next(t, src)
			if v == nil || err != nil {
				old.set(t, nil)
				return nil, err
			}
			r := runtime.NewTuple(t, []runtime.Object{old.v, v})
			old.set(t, v)
			return r, nil
		}
		return nil
	})

	starmapType = newItType("starmap", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		if err := noKw(t, "starmap", kw); err != nil {
			return err
		}
		if err := nargs(t, "starmap", args, 2, 2); err != nil {
			return err
		}
		fn := it.hold(t, args[0])
		src, err := iterOf(t, it, args[1])
		if err != nil {
			return err
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			v, err := runtime.Next(t, src)
			if v == nil || err != nil {
				return nil, err
			}
			items, err := runtime.SequenceItems(t, v, "")
			if err != nil {
				return nil, err
			}
			return runtime.Call(t, fn, items, nil)
		}
		return nil
	})

	zipLongestType = newItType("zip_longest", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var fill runtime.Object = runtime.None
		for i, k := range kw {
			if k != "fillvalue" {
				return runtime.Errorf(t, runtime.TypeErrorType, "zip_longest() got an unexpected keyword argument '%s'", k)
			}
			fill = args[len(args)-len(kw)+i]
		}
		it.hold(t, fill)
		pos := posArgs(args, kw)
		srcs := make([]runtime.Object, len(pos))
		for i, a := range pos {
			s, err := iterOf(t, it, a)
			if err != nil {
				return err
			}
			srcs[i] = s
		}
		active := len(srcs)
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if len(srcs) == 0 || active == 0 {
				return nil, nil
			}
			out := make([]runtime.Object, len(srcs))
			for i, s := range srcs {
				if s == nil {
					out[i] = fill
					continue
				}
				v, err := runtime.Next(t, s)
				if err != nil {
					return nil, err
				}
				if v == nil {
					srcs[i] = nil
					active--
					if active == 0 {
						return nil, nil
					}
					v = fill
				}
				out[i] = v
			}
			return runtime.NewTuple(t, out), nil
		}
		return nil
	})

	productType = newItType("product", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		repeat := 1
		for i, k := range kw {
			if k != "repeat" {
				return runtime.Errorf(t, runtime.TypeErrorType, "product() got an unexpected keyword argument '%s'", k)
			}
			n, err := runtime.IndexInt(t, args[len(args)-len(kw)+i])
			if err != nil {
				return err
			}
			if n < 0 {
				return runtime.Errorf(t, runtime.ValueErrorType, "repeat argument cannot be negative")
			}
			repeat = n
		}
		var pools [][]runtime.Object
		var base [][]runtime.Object
		for _, a := range posArgs(args, kw) {
			items, err := runtime.IterateAll(t, a)
			if err != nil {
				return err
			}
			for _, x := range items {
				it.hold(t, x)
			}
			base = append(base, items)
		}
		for r := 0; r < repeat; r++ {
			pools = append(pools, base...)
		}
		idx := make([]int, len(pools))
		started := false
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if !started {
				started = true
				for _, p := range pools {
					if len(p) == 0 {
						return nil, nil
					}
				}
			} else {
				i := len(pools) - 1
				for ; i >= 0; i-- {
					idx[i]++
					if idx[i] < len(pools[i]) {
						break
					}
					idx[i] = 0
				}
				if i < 0 {
					return nil, nil
				}
			}
			out := make([]runtime.Object, len(pools))
			for i, p := range pools {
				out[i] = p[idx[i]]
			}
			return runtime.NewTuple(t, out), nil
		}
		return nil
	})

	permutationsType = newItType("permutations", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var iterable runtime.Object
		var rObj runtime.Object = runtime.None
		if err := runtime.UnpackArgs(t, "permutations", args, kw, "iterable", &iterable, "r?", &rObj); err != nil {
			return err
		}
		pool, err := holdAll(t, it, iterable)
		if err != nil {
			return err
		}
		n := len(pool)
		r := n
		if rObj != runtime.None {
			if !isInt(rObj) {
				return runtime.Errorf(t, runtime.TypeErrorType, "Expected int as r")
			}
			if r, err = runtime.IndexInt(t, rObj); err != nil {
				return err
			}
			if r < 0 {
				return runtime.Errorf(t, runtime.ValueErrorType, "r must be non-negative")
			}
		}
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, r)
		for i := range cycles {
			cycles[i] = n - i
		}
		started := false
		emit := func() runtime.Object {
			out := make([]runtime.Object, r)
			for i := 0; i < r; i++ {
				out[i] = pool[indices[i]]
			}
			return runtime.NewTuple(t, out)
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if r > n {
				return nil, nil
			}
			if !started {
				started = true
				return emit(), nil
			}
			for i := r - 1; i >= 0; i-- {
				cycles[i]--
				if cycles[i] == 0 {
					x := indices[i]
					copy(indices[i:], indices[i+1:])
					indices[n-1] = x
					cycles[i] = n - i
				} else {
					j := cycles[i]
					indices[i], indices[n-j] = indices[n-j], indices[i]
					return emit(), nil
				}
			}
			return nil, nil
		}
		return nil
	})

	combinationsType = newItType("combinations", combIter("combinations", false))
	cwrType          = newItType("combinations_with_replacement", combIter("combinations_with_replacement", true))

	batchedType = newItType("batched", func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var iterable runtime.Object
		var n int
		strict := false
		if err := runtime.UnpackArgs(t, "batched", args, kw, "iterable", &iterable, "n", &n, "strict?", &strict); err != nil {
			return err
		}
		if n < 1 {
			return runtime.Errorf(t, runtime.ValueErrorType, "n must be at least one")
		}
		src, err := iterOf(t, it, iterable)
		if err != nil {
			return err
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			var out []runtime.Object
			for len(out) < n {
				v, err := runtime.Next(t, src)
				if err != nil {
					return nil, err
				}
				if v == nil {
					break
				}
				out = append(out, v)
			}
			if len(out) == 0 {
				return nil, nil
			}
			if strict && len(out) < n {
				return nil, runtime.Errorf(t, runtime.ValueErrorType, "batched(): incomplete batch")
			}
			return runtime.NewTuple(t, out), nil
		}
		return nil
	})

	groupbyType = newItType("groupby", groupbyNew)
	grouperType = newModType("_grouper", "itertools")
	teeType     = newModType("_tee", "itertools")
)

func addOverflows(a, b int64) bool {
	s := a + b
	return (a >= 0) == (b >= 0) && (s >= 0) != (a >= 0)
}

func holdAll(t *runtime.Thread, it *itObj, iterable runtime.Object) ([]runtime.Object, error) {
	items, err := runtime.IterateAll(t, iterable)
	if err != nil {
		return nil, err
	}
	for _, x := range items {
		it.hold(t, x)
	}
	return items, nil
}

// chainNext iterates over the iterables that nextSrc returns in turn.
func chainNext(t *runtime.Thread, it *itObj, nextSrc func(t *runtime.Thread) (runtime.Object, error)) func(t *runtime.Thread) (runtime.Object, error) {
	cur := it.track(&slot{})
	return func(t *runtime.Thread) (runtime.Object, error) {
		for {
			if cur.v == nil {
				s, err := nextSrc(t)
				if s == nil || err != nil {
					return nil, err
				}
				i, err := runtime.Iter(t, s)
				if err != nil {
					return nil, err
				}
				cur.set(t, i)
			}
			v, err := runtime.Next(t, cur.v)
			if err != nil {
				return nil, err
			}
			if v != nil {
				return v, nil
			}
			cur.set(t, nil)
		}
	}
}

func predIter(name string, kind int) itCtor {
	return func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		if err := noKw(t, name, kw); err != nil {
			return err
		}
		if err := nargs(t, name, args, 2, 2); err != nil {
			return err
		}
		pred := it.hold(t, args[0])
		src, err := iterOf(t, it, args[1])
		if err != nil {
			return err
		}
		dropping := true
		test := func(v runtime.Object) (bool, error) {
			if pred == runtime.None {
				return runtime.Truth(t, v)
			}
			r, err := runtime.Call(t, pred, []runtime.Object{v}, nil)
			if err != nil {
				return false, err
			}
			return runtime.Truth(t, r)
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			for {
				v, err := runtime.Next(t, src)
				if v == nil || err != nil {
					return nil, err
				}
				switch kind {
				case 0: // dropwhile
					if !dropping {
						return v, nil
					}
					ok, err := test(v)
					if err != nil {
						return nil, err
					}
					if !ok {
						dropping = false
						return v, nil
					}
				case 1: // takewhile
					ok, err := test(v)
					if err != nil {
						return nil, err
					}
					if ok {
						return v, nil
					}
					return nil, nil
				default: // filterfalse
					ok, err := test(v)
					if err != nil {
						return nil, err
					}
					if !ok {
						return v, nil
					}
				}
			}
		}
		return nil
	}
}

func combIter(name string, repl bool) itCtor {
	return func(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
		var iterable runtime.Object
		var r int
		if err := runtime.UnpackArgs(t, name, args, kw, "iterable", &iterable, "r", &r); err != nil {
			return err
		}
		if r < 0 {
			return runtime.Errorf(t, runtime.ValueErrorType, "r must be non-negative")
		}
		pool, err := holdAll(t, it, iterable)
		if err != nil {
			return err
		}
		n := len(pool)
		indices := make([]int, r)
		if !repl {
			for i := range indices {
				indices[i] = i
			}
		}
		started := false
		emit := func() runtime.Object {
			out := make([]runtime.Object, r)
			for i, j := range indices {
				out[i] = pool[j]
			}
			return runtime.NewTuple(t, out)
		}
		it.next = func(t *runtime.Thread) (runtime.Object, error) {
			if !started {
				started = true
				if (!repl && r > n) || (repl && n == 0 && r > 0) {
					return nil, nil
				}
				return emit(), nil
			}
			if repl {
				i := r - 1
				for ; i >= 0 && indices[i] == n-1; i-- {
				}
				if i < 0 {
					return nil, nil
				}
				v := indices[i] + 1
				for j := i; j < r; j++ {
					indices[j] = v
				}
				return emit(), nil
			}
			i := r - 1
			for ; i >= 0 && indices[i] == i+n-r; i-- {
			}
			if i < 0 {
				return nil, nil
			}
			indices[i]++
			for j := i + 1; j < r; j++ {
				indices[j] = indices[j-1] + 1
			}
			return emit(), nil
		}
		return nil
	}
}

// groupby: the parent and its _grouper children share a groupState.
type groupState struct {
	src      runtime.Object
	keyfn    runtime.Object
	tgtkey   slot
	currkey  slot
	currval  slot
	current  *itObj // the active grouper
	finished bool
}

func (g *groupState) step(t *runtime.Thread) (bool, error) {
	v, err := runtime.Next(t, g.src)
	if err != nil {
		return false, err
	}
	if v == nil {
		g.finished = true
		return false, nil
	}
	k := v
	if g.keyfn != runtime.None {
		if k, err = runtime.Call(t, g.keyfn, []runtime.Object{v}, nil); err != nil {
			return false, err
		}
	}
	g.currval.set(t, v)
	g.currkey.set(t, k)
	return true, nil
}

func groupbyNew(t *runtime.Thread, it *itObj, args []runtime.Object, kw []string) error {
	var iterable runtime.Object
	var keyfn runtime.Object = runtime.None
	if err := runtime.UnpackArgs(t, "groupby", args, kw, "iterable", &iterable, "key?", &keyfn); err != nil {
		return err
	}
	src, err := iterOf(t, it, iterable)
	if err != nil {
		return err
	}
	it.hold(t, keyfn)
	g := &groupState{src: src, keyfn: keyfn}
	it.next = func(t *runtime.Thread) (runtime.Object, error) {
		g.current = nil
		for {
			if g.currkey.v == nil {
				ok, err := g.step(t)
				if !ok || err != nil {
					return nil, err
				}
			} else if g.tgtkey.v == nil {
				break
			} else {
				eq, err := runtime.Equal(t, g.tgtkey.v, g.currkey.v)
				if err != nil {
					return nil, err
				}
				if !eq {
					break
				}
				ok, err := g.step(t)
				if !ok || err != nil {
					return nil, err
				}
			}
		}
		g.tgtkey.set(t, g.currkey.v)
		gr := &itObj{typ: grouperType}
		gr.hold(t, it)
		g.current = gr
		gr.next = func(t *runtime.Thread) (runtime.Object, error) {
			if g.current != gr || g.finished {
				return nil, nil
			}
			if g.currval.v == nil {
				ok, err := g.step(t)
				if !ok || err != nil {
					return nil, err
				}
			}
			eq, err := runtime.Equal(t, g.tgtkey.v, g.currkey.v)
			if err != nil {
				return nil, err
			}
			if !eq {
				return nil, nil
			}
			v := g.currval.v
			t.Incref(v)
			g.currval.set(t, nil)
			defer t.Decref(v)
			return v, nil
		}
		return runtime.NewTuple(t, []runtime.Object{g.currkey.v, gr}), nil
	}
	it.track(&g.tgtkey)
	it.track(&g.currkey)
	it.track(&g.currval)
	return nil
}

// tee: the iterators share a teeData buffer.
type teeData struct {
	src  runtime.Object
	buf  []runtime.Object // items not yet seen by every tee
	base int              // absolute index of buf[0]
	pos  map[*itObj]int
	done bool
}

func (d *teeData) trim(t *runtime.Thread) {
	if len(d.pos) == 0 {
		for _, v := range d.buf {
			t.Decref(v)
		}
		d.buf = nil
		return
	}
	min := -1
	for _, q := range d.pos {
		if min < 0 || q < min {
			min = q
		}
	}
	for d.base < min && len(d.buf) > 0 {
		old := d.buf[0]
		d.buf[0] = nil
		d.buf = d.buf[1:]
		d.base++
		t.Decref(old)
	}
}

func (d *teeData) newTee(t *runtime.Thread, at int) *itObj {
	te := &itObj{typ: teeType, extra: d}
	te.hold(t, d.src)
	d.pos[te] = at
	te.onDealloc = append(te.onDealloc, func(t *runtime.Thread) {
		delete(d.pos, te)
		d.trim(t)
	})
	te.next = func(t *runtime.Thread) (runtime.Object, error) {
		p := d.pos[te]
		for p-d.base >= len(d.buf) {
			if d.done {
				return nil, nil
			}
			v, err := runtime.Next(t, d.src)
			if err != nil {
				return nil, err
			}
			if v == nil {
				d.done = true
				return nil, nil
			}
			t.Incref(v)
			d.buf = append(d.buf, v)
		}
		v := d.buf[p-d.base]
		d.pos[te] = p + 1
		t.Incref(v)
		d.trim(t)
		defer t.Decref(v)
		return v, nil
	}
	return te
}

func init() {
	grouperType.Iter = selfIter
	grouperType.Next = itNext
	grouperType.Dealloc = itDealloc
	grouperType.Repr = itRepr
	teeType.Iter = selfIter
	teeType.Next = itNext
	teeType.Dealloc = func(t *runtime.Thread, o runtime.Object) {
		itDealloc(t, o)
	}
	teeType.Repr = itRepr
	teeType.AddMethod("__copy__", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		te := self.(*itObj)
		d := te.extra.(*teeData)
		return d.newTee(t, d.pos[te]), nil
	})
	chainType.AddMethod("from_iterable", runtime.ClassMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "from_iterable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		it := &itObj{typ: chainType}
		outer, err := iterOf(t, it, args[0])
		if err != nil {
			return nil, err
		}
		it.next = chainNext(t, it, func(t *runtime.Thread) (runtime.Object, error) { return runtime.Next(t, outer) })
		return it, nil
	})
	for _, typ := range []*runtime.Type{repeatType} {
		typ.AddMethod("__length_hint__", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			return runtime.Int(0), nil
		})
	}
}

func newItertools(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "itertools")
	for _, typ := range itertoolsTypes {
		m.Dict.SetStr(t, runtime.Intern(typ.Name), typ)
	}
	m.Dict.SetStr(t, runtime.Intern("_grouper"), grouperType)
	m.Dict.SetStr(t, runtime.Intern("_tee"), teeType)
	addFuncs(t, m, map[string]runtime.BuiltinFn{
		"tee": func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			if err := runtime.CheckArgs(t, "tee", args, kw, 1, 2); err != nil {
				return nil, err
			}
			n := 2
			if len(args) == 2 {
				var err error
				if n, err = runtime.IndexInt(t, args[1]); err != nil {
					return nil, err
				}
				if n < 0 {
					return nil, runtime.Errorf(t, runtime.ValueErrorType, "n must be >= 0")
				}
			}
			src, err := runtime.Iter(t, args[0])
			if err != nil {
				return nil, err
			}
			d := &teeData{pos: map[*itObj]int{}, src: src}
			out := make([]runtime.Object, n)
			for i := range out {
				out[i] = d.newTee(t, 0)
			}
			return runtime.NewTuple(t, out), nil
		},
	})
	return m, nil
}

// syncMutex wraps a mutex taken through the thread (a no-op under the GIL).
type syncMutex struct{ mu muT }

func (m *syncMutex) lock(t *runtime.Thread)   { t.Lock(&m.mu) }
func (m *syncMutex) unlock(t *runtime.Thread) { t.Unlock(&m.mu) }
