# Instances keep their attributes split (the class shares the names) until
# __dict__ is asked for; every path must agree with a real dict.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
print(a.x, a.y, b.x, b.y)
print(vars(a), b.__dict__)

# another order of the same names: __dict__ keeps insertion order
c = P.__new__(P)
c.y = 5
c.x = 6
print(c.__dict__, list(vars(c)))

# delete and re-add: the name moves to the end
d = P(7, 8)
del d.x
print(hasattr(d, "x"), d.__dict__)
d.x = 9
print(d.__dict__, d.x, d.y)

# a deleted name that is re-added last keeps the split order
e = P(1, 2)
del e.y
e.y = 3
print(e.__dict__)

try:
    del e.z
except AttributeError as err:
    print("AttributeError:", err)
try:
    print(P(1, 2).missing)
except AttributeError as err:
    print("AttributeError:", err)

# names built at run time, setattr/getattr/delattr
f = P(0, 0)
name = "".join(["da", "ta"])
setattr(f, name, [1, 2])
print(getattr(f, "data"), f.data, "data" in f.__dict__)
delattr(f, name)
print(getattr(f, "data", "gone"))

# the dict is the instance's from then on
g = P(1, 2)
dd = g.__dict__
dd["z"] = 10
g.w = 11
print(g.z, g.w, dd, g.__dict__ is dd)
dd.clear()
print(hasattr(g, "x"), vars(g))
dd[1] = "int key"
print(vars(g))


# many attributes on one class
class Wide:
    pass


objs = []
for n in range(3):
    o = Wide()
    for i in range(40):
        setattr(o, "a%d" % i, i * n)
    objs.append(o)
print([o.a39 for o in objs], len(vars(objs[2])), list(vars(objs[1]))[-3:])

# __class__ assignment keeps the attributes
class Q:
    def total(self):
        return self.x + self.y


h = P(20, 22)
h.__class__ = Q
print(type(h).__name__, h.total(), vars(h))
h.x = 1
print(h.total())

# a method shadowed by an instance attribute, and unshadowed again
class M:
    def f(self):
        return "method"


m = M()
print(m.f())
m.f = lambda: "attribute"
print(m.f())
del m.f
print(m.f())

# __slots__ classes (no __dict__) and a slots class with __dict__
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = S()
print(s.a, hasattr(s, "b"))
s.b = 2
print(s.a + s.b)
try:
    s.c = 3
except AttributeError as err:
    print("AttributeError:", err)
del s.a
print(hasattr(s, "a"))


class SD:
    __slots__ = ("a", "__dict__")


sd = SD()
sd.a = 1
sd.b = 2
print(sd.a, sd.b, sd.__dict__["b"])

# attributes holding the instance itself (cycles), copied instances
import copy

n1 = P(None, None)
n1.x = n1
n2 = copy.copy(P(1, [2]))
n3 = copy.deepcopy(P(1, [2]))
print(n1.x is n1, vars(n2), vars(n3))

# dir() and __getstate__/pickling paths see the attributes
print([k for k in dir(P(1, 2)) if not k.startswith("__")])
print(P(1, 2).__getstate__())
print(P(5, 6).__reduce_ex__(2)[2])

# object() has no attributes at all
try:
    object().x = 1
except AttributeError as err:
    print("AttributeError:", err)
class A:
    def __init__(self, a, b=2, c=3):
        self.s = a + b + c
class B:
    def __init__(self, a, b):
        self.s = a * b
class C:
    def __init__(self):
        self.s = 0
print(A(1).s, A(1, 1).s, A(1, 1, 1).s, A(1, c=0).s, B(2, 3).s, C().s)
for f in (lambda: A(), lambda: B(1), lambda: A(1, 2, 3, 4), lambda: C(1), lambda: B(1, 2, 3)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
class D:
    def __init__(self, x=None, y=True):
        self.x, self.y = x, y
d = D()
print(d.x, d.y, vars(D(1.5, [1])))

# C(*args) and C(**kw): arguments that are not on the value stack
class T3:
    def __init__(self, a, b, c=0):
        self.t = (a, b, c)


print(T3(*[1, 2, 3]).t, T3(*(4, 5)).t, T3(**{"a": 6, "b": 7}).t, T3(8, *[9]).t)
try:
    T3(*range(40))
except TypeError as err:
    print("TypeError:", err)


# one call site, instances with and without an attribute shadowing the method
class Sh:
    def __init__(self, i):
        self.i = i
        if i % 3 == 0:
            self.get = lambda: "own %d" % i

    def get(self):
        return "method %d" % self.i


out = []
for i in range(7):
    s = Sh(i)
    out.append(s.get())
    if i == 4:
        s.get = lambda: "late"
        out.append(s.get())
        del s.get
        out.append(s.get())
print(out)
