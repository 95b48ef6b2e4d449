def f(a, b, c, d=0): return a + b + c + d
print(f(*[1, 2], 3), f(1, *(2,), *[3]), f(**{"a": 1, "b": 2, "c": 3}), f(1, *[2], **{"c": 3, "d": 4}))
t = (*range(3), *"ab")
l = [*t, *{"k": 1}]
s = {*[1, 2], *(2, 3)}
d = {**{"a": 1}, "b": 2, **dict(c=3)}
print(t, l, sorted(s), d)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
(a, b), c = "xy", "z"
print(a, b, c)
a, (b, *c), d = 1, [2, 3, 4], 5
print(a, b, c, d)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i = 0
i, x[i] = 1, "set"
print(i, x)
head, *tail = range(5)
print(head, tail, type(tail).__name__)
print(*"abc", *[1, 2])
print([*map(str.upper, "ab")], {*()}, [*[]], {**{}})
def g(*args, **kwargs): return args, kwargs
print(g(*range(2), x=1, **{"y": 2}))
