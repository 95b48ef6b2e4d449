//go:build cgo

package runtime

// The float functions that CPython takes from the C library (libm), called
// through cgo so that results are bit-identical to CPython's on the same
// system (Go's math package is not correctly rounded: math.Pow(1.0001,
// 10000) differs from C's pow in the 12th digit).

/*
#cgo LDFLAGS: -lm
#include <math.h>
*/
import "C"

// Libm functions (see float_libm_purego.go for builds without cgo).
func LibmPow(x, y float64) float64   { return float64(C.pow(C.double(x), C.double(y))) }
func LibmExp(x float64) float64      { return float64(C.exp(C.double(x))) }
func LibmExp2(x float64) float64     { return float64(C.exp2(C.double(x))) }
func LibmExpm1(x float64) float64    { return float64(C.expm1(C.double(x))) }
func LibmLog(x float64) float64      { return float64(C.log(C.double(x))) }
func LibmLog2(x float64) float64     { return float64(C.log2(C.double(x))) }
func LibmLog10(x float64) float64    { return float64(C.log10(C.double(x))) }
func LibmLog1p(x float64) float64    { return float64(C.log1p(C.double(x))) }
func LibmSin(x float64) float64      { return float64(C.sin(C.double(x))) }
func LibmCos(x float64) float64      { return float64(C.cos(C.double(x))) }
func LibmTan(x float64) float64      { return float64(C.tan(C.double(x))) }
func LibmAsin(x float64) float64     { return float64(C.asin(C.double(x))) }
func LibmAcos(x float64) float64     { return float64(C.acos(C.double(x))) }
func LibmAtan(x float64) float64     { return float64(C.atan(C.double(x))) }
func LibmAtan2(y, x float64) float64 { return float64(C.atan2(C.double(y), C.double(x))) }
func LibmSinh(x float64) float64     { return float64(C.sinh(C.double(x))) }
func LibmCosh(x float64) float64     { return float64(C.cosh(C.double(x))) }
func LibmTanh(x float64) float64     { return float64(C.tanh(C.double(x))) }
func LibmAsinh(x float64) float64    { return float64(C.asinh(C.double(x))) }
func LibmAcosh(x float64) float64    { return float64(C.acosh(C.double(x))) }
func LibmAtanh(x float64) float64    { return float64(C.atanh(C.double(x))) }
func LibmErf(x float64) float64      { return float64(C.erf(C.double(x))) }
func LibmErfc(x float64) float64     { return float64(C.erfc(C.double(x))) }
func LibmCbrt(x float64) float64     { return float64(C.cbrt(C.double(x))) }
func LibmHypot(x, y float64) float64 { return float64(C.hypot(C.double(x), C.double(y))) }
