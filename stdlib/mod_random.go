package stdlib

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"sync"
	"time"

	"pyg/runtime"
)

// The random module: CPython's Mersenne Twister (Modules/_randommodule.c)
// with the algorithms of Lib/random.py on top, so that the same seed gives
// the same sequence as CPython.

func init() { native["random"] = newRandom }

const (
	mtN = 624
	mtM = 397
)

// mt19937 is the generator state.
type mt19937 struct {
	mt    [mtN]uint32
	index int
}

func (m *mt19937) initGenrand(s uint32) {
	m.mt[0] = s
	for i := 1; i < mtN; i++ {
		m.mt[i] = 1812433253*(m.mt[i-1]^(m.mt[i-1]>>30)) + uint32(i)
	}
	m.index = mtN
}

func (m *mt19937) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		m.mt[i] = (m.mt[i] ^ ((m.mt[i-1] ^ (m.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.mt[0] = m.mt[mtN-1]
			i = 1
		}
	}
	m.mt[0] = 0x80000000
}

func (m *mt19937) genrand() uint32 {
	const upper, lower, matrixA = 0x80000000, 0x7fffffff, 0x9908b0df
	if m.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (m.mt[kk] & upper) | (m.mt[kk+1] & lower)
			m.mt[kk] = m.mt[kk+mtM] ^ (y >> 1) ^ ((y & 1) * matrixA)
		}
		for ; kk < mtN-1; kk++ {
			y := (m.mt[kk] & upper) | (m.mt[kk+1] & lower)
			m.mt[kk] = m.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ ((y & 1) * matrixA)
		}
		y := (m.mt[mtN-1] & upper) | (m.mt[0] & lower)
		m.mt[mtN-1] = m.mt[mtM-1] ^ (y >> 1) ^ ((y & 1) * matrixA)
		m.index = 0
	}
	y := m.mt[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

func (m *mt19937) random() float64 {
	a := m.genrand() >> 5
	b := m.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// getrandbits returns k random bits (k > 0) as CPython does: 32-bit words,
// least significant first, the last one truncated.
func (m *mt19937) getrandbits(k int) runtime.Object {
	if k <= 32 {
		return runtime.Int(m.genrand() >> (32 - k))
	}
	if k <= 63 {
		lo := uint64(m.genrand())
		hi := uint64(m.genrand() >> (64 - k))
		return runtime.Int(lo | hi<<32)
	}
	words := (k-1)/32 + 1
	ws := make([]big.Word, 0, words)
	var cur uint64
	var shift uint
	for i := 0; i < words; i++ {
		r := m.genrand()
		if k < 32 {
			r >>= 32 - k
		}
		k -= 32
		if bits.UintSize == 64 {
			cur |= uint64(r) << shift
			shift += 32
			if shift == 64 {
				ws = append(ws, big.Word(cur))
				cur, shift = 0, 0
			}
		} else {
			ws = append(ws, big.Word(r))
		}
	}
	if shift != 0 {
		ws = append(ws, big.Word(cur))
	}
	return runtime.MakeInt(new(big.Int).SetBits(ws))
}

// randbelowInt returns a random int in [0, n) for 0 < n (Lib/random.py's
// _randbelow_with_getrandbits).
func (m *mt19937) randbelowInt(n uint64) uint64 {
	k := bits.Len64(n)
	for {
		var r uint64
		if k <= 32 {
			r = uint64(m.genrand() >> (32 - k))
		} else {
			lo := uint64(m.genrand())
			hi := uint64(m.genrand() >> (64 - k))
			r = lo | hi<<32
		}
		if r < n {
			return r
		}
	}
}

// RandomObj is a random.Random instance.
type RandomObj struct {
	runtime.Header
	mu       sync.Mutex
	st       mt19937
	gauss    float64
	hasGauss bool
}

// RandomType is random.Random.
var RandomType = newModType("Random", "random")

// Type returns random.Random.
func (*RandomObj) Type() *runtime.Type { return RandomType }

func (r *RandomObj) lock(t *runtime.Thread)   { t.Lock(&r.mu) }
func (r *RandomObj) unlock(t *runtime.Thread) { t.Unlock(&r.mu) }

func (r *RandomObj) float(t *runtime.Thread) float64 {
	r.lock(t)
	f := r.st.random()
	r.unlock(t)
	return f
}

// seed implements Random.seed(a).
func (r *RandomObj) seed(t *runtime.Thread, a runtime.Object) error {
	var key []uint32
	switch v := a.(type) {
	case nil, runtime.NoneType:
		buf := make([]byte, mtN*4)
		if _, err := rand.Read(buf); err != nil {
			binary.LittleEndian.PutUint64(buf, uint64(time.Now().UnixNano()))
		}
		key = make([]uint32, mtN)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
	case *runtime.Str, *runtime.Bytes, *runtime.ByteArray:
		var b []byte
		if s, ok := v.(*runtime.Str); ok {
			b = []byte(s.String())
		} else {
			b, _ = runtime.BytesData(t, v)
			b = append([]byte(nil), b...)
		}
		sum := sha512.Sum512(b)
		b = append(b, sum[:]...)
		key = bigKey(new(big.Int).SetBytes(b))
	default:
		n, ok := bigOf(a)
		if !ok {
			if _, isF := a.(runtime.Float); !isF {
				return runtime.Errorf(t, runtime.TypeErrorType, "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.")
			}
			h, err := runtime.Hash(t, a)
			if err != nil {
				return err
			}
			n = big.NewInt(h)
		}
		key = bigKey(n.Abs(n))
	}
	r.lock(t)
	r.st.initByArray(key)
	r.hasGauss = false
	r.unlock(t)
	return nil
}

// bigKey splits a non-negative int into 32-bit words, least significant first.
func bigKey(n *big.Int) []uint32 {
	if n.Sign() == 0 {
		return []uint32{0}
	}
	b := n.Bytes()
	nw := (len(b) + 3) / 4
	key := make([]uint32, nw)
	for i := 0; i < len(b); i++ {
		byteIdx := len(b) - 1 - i // little-endian position i
		key[i/4] |= uint32(b[byteIdx]) << (8 * (i % 4))
	}
	return key
}

// randbelow returns a random int object in [0, n) for an int object n > 0.
func (r *RandomObj) randbelow(t *runtime.Thread, n runtime.Object) runtime.Object {
	if v, ok := n.(runtime.Int); ok {
		r.lock(t)
		x := r.st.randbelowInt(uint64(v))
		r.unlock(t)
		return runtime.Int(x)
	}
	bn, _ := bigOf(n)
	k := bn.BitLen()
	r.lock(t)
	defer r.unlock(t)
	for {
		x := r.st.getrandbits(k)
		bx, _ := bigOf(x)
		if bx.Cmp(bn) < 0 {
			return x
		}
	}
}

func (r *RandomObj) randbelowN(t *runtime.Thread, n int) int {
	return int(r.randbelow(t, runtime.Int(n)).(runtime.Int))
}

func intSign(o runtime.Object) int {
	b, _ := bigOf(o)
	return b.Sign()
}

func randrange(t *runtime.Thread, r *RandomObj, start, stop, step runtime.Object) (runtime.Object, error) {
	istart, err := indexObj(t, start)
	if err != nil {
		return nil, err
	}
	if stop == nil || stop == runtime.None {
		if step != nil {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "Missing a non-None stop argument")
		}
		if intSign(istart) > 0 {
			return r.randbelow(t, istart), nil
		}
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "empty range for randrange()")
	}
	istop, err := indexObj(t, stop)
	if err != nil {
		return nil, err
	}
	width, err := runtime.Binary(t, runtime.OpSub, istop, istart)
	if err != nil {
		return nil, err
	}
	var istep runtime.Object = runtime.Int(1)
	if step != nil {
		if istep, err = indexObj(t, step); err != nil {
			return nil, err
		}
	}
	rs := func(o runtime.Object) string { s, _ := runtime.Repr(t, o); return s.String() }
	if v, ok := istep.(runtime.Int); ok && v == 1 {
		if intSign(width) > 0 {
			return runtime.Binary(t, runtime.OpAdd, istart, r.randbelow(t, width))
		}
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "empty range in randrange(%s, %s)", rs(start), rs(stop))
	}
	var n runtime.Object
	switch intSign(istep) {
	case 1:
		x, _ := runtime.Binary(t, runtime.OpAdd, width, istep)
		x, _ = runtime.Binary(t, runtime.OpSub, x, runtime.Int(1))
		n, err = runtime.Binary(t, runtime.OpFloorDiv, x, istep)
	case -1:
		x, _ := runtime.Binary(t, runtime.OpAdd, width, istep)
		x, _ = runtime.Binary(t, runtime.OpAdd, x, runtime.Int(1))
		n, err = runtime.Binary(t, runtime.OpFloorDiv, x, istep)
	default:
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "zero step for randrange()")
	}
	if err != nil {
		return nil, err
	}
	if intSign(n) <= 0 {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "empty range in randrange(%s, %s, %s)", rs(start), rs(stop), rs(step))
	}
	off, err := runtime.Binary(t, runtime.OpMul, istep, r.randbelow(t, n))
	if err != nil {
		return nil, err
	}
	return runtime.Binary(t, runtime.OpAdd, istart, off)
}

