def f(*a, **k): return a, k
args = [1, 2]
kw = {"x": 1}
print(f(*args, *"ab", 0, *range(2)))
print(f(**kw, y=2, **{"z": 3}))
print(f(*args, **kw))
try:
    f(**kw, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
print([*args, *args, 9], (*args,), {*args, 3}, {**kw, "w": 0, **{"x": 5}})
a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
(p, q), *rest = [(1, 2), 3, 4]
print(p, q, rest)
first, *_ = [0]
print(first, _)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
print(*[1, 2, 3], sep=", ")
print(dict(**{"a": 1}, b=2), max(*[3, 9, 2]))
x, y = y, x = 1, 2
print(x, y)
[m, n] = "mn"
print(m, n)
