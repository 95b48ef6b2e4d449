import functools
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V{self.n}"
print(sorted([V(3), V(1), V(2)]), V(1) <= V(1), V(2) > V(1), V(1) >= V(3))
pm = functools.partialmethod
class Cell:
    def __init__(self): self.state = None
    def set(self, v): self.state = v
    on = pm(set, True)
    off = pm(set, False)
c = Cell(); c.on(); print(c.state); c.off(); print(c.state)
print(functools.reduce(lambda a, b: f"({a}+{b})", "abcd"))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
@functools.lru_cache(maxsize=128, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info().currsize)
def compose(*fns): return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)
print(compose(str.strip, str.upper, lambda s: s + "!")("  hi  "))
upd = functools.update_wrapper(lambda: None, len)
print(upd.__name__, upd.__wrapped__ is len)
print(functools.partial(sorted, reverse=True)([2, 3, 1]))
