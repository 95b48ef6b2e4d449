add = lambda a, b=2, *args, k=3, **kw: (a, b, args, k, kw)
print(add(1), add(1, 5, 6, 7, k=8, z=9))
print((lambda: "no args")())
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 3, range(10))))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(20))
print((lambda x: (lambda y: x + y))(10)(5))
pairs = [(1, "one"), (3, "three"), (2, "two")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print((lambda: (yield 1))().__class__.__name__)
print((lambda x, /, y: (x, y))(1, y=2))
cond = lambda x: "pos" if x > 0 else "zero" if x == 0 else "neg"
print([cond(v) for v in (-1, 0, 1)])
