# *args and **kwargs in definitions and calls.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
print(f(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print(f(0, *range(3), 9, k="v", **dict(z=26)))
def g(a, b, c):
    return a * 100 + b * 10 + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*"12", 3) if False else g(**{"a": 1, "b": 2, "c": 3}))
print(g(1, **{"c": 3, "b": 2}), g(*(1,), c=3, b=2))
def wrapper(*args, **kwargs):
    print("wrapped", args, kwargs)
    return g(*args, **kwargs)
print(wrapper(4, 5, c=6))
def head_tail(first, *rest, last="end", **opts):
    return first, rest, last, opts
print(head_tail(1))
print(head_tail(1, 2, 3, last="L", color="red"))
args = (1, 2)
kw = {"sep": "-", "end": "!\n"}
print(*args, **kw)
print(*"abc", sep="|")
print(*[], "only")
print(max(*[3, 9, 2]), min(*"zay"))
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def count(*args):
    return len(args)
print(count(*range(100)), count(*[], *()))
