# Attribute loads, stores and method loads of class instances through warm
# inline caches. A cached store moves the stack's reference into the
# instance (no count changes for the value) and drops the replaced one; the
# answers and reference counts must match the general paths in every case
# the caches see: replacement, self-assignment, new attributes, polymorphic
# sites, shadowing methods, rebinding methods, descriptors, dict-form
# instances, __slots__.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    def __init__(self):
        self.a = 1
        self.b = None

    def m(self):
        return "P.m"


def store_loop(o, values):
    for v in values:
        o.a = v          # LOAD_FAST v; LOAD_FAST o; STORE_ATTR
    return o.a


p = P()
print(store_loop(p, [1, 2.5, "s", None, (1, 2), p]) is p)
print(p.a is p)
p.a = p.a             # self-assignment of the same object
print(p.a is p)
p.a = 0

# replaced values are released at once (counts stay exact)
p.a = Noisy("first")
p.a = Noisy("second")
print("after replace")
x = Noisy("kept")
before = sys.getrefcount(x)
for i in range(5):
    p.b = x
print(sys.getrefcount(x) - before)
p.b = None
print(sys.getrefcount(x) - before)
del x
print("after del x")
p.a = p.b = None


# new attributes appended in order, then read back through warm sites
class Grow:
    pass


def fill(g, n):
    for i in range(n):
        g.v0 = i
        g.v1 = i + 1
        g.v2 = g.v0 + g.v1
    return g.v2


gs = [Grow() for _ in range(3)]
print([fill(g, 3) for g in gs], [vars(g) for g in gs])


# a polymorphic site over more classes than the cache has ways
def make(n):
    return type("K%d" % n, (), {"m": lambda self, n=n: n})


classes = [make(n) for n in range(6)]
objs = [c() for c in classes] * 3
for o in objs:
    o.x = o.m()
print([o.x for o in objs], sum(o.m() for o in objs))

# an instance attribute shadows the method once the site is warm
q = P()
r = P()
calls = []
for o in [q, r, q, r]:
    calls.append(o.m())
r.m = lambda: "instance m"
for o in [q, r, q, r]:
    calls.append(o.m())
del r.m
calls.append(r.m())
print(calls)

# the method is rebound on the class while sites are warm
def m2(self):
    return "m2"


for i in range(3):
    calls = [q.m()]
    if i == 1:
        P.m = m2
    calls.append(q.m())
    print(calls)

# a data descriptor added to the class takes over loads and stores
class D:
    def __init__(self):
        self.v = 1


def rw(d):
    d.v = d.v + 1
    return d.v


d = D()
print(rw(d), rw(d))
D.v = property(lambda self: 100, lambda self, val: print("setter", val))
print(rw(d), vars(d))
del D.v
print(rw(d))

# dict-form instances (after __dict__ was used) and deleted attributes
e = P()
e.__dict__["z"] = 5
for i in range(3):
    e.a = i
    e.z = e.z + e.a
print(e.a, e.z, vars(e))
f = P()
for i in range(3):
    f.a = i
    if i == 1:
        del f.a
        f.c = "c"
        f.a = 9
print(vars(f), f.a)

# __slots__ classes and subclasses sharing a site with their base
class S:
    __slots__ = ("a",)


class Sub(P):
    pass


def set_read(o, v):
    o.a = v
    return o.a


print([set_read(o, i) for i, o in enumerate([S(), P(), Sub(), S(), Sub(), P()])])
print("end")
