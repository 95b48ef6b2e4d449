package stdlib

import "math"

// Correctly rounded (in practice) log, sin and cos, computed in double-double
// arithmetic, so that random's float algorithms reproduce the values of
// CPython on glibc, whose libm rounds these functions correctly; Go's math
// package may differ in the last bit.

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func ddNorm(hi, lo float64) dd {
	s := hi + lo
	return dd{s, lo - (s - hi)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = ddNorm(s.hi, s.lo)
	s.lo += t.lo
	return ddNorm(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := a.hi * b.hi
	e := math.FMA(a.hi, b.hi, -p)
	e += a.hi*b.lo + a.lo*b.hi
	return ddNorm(p, e)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMul(b, dd{-q1, 0}))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMul(b, dd{-q2, 0}))
	q3 := r.hi / b.hi
	q := ddNorm(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

var (
	ddLn2  = dd{0.6931471805599453, 2.3190468138462996e-17}
	ddPio2 = dd{1.5707963267948966, 6.123233995736766e-17}
)

func crLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log(x)
	}
	f, k := math.Frexp(x)
	if f < math.Sqrt2/2 {
		f *= 2
		k--
	}
	num := dd{f - 1, 0}
	den := twoSum(f, 1)
	s := ddDiv(num, den)
	s2 := ddMul(s, s)
	sum := dd{0, 0}
	pow := s
	for i := 1; i < 60; i += 2 {
		term := ddDiv(pow, dd{float64(i), 0})
		sum = ddAdd(sum, term)
		if math.Abs(term.hi) < 1e-36 {
			break
		}
		pow = ddMul(pow, s2)
	}
	sum = ddMul(sum, dd{2, 0})
	kl := ddMul(ddLn2, dd{float64(k), 0})
	r := ddAdd(kl, sum)
	return r.hi + r.lo
}

// sinCosDD returns sin(r) and cos(r) for a small double-double r.
func sinCosDD(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	sin := r
	cos := dd{1, 0}
	term := r
	cterm := dd{1, 0}
	for i := 1; i < 30; i++ {
		term = ddDiv(ddMul(term, r2), dd{-float64((2 * i) * (2*i + 1)), 0})
		cterm = ddDiv(ddMul(cterm, r2), dd{-float64((2*i - 1) * (2 * i)), 0})
		sin = ddAdd(sin, term)
		cos = ddAdd(cos, cterm)
		if math.Abs(term.hi) < 1e-36 && math.Abs(cterm.hi) < 1e-36 {
			break
		}
	}
	return sin, cos
}

// crSinCos computes sin(x) and cos(x) for |x| < 1e6 (random uses [0, 2*pi)).
func crSinCos(x float64) (float64, float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e6 {
		return math.Sin(x), math.Cos(x)
	}
	n := math.Round(x / ddPio2.hi)
	p := ddMul(ddPio2, dd{-n, 0})
	r := ddAdd(dd{x, 0}, p)
	s, c := sinCosDD(r)
	switch int64(n) & 3 {
	case 0:
		return s.hi + s.lo, c.hi + c.lo
	case 1:
		return c.hi + c.lo, -(s.hi + s.lo)
	case 2:
		return -(s.hi + s.lo), -(c.hi + c.lo)
	default:
		return -(c.hi + c.lo), s.hi + s.lo
	}
}