const (
	nvMagic = 1.7155277699214135 // 4 * exp(-0.5) / sqrt(2.0)
	log4    = 1.3862943611198906
	sgMagic = 2.504077396776274 // 1.0 + log(4.5)
	twoPi   = 2 * math.Pi
)

func (r *RandomObj) gammavariate(t *runtime.Thread, alpha, beta float64) (float64, error) {
	if alpha <= 0 || beta <= 0 {
		return 0, runtime.Errorf(t, runtime.ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
	}
	if alpha > 1 {
		ainv := math.Sqrt(2*alpha - 1)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.float(t)
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1 - r.float(t)
			v := crLog(u1/(1-u1)) / ainv
			x := alpha * runtime.LibmExp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0 || rr >= crLog(z) {
				return x * beta, nil
			}
		}
	}
	if alpha == 1 {
		return -crLog(1-r.float(t)) * beta, nil
	}
	var x float64
	for {
		u := r.float(t)
		b := (math.E + alpha) / math.E
		p := b * u
		if p <= 1 {
			x = runtime.LibmPow(p, 1/alpha)
		} else {
			x = -crLog((b - p) / alpha)
		}
		u1 := r.float(t)
		if p > 1 {
			if u1 <= runtime.LibmPow(x, alpha-1) {
				break
			}
		} else if u1 <= runtime.LibmExp(-x) {
			break
		}
	}
	return x * beta, nil
}

