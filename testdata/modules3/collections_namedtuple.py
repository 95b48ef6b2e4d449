from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], tuple(p), len(p))
print(p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "x y z", defaults=[0])
print(P3(1, 2), P3(1, 2, 3), P3._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
R = namedtuple("R", "a, b")
print(R(b=2, a=1))
Bad = namedtuple("Bad", ["ok", "def", "_x"], rename=True)
print(Bad._fields)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    @property
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(1, 2) + Vec(3, 4), Vec(3, 4).norm, type(Vec(0, 0)).__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), Point.__name__, Point.x.__doc__)
