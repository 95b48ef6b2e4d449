class Lazy:
    def __init__(self, fn): self.fn = fn; self.name = fn.__name__
    def __get__(self, obj, cls):
        if obj is None: return self
        print("computing", self.name)
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class C:
    @Lazy
    def big(self): return sum(range(100))
c = C()
print(c.big, c.big, c.big)
class Bound:
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, t=None): return obj.__dict__.get(self.name, self.lo)
    def __set__(self, obj, v):
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{self.name}={v} not in [{self.lo}, {self.hi}]")
        obj.__dict__[self.name] = v
class Color:
    r = Bound(0, 255)
    g = Bound(0, 255)
col = Color()
col.r = 200
print(col.r, col.g)
try:
    col.g = 300
except ValueError as e:
    print("ValueError:", e)
def f(self, x): return (self, x)
bm = f.__get__("obj", str)
print(bm(1))
print(property.__get__(property(lambda s: 5), 1, int))
print(classmethod(lambda c: c.__name__).__get__(None, int)())
print(staticmethod(lambda: "s").__get__(None, int)())
