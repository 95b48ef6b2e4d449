package runtime

import "math/big"

// Big-int work under a step budget. A product of multi-million-word ints
// takes seconds, so a program squaring ever larger ints would run for
// minutes within a few thousand steps: products and powers charge the
// budget by their size before they run.
//
// This file links last in the package on purpose: code added among the hot
// functions moves them, and on this project's machines where a function
// lands changes the interpreter's speed (README, Profiling: layouts).

// TickWork counts n items of work done in Go at once (see Tick).
func (t *Thread) TickWork(n int64) error {
	if n <= 0 || t.EvalBreaker.Load()&BreakStepLimit == 0 {
		return nil
	}
	if b, ok := t.Interp.Impl.(Budget); ok {
		return b.TickWork(t, n)
	}
	return nil
}

// bigWorkPerItem is how many word-by-word products of a big-int operation
// count as one item of work for the step budget.
const bigWorkPerItem = 128

// bigWork charges the budget for an operation on big ints of xBits and yBits
// bits that costs about their product in words.
func bigWork(t *Thread, xBits, yBits int) error {
	xw, yw := int64(xBits/64+1), int64(yBits/64+1)
	if xw*yw < bigWorkPerItem {
		return nil
	}
	return t.TickWork(xw * yw / bigWorkPerItem)
}

// bigMul returns x*y (intMul's big path).
func bigMul(t *Thread, x, y *big.Int) (Object, error) {
	if err := bigWork(t, x.BitLen(), y.BitLen()); err != nil {
		return nil, err
	}
	return MakeInt(new(big.Int).Mul(x, y)), nil
}

// bigPow returns x**y, about bits bits long (intPow's big path); the last
// squaring, of half the result's bits, dominates its cost.
func bigPow(t *Thread, x *big.Int, y int64, bits int) (Object, error) {
	if err := bigWork(t, bits/2, bits/2); err != nil {
		return nil, err
	}
	return MakeInt(new(big.Int).Exp(x, big.NewInt(y), nil)), nil
}
