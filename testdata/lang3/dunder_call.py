class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *args, k=0, **kw):
        return self.n + x + sum(args) + k + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, k=10), add5(1, z=100))
print(callable(add5), callable(Adder), callable(3), callable(print))
print(list(map(add5, [1, 2, 3])))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); print(c())
class NoCall: pass
try:
    NoCall()()
except TypeError as e:
    print("TypeError:", e)
try:
    s = "str"
    s()
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
print(WithMeta(3).v)
class Factory:
    def __new__(cls, kind):
        print("new", kind)
        if kind == "int": return 0
        return super().__new__(cls)
    def __init__(self, kind): print("init", kind)
print(Factory("int"), type(Factory("obj")).__name__)
