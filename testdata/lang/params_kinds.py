# Keyword-only and positional-only parameters and their errors.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=9))
print(f(1, 2, 3, 4, e=5))
def tryit(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as ex:
        print("TypeError:", ex)
tryit(f, 1, b=2, c=3, e=5)
tryit(f, 1, 2, 3)
tryit(f, 1, 2, 3, 4, 5, e=5)
tryit(f, 1, 2, 3, e=5, g=7)
tryit(f, 1, 2, 3, c=3, e=5)
def only_kw(*, key):
    return key
tryit(only_kw, key="k")
tryit(only_kw, "k")
def only_pos(x, y, /):
    return x - y
tryit(only_pos, 5, 3)
tryit(only_pos, x=5, y=3)
def kwargs_with_pos_name(a, /, **kw):
    return a, kw
print(kwargs_with_pos_name(1, a=2))
def g(a, b=2):
    return a + b
tryit(g)
tryit(g, 1, 2, 3)
tryit(g, 1, a=1)
tryit(g, 1, c=3)
def h():
    return "h"
tryit(h, 1)
