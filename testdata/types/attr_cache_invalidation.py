# Attribute and method caches must notice every change made after warm-up:
# each check runs the same instruction (one call site in a loop) before and
# after the change, so a stale cache entry would give the old answer.


def get_x(o):
    return o.x


def call_m(o):
    return o.m()


def set_x(o, v):
    o.x = v


def warm(f, *args):
    r = None
    for _ in range(50):
        r = f(*args)
    return r


# class attribute added after warm-up: the instance dict still wins, and
# a data descriptor added later wins over the instance dict
class A:
    pass


a = A()
a.x = 1
print("instance", warm(get_x, a))
A.x = 2
print("class attr added", warm(get_x, a))
del a.x
print("instance attr deleted", warm(get_x, a))
A.x = 3
print("class attr replaced", warm(get_x, a))
del A.x
try:
    get_x(a)
except AttributeError as e:
    print("class attr removed:", e)
a.x = 4
print("instance again", warm(get_x, a))
A.x = property(lambda self: "prop")
print("data descriptor added", warm(get_x, a))
try:
    set_x(a, 5)
except AttributeError as e:
    print("store through property:", e)
del A.x
set_x(a, 6)
print("property removed", warm(get_x, a), a.__dict__)


# attribute on a base class added and removed
class Base:
    pass


class Derived(Base):
    pass


d = Derived()
try:
    get_x(d)
except AttributeError as e:
    print("no x:", e)
Base.x = "base"
print("base attr added", warm(get_x, d))
Derived.x = "derived"
print("derived attr added", warm(get_x, d))
del Derived.x
print("derived attr removed", warm(get_x, d))
del Base.x
try:
    get_x(d)
except AttributeError as e:
    print("base attr removed:", e)


# method replaced on the class, on a base, and shadowed on the instance
class M:
    def m(self):
        return "M.m"


class N(M):
    pass


m, n = M(), N()
print("method", warm(call_m, m), warm(call_m, n))
M.m = lambda self: "M.m2"
print("replaced on class", warm(call_m, m), warm(call_m, n))
N.m = lambda self: "N.m"
print("overridden in subclass", warm(call_m, m), warm(call_m, n))
m.m = lambda: "instance m"
print("shadowed on instance", warm(call_m, m), warm(call_m, n))
del m.m
del N.m
print("shadows removed", warm(call_m, m), warm(call_m, n))
M.m = staticmethod(lambda: "static")
print("staticmethod", warm(call_m, m), warm(call_m, n))
M.m = classmethod(lambda cls: "classmethod of " + cls.__name__)
print("classmethod", warm(call_m, m), warm(call_m, n))
M.m = 42
try:
    call_m(m)
except TypeError as e:
    print("not callable:", e)


# __getattr__, __getattribute__ and __setattr__ added to the class later
class G:
    def m(self):
        return "G.m"


g = G()
g.x = "gx"
print("plain", warm(get_x, g), warm(call_m, g))
del g.x
G.__getattr__ = lambda self, name: "getattr " + name
print("__getattr__ added", warm(get_x, g), warm(call_m, g))
g.x = "gx2"
print("instance beats __getattr__", warm(get_x, g))
del G.__getattr__
G.__getattribute__ = lambda self, name: "getattribute " + name
print("__getattribute__ added", warm(get_x, g), call_m.__name__)
try:
    call_m(g)
except TypeError as e:
    print("method via __getattribute__:", e)
del G.__getattribute__
print("__getattribute__ removed", warm(get_x, g), warm(call_m, g))
log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)


G.__setattr__ = logging_setattr
warm(set_x, g, 7)
print("__setattr__ added", g.x, len(log), log[-1])
del G.__setattr__
set_x(g, 8)
print("__setattr__ removed", warm(get_x, g), len(log))


# __class__ assignment switches the class under the same call sites
class P:
    kind = "P"

    def m(self):
        return "P.m"


class Q:
    def m(self):
        return "Q.m"


o = P()
o.x = "ox"
print("before", warm(get_x, o), warm(call_m, o), o.kind)
o.__class__ = Q
print("after __class__", warm(get_x, o), warm(call_m, o), hasattr(o, "kind"))
Q.x = property(lambda self: "Q.x prop")
print("Q property", warm(get_x, o))
o.__class__ = P
print("back", warm(get_x, o), warm(call_m, o))


# polymorphic call site: more classes than cache ways, each changed
classes = []
for i in range(7):
    classes.append(type("C%d" % i, (), {"m": (lambda i: lambda self: i)(i)}))
objs = [c() for c in classes]
for rnd in range(3):
    total = 0
    for _ in range(20):
        for ob in objs:
            total += call_m(ob)
    print("round", rnd, total)
    for i, c in enumerate(classes):
        c.m = (lambda i: lambda self: i * (rnd + 2))(i)


# a class attribute rewritten in a loop (the caches keep giving up and
# refilling) must still read the newest value
class Counter:
    n = 0

    def bump(self):
        Counter.n += 1
        return self.n


c = Counter()
s = 0
for _ in range(300):
    s += c.bump()
print("counter", Counter.n, s)


# __slots__ classes: instance attributes in slots, not in a dict
class S:
    __slots__ = ("x",)


s1 = S()
set_x(s1, 1)
print("slots", warm(get_x, s1))
try:
    s1.y = 2
except AttributeError as e:
    print("slots:", e)
