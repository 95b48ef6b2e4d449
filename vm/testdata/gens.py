def countdown(n):
    try:
        while n > 0:
            got = yield n
            if got is not None:
                n = got
            else:
                n -= 1
    finally:
        print("countdown done")
c = countdown(5)
print(next(c), c.send(2), next(c))
print(list(c))
def sub():
    x = yield 1
    print("sub got", x)
    y = yield 2
    print("sub got", y)
    return "subret"
def main():
    r = yield from sub()
    print("r =", r)
    yield "end"
m = main()
print(next(m))
print(m.send("A"))
print(m.send("B"))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("inner caught", e)
def wrapper():
    yield from catcher()
w = wrapper()
next(w)
w.throw(ValueError("v1"))
w.throw(ValueError("v2"))
w.close()
print(list(x for x in range(10) if x % 3 == 0))
print({x: x * x for x in range(3)}, {x % 2 for x in range(5)})
def nested():
    for i in range(2):
        yield [j for j in range(i + 2)]
print(list(nested()))
g = (i for i in range(3))
print(next(g), list(g), list(g))
def gen_exc():
    yield 1
    raise KeyError("boom")
try:
    for v in gen_exc():
        print("v", v)
except KeyError as e:
    print("caught", e)
import sys
def info():
    try:
        raise ValueError("ctx")
    except ValueError:
        yield sys.exc_info()[0].__name__
print(list(info()), sys.exc_info()[0])
it = iter([1, 2, 3])
print(next(it), list(it))
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), sum(Count(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(type(f).__name__, repr(f)[:25])
