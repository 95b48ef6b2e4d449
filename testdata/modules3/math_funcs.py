import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), round(math.cos(math.pi), 10))
print(math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 24), math.lcm(4, 6, 10))
print(math.copysign(3, -0.0), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2))
print(math.fsum([0.1] * 10), math.prod(range(1, 6)), math.dist((0, 0), (3, 4)), math.pow(2, 0.5))
print(math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.expm1(1e-10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else 11)
for bad in [lambda: math.log(0), lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.exp(1000), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.floor(10 ** 20 + 0.5) == 10 ** 20, math.ceil(1e300) > 0, math.isqrt(10 ** 30))
