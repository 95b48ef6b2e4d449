# Decorators: plain, with arguments, stacked, class decorators.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("world"))
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def ping():
    return "ping"
print(ping())
order = []
def tag(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        def wrapper():
            return "<" + label + ">" + fn() + "</" + label + ">"
        return wrapper
    return deco
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
print(order)
calls = {}
def counted(fn):
    def wrapper(*a):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*a)
    wrapper.__name__ = fn.__name__
    return wrapper
@counted
def sq(x):
    return x * x
print(sq(3), sq(4), calls, sq.__name__)
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
