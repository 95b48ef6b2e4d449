import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper
@deco
def target(x):
    """target doc"""
    return x
print(target.__name__, target.__doc__, target.__qualname__, target.__wrapped__.__name__, target(3))
def nowraps(fn):
    def wrapper(): return fn()
    return wrapper
@nowraps
def plain(): "plain doc"
print(plain.__name__, plain.__doc__)
def cmp(a, b):
    if len(a) != len(b): return len(a) - len(b)
    return (a > b) - (a < b)
words = ["ccc", "a", "bb", "aa", "b", "abc"]
print(sorted(words, key=functools.cmp_to_key(cmp)))
print(sorted(words, key=functools.cmp_to_key(cmp), reverse=True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(cmp)
print(K("a") < K("bb"), K("b") == K("b"))
class C:
    @functools.cached_property
    def val(self):
        print("computed once")
        return 42
c = C(); print(c.val, c.val)
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {len(x)}"
print(show("s"), show(5), show([1, 2]), show(True))
print(functools.total_ordering.__name__)
