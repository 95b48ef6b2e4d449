class Pt:
    dims = 2
    def __init__(self, x, y): self.x, self.y = x, y
    @classmethod
    def origin(cls): return cls(0, 0)
    @classmethod
    def from_tuple(cls, t): return cls(*t)
    @staticmethod
    def dist(a, b): return abs(a.x - b.x) + abs(a.y - b.y)
    def __repr__(self): return f"{type(self).__name__}({self.x}, {self.y})"
class Pt3(Pt):
    dims = 3
print(Pt.origin(), Pt3.origin())
print(Pt.from_tuple((1, 2)), Pt3.from_tuple([3, 4]))
print(Pt.dist(Pt(1, 1), Pt(4, 5)))
p = Pt(2, 2)
print(p.origin(), p.dist(p, Pt(0, 0)))
sm = Pt.__dict__["dist"]
cm = Pt.__dict__["origin"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(Pt(0, 0), Pt(1, 1)))
print(cm.__func__(Pt3))
b = Pt3.origin
print(b.__self__ is Pt3)
f = staticmethod(len)
print(f("abc"))
class W:
    @classmethod
    def cn(cls): return cls.__name__
print(W.cn(), W().cn())