func (r *RandomObj) normal(t *runtime.Thread, mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.float(t)
		u2 := 1 - r.float(t)
		z = nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4
		if zz <= -crLog(u2) {
			break
		}
	}
	return mu + z*sigma
}

// bisectRight over float cumulative weights within [0, hi).
func bisectRight(a []float64, x float64, hi int) int {
	lo := 0
	for lo < hi {
		mid := (lo + hi) / 2
		if x < a[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func floatArg(t *runtime.Thread, o runtime.Object, def float64) (float64, error) {
	if o == nil {
		return def, nil
	}
	return runtime.ToFloat64(t, o)
}

type randMethod func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error)

// randomMethods are Random's methods, also exposed as the module's functions.
var randomMethods = map[string]randMethod{
	"seed": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var a, version runtime.Object = runtime.None, runtime.Int(2)
		if err := runtime.UnpackArgs(t, "seed", args, kw, "a?", &a, "version?", &version); err != nil {
			return nil, err
		}
		return runtime.None, r.seed(t, a)
	},
	"random": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "random", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return runtime.Float(r.float(t)), nil
	},
	"getrandbits": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "getrandbits", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "number of bits must be non-negative")
		}
		if k == 0 {
			return runtime.Int(0), nil
		}
		r.lock(t)
		defer r.unlock(t)
		return r.st.getrandbits(k), nil
	},
	"randbytes": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "randbytes", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "negative argument not allowed")
		}
		out := make([]byte, n)
		if n > 0 {
			r.lock(t)
			v := r.st.getrandbits(n * 8)
			r.unlock(t)
			b, _ := bigOf(v)
			bs := b.Bytes()
			for i := range bs {
				out[i] = bs[len(bs)-1-i]
			}
		}
		return runtime.NewBytes(out), nil
	},
	"randrange": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var start, stop, step runtime.Object
		if err := runtime.UnpackArgs(t, "randrange", args, kw, "start", &start, "stop?", &stop, "step?", &step); err != nil {
			return nil, err
		}
		return randrange(t, r, start, stop, step)
	},
	"randint": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var a, b runtime.Object
		if err := runtime.UnpackArgs(t, "randint", args, kw, "a", &a, "b", &b); err != nil {
			return nil, err
		}
		b1, err := runtime.Binary(t, runtime.OpAdd, b, runtime.Int(1))
		if err != nil {
			return nil, err
		}
		return randrange(t, r, a, b1, nil)
	},
	"choice": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var seq runtime.Object
		if err := runtime.UnpackArgs(t, "choice", args, kw, "seq", &seq); err != nil {
			return nil, err
		}
		n, err := runtime.Len(t, seq)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "Cannot choose from an empty sequence")
		}
		return runtime.GetItem(t, seq, runtime.Int(r.randbelowN(t, n)))
	},
	"shuffle": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var x runtime.Object
		if err := runtime.UnpackArgs(t, "shuffle", args, kw, "x", &x); err != nil {
			return nil, err
		}
		n, err := runtime.Len(t, x)
		if err != nil {
			return nil, err
		}
		for i := n - 1; i > 0; i-- {
			j := r.randbelowN(t, i+1)
			a, err := runtime.GetItem(t, x, runtime.Int(i))
			if err != nil {
				return nil, err
			}
			b, err := runtime.GetItem(t, x, runtime.Int(j))
			if err != nil {
				return nil, err
			}
			t.Incref(a)
			t.Incref(b)
			err = runtime.SetItem(t, x, runtime.Int(i), b)
			if err == nil {
				err = runtime.SetItem(t, x, runtime.Int(j), a)
			}
			t.Decref(a)
			t.Decref(b)
			if err != nil {
				return nil, err
			}
		}
		return runtime.None, nil
	},
	"sample": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var pop, kObj, counts runtime.Object
		counts = runtime.None
		if err := runtime.UnpackArgs(t, "sample", args, kw, "population", &pop, "k", &kObj, "counts?", &counts); err != nil {
			return nil, err
		}
		return sample(t, r, pop, kObj, counts)
	},
	"choices": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var pop runtime.Object
		var weights, cum runtime.Object = runtime.None, runtime.None
		k := 1
		if len(args)-len(kw) > 2 {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "Random.choices() takes from 2 to 3 positional arguments but %d were given", len(args)-len(kw)+1)
		}
		if err := runtime.UnpackArgs(t, "choices", args, kw, "population", &pop, "weights?", &weights, "cum_weights?", &cum, "k?", &k); err != nil {
			return nil, err
		}
		n, err := runtime.Len(t, pop)
		if err != nil {
			return nil, err
		}
		var out []runtime.Object
		if cum == runtime.None {
			if weights == runtime.None {
				nf := float64(n)
				for i := 0; i < k; i++ {
					v, err := runtime.GetItem(t, pop, runtime.Int(int64(math.Floor(r.float(t)*nf))))
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
				return runtime.NewList(t, out), nil
			}
			ws, err := runtime.IterateAll(t, weights)
			if err != nil {
				if isInt(weights) {
					return nil, runtime.Errorf(t, runtime.TypeErrorType, "The number of choices must be a keyword argument: k=%s", runtime.IntToString(weights))
				}
				return nil, err
			}
			var acc runtime.Object
			cw := make([]runtime.Object, len(ws))
			for i, w := range ws {
				if i == 0 {
					acc = w
				} else if acc, err = runtime.Binary(t, runtime.OpAdd, acc, w); err != nil {
					return nil, err
				}
				cw[i] = acc
			}
			cum = runtime.NewList(t, cw)
		} else if weights != runtime.None {
			return nil, runtime.Errorf(t, runtime.TypeErrorType, "Cannot specify both weights and cumulative weights")
		}
		cws, err := runtime.IterateAll(t, cum)
		if err != nil {
			return nil, err
		}
		if len(cws) != n {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "The number of weights does not match the population")
		}
		cf := make([]float64, n)
		for i, c := range cws {
			if cf[i], err = runtime.ToFloat64(t, c); err != nil {
				return nil, err
			}
		}
		if n == 0 {
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "list index out of range")
		}
		total := cf[n-1]
		if total <= 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "Total of weights must be greater than zero")
		}
		if math.IsInf(total, 0) || math.IsNaN(total) {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "Total of weights must be finite")
		}
		for i := 0; i < k; i++ {
			j := bisectRight(cf, r.float(t)*total, n-1)
			v, err := runtime.GetItem(t, pop, runtime.Int(j))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return runtime.NewList(t, out), nil
	},
	"uniform": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var a, b float64
		if err := runtime.UnpackArgs(t, "uniform", args, kw, "a", &a, "b", &b); err != nil {
			return nil, err
		}
		return runtime.Float(a + (b-a)*r.float(t)), nil
	},
	"triangular": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		low, high := 0.0, 1.0
		var mode runtime.Object = runtime.None
		if err := runtime.UnpackArgs(t, "triangular", args, kw, "low?", &low, "high?", &high, "mode?", &mode); err != nil {
			return nil, err
		}
		u := r.float(t)
		c := 0.5
		if mode != runtime.None {
			m, err := runtime.ToFloat64(t, mode)
			if err != nil {
				return nil, err
			}
			if high == low {
				return runtime.Float(low), nil
			}
			c = (m - low) / (high - low)
		}
		if u > c {
			u = 1 - u
			c = 1 - c
			low, high = high, low
		}
		return runtime.Float(low + (high-low)*math.Sqrt(u*c)), nil
	},
	"normalvariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		mu, sigma := 0.0, 1.0
		if err := runtime.UnpackArgs(t, "normalvariate", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
			return nil, err
		}
		return runtime.Float(r.normal(t, mu, sigma)), nil
	},
	"lognormvariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var mu, sigma float64
		if err := runtime.UnpackArgs(t, "lognormvariate", args, kw, "mu", &mu, "sigma", &sigma); err != nil {
			return nil, err
		}
		return runtime.Float(runtime.LibmExp(r.normal(t, mu, sigma))), nil
	},
	"gauss": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		mu, sigma := 0.0, 1.0
		if err := runtime.UnpackArgs(t, "gauss", args, kw, "mu?", &mu, "sigma?", &sigma); err != nil {
			return nil, err
		}
		r.lock(t)
		z, has := r.gauss, r.hasGauss
		r.hasGauss = false
		if !has {
			x2pi := r.st.random() * twoPi
			g2rad := math.Sqrt(-2 * crLog(1-r.st.random()))
			sin, cos := crSinCos(x2pi)
			z = cos * g2rad
			r.gauss = sin * g2rad
			r.hasGauss = true
		}
		r.unlock(t)
		return runtime.Float(mu + z*sigma), nil
	},
	"expovariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		lambd := 1.0
		if err := runtime.UnpackArgs(t, "expovariate", args, kw, "lambd?", &lambd); err != nil {
			return nil, err
		}
		if lambd == 0 {
			return nil, runtime.Errorf(t, runtime.ZeroDivisionErrorType, "float division by zero")
		}
		return runtime.Float(-crLog(1-r.float(t)) / lambd), nil
	},
	"gammavariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var alpha, beta float64
		if err := runtime.UnpackArgs(t, "gammavariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
			return nil, err
		}
		x, err := r.gammavariate(t, alpha, beta)
		return runtime.Float(x), err
	},
	"betavariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var alpha, beta float64
		if err := runtime.UnpackArgs(t, "betavariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
			return nil, err
		}
		y, err := r.gammavariate(t, alpha, 1)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return runtime.Float(0), nil
		}
		y2, err := r.gammavariate(t, beta, 1)
		return runtime.Float(y / (y + y2)), err
	},
	"paretovariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var alpha float64
		if err := runtime.UnpackArgs(t, "paretovariate", args, kw, "alpha", &alpha); err != nil {
			return nil, err
		}
		u := 1 - r.float(t)
		return runtime.Float(runtime.LibmPow(u, -1/alpha)), nil
	},
	"weibullvariate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		var alpha, beta float64
		if err := runtime.UnpackArgs(t, "weibullvariate", args, kw, "alpha", &alpha, "beta", &beta); err != nil {
			return nil, err
		}
		u := 1 - r.float(t)
		return runtime.Float(alpha * runtime.LibmPow(-crLog(u), 1/beta)), nil
	},
	"getstate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "getstate", args, kw, 0, 0); err != nil {
			return nil, err
		}
		items := make([]runtime.Object, mtN+1)
		r.lock(t)
		for i, w := range r.st.mt {
			items[i] = runtime.Int(w)
		}
		items[mtN] = runtime.Int(r.st.index)
		var g runtime.Object = runtime.None
		if r.hasGauss {
			g = runtime.Float(r.gauss)
		}
		r.unlock(t)
		return runtime.NewTuple(t, []runtime.Object{runtime.Int(3), runtime.NewTuple(t, items), g}), nil
	},
	"setstate": func(t *runtime.Thread, r *RandomObj, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "setstate", args, kw, 1, 1); err != nil {
			return nil, err
		}
		st, ok := args[0].(*runtime.Tuple)
		if !ok || len(st.Items) != 3 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "state vector must be a tuple")
		}
		if v, ok := st.Items[0].(runtime.Int); !ok || v != 3 {
			r, _ := runtime.Repr(t, st.Items[0])
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "state with version %s passed to Random.setstate() of version 3", r)
		}
		inner, ok := st.Items[1].(*runtime.Tuple)
		if !ok || len(inner.Items) != mtN+1 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "state vector is the wrong size")
		}
		var m mt19937
		for i := 0; i <= mtN; i++ {
			b, ok := bigOf(inner.Items[i])
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "state vector items must be integers")
			}
			if i < mtN {
				m.mt[i] = uint32(b.Uint64())
			} else {
				idx := b.Int64()
				if idx < 0 || idx > mtN {
					return nil, runtime.Errorf(t, runtime.ValueErrorType, "invalid state")
				}
				m.index = int(idx)
			}
		}
		var g float64
		has := st.Items[2] != runtime.None
		if has {
			var err error
			if g, err = runtime.ToFloat64(t, st.Items[2]); err != nil {
				return nil, err
			}
		}
		r.lock(t)
		r.st = m
		r.gauss, r.hasGauss = g, has
		r.unlock(t)
		return runtime.None, nil
	},
}

