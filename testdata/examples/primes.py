# Prime sieve, trial division, factorisation, twin primes and Goldbach checks.
import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, math.isqrt(limit) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return [i for i, flag in enumerate(is_prime) if flag]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())


primes = sieve(10000)
print("count below 10000:", len(primes))
print("first 25:", primes[:25])
print("last 5:", primes[-5:])
print("agree with trial division:", all(is_prime(n) == (n in set(primes)) for n in range(2000)))
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print("twin pairs below 10000:", len(twins), twins[:6], twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("gap histogram:", sorted(gaps.items())[:8])
biggest = max(zip(primes, primes[1:]), key=lambda pq: pq[1] - pq[0])
print("largest gap:", biggest, biggest[1] - biggest[0])
for n in [360, 97, 1001, 2 ** 32 + 1, 600851475143, 9999991 * 3]:
    print(n, "=", fmt_factors(factorize(n)))
pset = set(primes)
for even in range(4, 60, 8):
    for p in primes:
        if even - p in pset:
            print(f"{even} = {p} + {even - p}")
            break
print("sum of primes below 1000:", sum(p for p in primes if p < 1000))
print("mersenne exponents:", [p for p in primes[:12] if is_prime(2 ** p - 1)])
print("primorial 13#:", math.prod(p for p in primes if p <= 13))
