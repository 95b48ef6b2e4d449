// Package mathmod is pyg's `math` module: every function CPython's math
// module has for floats and ints, with CPython's domain and range errors.
//
// Input: Python numbers (int, big int, float, bool, objects with __float__ or
// __index__). Output: the module object built by New, registered by the
// stdlib package under the name "math". Transcendental functions go through
// the C library (runtime's libm wrappers) so results match CPython's digits
// on the same machine; exact algorithms (fsum, isqrt, comb, factorial) work on
// big ints.
package mathmod