func sample(t *runtime.Thread, r *RandomObj, pop, kObj, counts runtime.Object) (runtime.Object, error) {
	switch pop.(type) {
	case *runtime.Set, *runtime.Dict:
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	if pop.Type().GetItem == nil || pop.Type().Len == nil {
		return nil, runtime.Errorf(t, runtime.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := runtime.Len(t, pop)
	if err != nil {
		return nil, err
	}
	k, err := runtime.IndexInt(t, kObj)
	if err != nil {
		return nil, err
	}
	if counts != runtime.None {
		cs, err := runtime.IterateAll(t, counts)
		if err != nil {
			return nil, err
		}
		if len(cs) != n {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "The number of counts does not match the population")
		}
		cum := make([]int64, n)
		var total int64
		for i, c := range cs {
			ci, ok := c.(runtime.Int)
			if !ok {
				return nil, runtime.Errorf(t, runtime.TypeErrorType, "Counts must be integers")
			}
			total += int64(ci)
			cum[i] = total
		}
		if n == 0 {
			return nil, runtime.Errorf(t, runtime.IndexErrorType, "pop from empty list")
		}
		cum = cum[:n-1]
		if total < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "Counts must be non-negative")
		}
		sel, err := sample(t, r, runtime.NewRange(0, total, 1), runtime.Int(k), runtime.None)
		if err != nil {
			return nil, err
		}
		var out []runtime.Object
		for _, s := range sel.(*runtime.List).Snapshot(t) {
			x := int64(s.(runtime.Int))
			lo, hi := 0, len(cum)
			for lo < hi {
				mid := (lo + hi) / 2
				if x < cum[mid] {
					hi = mid
				} else {
					lo = mid + 1
				}
			}
			v, err := runtime.GetItem(t, pop, runtime.Int(lo))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return runtime.NewList(t, out), nil
	}
	if k < 0 || k > n {
		return nil, runtime.Errorf(t, runtime.ValueErrorType, "Sample larger than population or is negative")
	}
	result := make([]runtime.Object, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(crLog(float64(k*3))/crLog(4))))
	}
	if n <= setsize {
		pool, err := runtime.IterateAll(t, pop)
		if err != nil {
			return nil, err
		}
		for i := 0; i < k; i++ {
			j := r.randbelowN(t, n-i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := r.randbelowN(t, n)
			for selected[j] {
				j = r.randbelowN(t, n)
			}
			selected[j] = true
			v, err := runtime.GetItem(t, pop, runtime.Int(j))
			if err != nil {
				return nil, err
			}
			result[i] = v
		}
	}
	return runtime.NewList(t, result), nil
}

