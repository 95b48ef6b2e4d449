def simple():
    pass

def args(a, b=1, /, c=2, *args, d, e=3, **kw):
    "Docstring."
    return a, b, c, args, d, e, kw

def annotated(x: int, y: "str" = "a", *, z: list) -> bool:
    return True

@decorator
@other.decorator(1)
def decorated():
    return 1

def gen():
    x = yield 1
    yield
    yield from range(x)
    return 5

lam = lambda x, y=2: x + y
lam_gen = lambda: (yield)

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner

def cellarg(a, b):
    def g():
        return a
    return g

def uses_global():
    global G
    G = 1
    del G
    return len

def kwonly(*, a, b=2):
    return a

def locals_del(a):
    b = a
    del b
