# Functions: defaults, keywords, *args, **kwargs, keyword-only.
def f(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs

print(f(1))
print(f(1, 5, 6, 7, c=8, d=9))
print(f(b=1, a=0))
print(f(*[1, 2, 3], **{"c": 4, "e": 5}))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, y=2, z=3), g(1, 2, z=3))

def h():
    pass

print(h(), h.__name__)
sq = lambda n: n * n
print(sq(7), list(map(sq, [1, 2, 3])), (lambda: 42)())

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))
