import functools
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o):
        print("eq", self.p, getattr(o, "p", o))
        if not isinstance(o, Ver): return NotImplemented
        return self.p == o.p
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.p < o.p
    def __le__(self, o): return self.p <= o.p
    def __repr__(self): return "Ver" + str(self.p)
a, b = Ver(1, 2), Ver(1, 3)
print(a < b, a <= b, a == b, a != b)
print(b > a, b >= a)
print(a == 5)
print(5 == a)
print(a != 5)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ver(3), Ver(1), Ver(2)]))
print(max(Ver(3), Ver(5), Ver(4)))
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) > T(0), T(1) >= T(1), T(2) <= T(1))
class Always:
    def __eq__(self, o): return True
    def __ne__(self, o): return "custom-ne"
print(Always() == 3, Always() != 3, [1, Always()] == [1, 2])
print(Always() in [1, 2, 3])
