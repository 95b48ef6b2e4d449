def f():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no")
    try:
        return "ret"
    finally:
        print("last")
print(f())

def g():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup 1")
    except ValueError as e:
        print("caught", e)
    try:
        raise KeyError("k")
    except (TypeError, KeyError) as e:
        print("tuple", repr(e))
    else:
        print("else?")
    try:
        pass
    except Exception:
        pass
    else:
        print("else ok")
g()

class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow
with CM("a") as a, CM("b", True) as b:
    print("inside", a.name, b.name)
    raise ValueError("x")
print("after with")
try:
    with CM("c"):
        1 / 0
except ZeroDivisionError:
    print("propagated")

x = 10
def scope():
    global x
    x += 1
    y = 1
    def inner():
        nonlocal y
        y += 1
        return y
    return inner() + inner()
print(scope(), x)

fs = [lambda i=i: i * 2 for i in range(3)]
print([h() for h in fs])
if (n := len("abcd")) > 3:
    print("walrus", n)
print(1 < 2 < 3 < 2, 3 > 2 == 2)
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1], 2))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, b=3))
class K:
    v = 1
    def f():
        pass
    w = [v for _ in range(2)] if False else v + 1
print(K.w)
def outer():
    z = 5
    class Inner:
        z = 7
        def m(self):
            return z
        q = z
    return Inner().m(), Inner.q
print(outer())
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
def kw(**k):
    return k
try:
    kw(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
def ub():
    print(q)
    q = 1
try:
    ub()
except UnboundLocalError as e:
    print(e)
print(f"{3.14159:.2f} {'x'!r} {42:>5} {7!s}")
s = 0
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    s += i * (a + b)
print(s)
print(sorted({3, 1, 2}), frozenset([1]) == {1})
print(x if (x := 0) else "zero")
assert True, "no"
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
i = 0
while True:
    i += 1
    if i > 5:
        break
print(i)
print(not 0, -5 // 2, 5 % -2, 2 ** -1, ~5, 7 & 3 | 8 ^ 1, 1 << 70)
