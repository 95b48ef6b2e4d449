class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(P.__slots__)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 9
print(p.x)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(3, 4)
r.w = 7
print(r.x, r.y, r.w)
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
class S:
    __slots__ = "only"
s = S(); s.only = "one"
print(s.only)
print(type(P.__dict__["x"]).__name__)
