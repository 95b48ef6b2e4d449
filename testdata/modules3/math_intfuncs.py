import math
print([math.factorial(n) for n in range(10)])
print([math.comb(10, k) for k in range(11)])
print(math.comb(100, 50), math.perm(20, 10), math.factorial(50))
print(math.gcd(0, 0), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 100, 2 ** 80 * 3), math.lcm(), math.lcm(0, 5))
print([math.isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20)])
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 30), math.trunc(2.9999), math.floor(1e20))
print(math.prod([]), math.prod([2] * 70), math.prod(range(1, 11), start=2))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.fsum([0.1, 0.2, 0.3]))
for v in (2.5, -2.5, 3.5, 1e300):
    print(v, math.floor(v), math.ceil(v), round(v), math.modf(v), math.frexp(v))
try:
    math.comb(3, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.isqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 300), math.log(10 ** 400))
