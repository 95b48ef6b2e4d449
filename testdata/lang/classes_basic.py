# Simple classes: __init__, methods, class attributes, __repr__/__str__.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, repr(p), str(p), [p], (p,), {"p": p})
print(p.moved(1, 1), p.norm2(), Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
q = Point(0, 0)
print(q.dims, p.dims)
m = p.moved
print(m(10, 10))
print(Point.moved(p, -3, -4))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, p.__class__.__name__, p.__dict__)
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, vars(e))
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
        self.id = Counter.total
c1, c2, c3 = Counter(), Counter(), Counter()
print(c1.id, c2.id, c3.id, Counter.total)
print(getattr(p, "x"), getattr(p, "z", "missing"), hasattr(p, "y"))
setattr(p, "z", 9)
print(p.z)
class WithStr:
    def __str__(self):
        return "only str"
w = WithStr()
print(w, str(w), f"{w}")
