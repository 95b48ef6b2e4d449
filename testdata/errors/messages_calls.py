# Exact messages of TypeErrors from calling functions, methods and classes wrongly.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h(*, key):
    return key
def p(x, /):
    return x
def many(a, b, c, d):
    return a
class K:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return y
    @staticmethod
    def s(z):
        return z
    @classmethod
    def c(cls, w):
        return w
k = K(1)
cases = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, c=3), lambda: f(1, a=1),
    lambda: g(), lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, c=1, d=2), lambda: h(1),
    lambda: h(), lambda: h(keys=1), lambda: p(x=1), lambda: p(), lambda: many(1),
    lambda: many(1, 2), lambda: many(), lambda: K(), lambda: K(1, 2), lambda: k.m(),
    lambda: k.m(1, 2), lambda: K.m(1), lambda: K.s(), lambda: K.c(), lambda: k.m(y=1, z=2),
    lambda: f(*5), lambda: f(**5), lambda: f(**{"a": 1}, a=2), lambda: len(), lambda: len(1, 2),
    lambda: abs(), lambda: print(sepp=1), lambda: sorted([1], cmp=None), lambda: int(1, 2, 3),
    lambda: [].sort(1), lambda: (lambda x: x)(), lambda: (lambda: 1)(1), lambda: isinstance(1),
    lambda: divmod(1), lambda: min(), lambda: range(), lambda: range(1, 2, 3, 4), lambda: zip(1),
    lambda: map(len), lambda: enumerate(), lambda: "".join(), lambda: {}.get(),
    lambda: object(1), lambda: dict(1), lambda: list(1, 2),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
