import functools
def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    "say hello"
    return f"hi {name}"
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__("x"))
def trace(prefix="->"):
    def deco(fn):
        def wrapper(*a, **k):
            print(prefix, fn.__name__, a, k)
            r = fn(*a, **k)
            print(prefix, "returned", r)
            return r
        return wrapper
    return deco
@trace()
def add(a, b): return a + b
@trace(prefix="##")
def mul(a, b=2): return a * b
add(1, 2); mul(3, b=4)
def stack(tag):
    def deco(fn):
        def w():
            return f"<{tag}>{fn()}</{tag}>"
        return w
    return deco
@stack("b")
@stack("i")
def text(): return "t"
print(text())
class Memo:
    def __init__(self, fn): self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache: self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
print((lambda f: f)(lambda: "decorator expression")())