func newRandomObj(t *runtime.Thread, seed runtime.Object) (*RandomObj, error) {
	r := &RandomObj{}
	if err := r.seed(t, seed); err != nil {
		return nil, err
	}
	return r, nil
}

func init() {
	RandomType.Flags |= 0
	RandomType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "Random", args, kw, 0, 1); err != nil {
			return nil, err
		}
		var seed runtime.Object = runtime.None
		if len(args) == 1 {
			seed = args[0]
		}
		return newRandomObj(t, seed)
	}
	for name, fn := range randomMethods {
		fn := fn
		RandomType.AddMethod(name, runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			return fn(t, self.(*RandomObj), args, kw)
		})
	}
	RandomType.AddGetSet("gauss_next", func(t *runtime.Thread, self runtime.Object) (runtime.Object, error) {
		r := self.(*RandomObj)
		r.lock(t)
		defer r.unlock(t)
		if r.hasGauss {
			return runtime.Float(r.gauss), nil
		}
		return runtime.None, nil
	}, func(t *runtime.Thread, self, v runtime.Object) error {
		r := self.(*RandomObj)
		var g float64
		has := v != nil && v != runtime.None
		if has {
			var err error
			if g, err = runtime.ToFloat64(t, v); err != nil {
				return err
			}
		}
		r.lock(t)
		r.gauss, r.hasGauss = g, has
		r.unlock(t)
		return nil
	})
	RandomType.AddAttr("VERSION", runtime.Int(3))
	SystemRandomType.New = func(t *runtime.Thread, typ *runtime.Type, args []runtime.Object, kw []string) (runtime.Object, error) {
		return &sysRandom{}, nil
	}
	SystemRandomType.AddMethod("random", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		var b [8]byte
		rand.Read(b[:])
		return runtime.Float(float64(binary.BigEndian.Uint64(b[:])>>11) / 9007199254740992.0), nil
	})
	SystemRandomType.AddMethod("getrandbits", runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
		if err := runtime.CheckArgs(t, "getrandbits", args, kw, 1, 1); err != nil {
			return nil, err
		}
		k, err := runtime.IndexInt(t, args[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, runtime.Errorf(t, runtime.ValueErrorType, "number of bits must be non-negative")
		}
		n, _ := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), uint(k)))
		return runtime.MakeInt(n), nil
	})
	for _, name := range []string{"randrange", "randint", "choice", "shuffle", "sample", "choices", "uniform", "randbytes"} {
		fn := randomMethods[name]
		SystemRandomType.AddMethod(name, runtime.InstanceMethod, func(t *runtime.Thread, self runtime.Object, args []runtime.Object, kw []string) (runtime.Object, error) {
			r, err := newRandomObj(t, runtime.None)
			if err != nil {
				return nil, err
			}
			return fn(t, r, args, kw)
		})
	}
}

// SystemRandomType is random.SystemRandom (OS entropy).
var SystemRandomType = newModType("SystemRandom", "random")

type sysRandom struct{ runtime.Header }

func (*sysRandom) Type() *runtime.Type { return SystemRandomType }

func newRandom(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "random")
	inst, err := newRandomObj(t, runtime.None)
	if err != nil {
		return nil, err
	}
	t.Incref(inst)
	m.Dict.SetStr(t, runtime.Intern("_inst"), inst)
	for name, fn := range randomMethods {
		fn := fn
		b := runtime.NewBuiltin(name, func(t *runtime.Thread, args []runtime.Object, kw []string) (runtime.Object, error) {
			return fn(t, inst, args, kw)
		})
		b.Module = "random"
		m.Dict.SetStr(t, runtime.Intern(name), b)
	}
	m.Dict.SetStr(t, runtime.Intern("Random"), RandomType)
	m.Dict.SetStr(t, runtime.Intern("SystemRandom"), SystemRandomType)
	return m, nil
}
