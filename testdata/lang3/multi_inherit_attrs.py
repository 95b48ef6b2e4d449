class A:
    x = "A"
    def f(self): return "A.f"
class B:
    x = "B"
    y = "B"
    def f(self): return "B.f"
    def g(self): return "B.g"
class C(A, B):
    pass
class D(B, A):
    y = "D"
c, d = C(), D()
print(c.x, c.y, c.f(), c.g())
print(d.x, d.y, d.f(), d.g())
class Mixin:
    def hello(self): return "hello from " + self.name()
class Named:
    def name(self): return type(self).__name__
class Thing(Mixin, Named): pass
print(Thing().hello())
class LogMixin:
    def process(self, v):
        print("log", v)
        return super().process(v)
class Core:
    def process(self, v): return v * 10
class Svc(LogMixin, Core): pass
print(Svc().process(4))
print([k.__name__ for k in Svc.__mro__])
