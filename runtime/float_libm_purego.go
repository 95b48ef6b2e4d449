//go:build !cgo

package runtime

import "math"

// Without cgo, the libm functions fall back to Go's math package, whose
// results may differ from CPython's (C libm) in the last digits.

// Libm functions (see float_libm_cgo.go).
func LibmPow(x, y float64) float64   { return math.Pow(x, y) }
func LibmExp(x float64) float64      { return math.Exp(x) }
func LibmExp2(x float64) float64     { return math.Exp2(x) }
func LibmExpm1(x float64) float64    { return math.Expm1(x) }
func LibmLog(x float64) float64      { return math.Log(x) }
func LibmLog2(x float64) float64     { return math.Log2(x) }
func LibmLog10(x float64) float64    { return math.Log10(x) }
func LibmLog1p(x float64) float64    { return math.Log1p(x) }
func LibmSin(x float64) float64      { return math.Sin(x) }
func LibmCos(x float64) float64      { return math.Cos(x) }
func LibmTan(x float64) float64      { return math.Tan(x) }
func LibmAsin(x float64) float64     { return math.Asin(x) }
func LibmAcos(x float64) float64     { return math.Acos(x) }
func LibmAtan(x float64) float64     { return math.Atan(x) }
func LibmAtan2(y, x float64) float64 { return math.Atan2(y, x) }
func LibmSinh(x float64) float64     { return math.Sinh(x) }
func LibmCosh(x float64) float64     { return math.Cosh(x) }
func LibmTanh(x float64) float64     { return math.Tanh(x) }
func LibmAsinh(x float64) float64    { return math.Asinh(x) }
func LibmAcosh(x float64) float64    { return math.Acosh(x) }
func LibmAtanh(x float64) float64    { return math.Atanh(x) }
func LibmErf(x float64) float64      { return math.Erf(x) }
func LibmErfc(x float64) float64     { return math.Erfc(x) }
func LibmCbrt(x float64) float64     { return math.Cbrt(x) }
func LibmHypot(x, y float64) float64 { return math.Hypot(x, y) }
