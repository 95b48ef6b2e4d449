from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30), fact.cache_info().hits)
@lru_cache
def kw(a, b=1): return a + b
print(kw(1), kw(1, b=1), kw(a=1), kw.cache_info().currsize)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)
print(sq.__name__, sq.__wrapped__(5))
