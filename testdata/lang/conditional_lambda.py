# Conditional expressions and lambdas inside larger expressions.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
sign = lambda x: 1 if x > 0 else -1 if x < 0 else 0
print([sign(v) for v in (-5, 0, 7)])
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x * 2 if x % 2 else x, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
fs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + k for k in range(3)]
print([f(10) for f in late])
print((lambda x: (lambda y: x * y))(3)(4))
x = 10
r = (lambda: x)()
print(r)
print(1 + (2 if x > 5 else 3) * 2, 1 + 2 if x > 5 else 3 * 2)
val = None
print(val if val is not None else "default", [] if val else [0])
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
print((lambda v: v is not None)(0))
