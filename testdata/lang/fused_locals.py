# Superinstructions on locals (compiler/fuse.go): a method loaded from a
# local (and called with no arguments right after), a local tested against
# None, a local returned, `k is x` with a constant, and the load and store of
# `x.name op= v`. Each must behave as its instructions run one by one: warm
# caches, polymorphic sites, instance attributes shadowing methods, classes
# rebinding methods, unbound locals, errors inside, reference counts.
import sys


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt
        self.count = 0

    def get(self):
        return self.v

    def twice(self, k=2):
        return self.v * k

    def need(self, a):
        return a


class Other:
    def get(self):
        return "other"


def walk(head):
    total = 0
    p = head
    while p is not None:        # LOAD_FAST p; POP_JUMP_IF_NONE
        total += p.get()        # LOAD_FAST p; LOAD_METHOD get; CALL_METHOD 0
        p = p.nxt
    return total                # LOAD_FAST total; RETURN_VALUE


head = None
for i in range(5):
    head = Node(i, head)
for _ in range(3):
    print(walk(head))


def poly(objs):
    out = []
    for o in objs:
        out.append(o.get())     # polymorphic site: Node, Other, builtins
    return out


print(poly([Node(1), Other(), Node(2), Other()]))
print(poly([Node(3)] * 3))


def shadowed(o):
    return o.get()


n = Node(7)
print(shadowed(n))
n.get = lambda: "instance attr"
print(shadowed(n))
del n.get
print(shadowed(n))
Node.get = lambda self: "rebound"
print(shadowed(n))
print(shadowed(Node(8)))
del Node.get
try:
    shadowed(n)
except AttributeError as e:
    print("AttributeError:", e)


def defaults(o):
    return o.twice()            # defaults filled for a zero-argument call


print(defaults(Node(4)), defaults(Node("ab")))


def missing_arg(o):
    return o.need()


try:
    missing_arg(Node(1))
except TypeError as e:
    print("TypeError:", e)


def builtin_methods(xs, s):
    c = xs.copy()
    c.append(s.upper())
    return c, s.lower(), xs.pop()


print(builtin_methods([1, 2], "Ab"))
print(builtin_methods([3], "cD"))


def int_method(k):
    k = k + 1
    return k.bit_length(), k.real, k


print(int_method(6), int_method(255))


def none_tests(a, b):
    r = []
    if a is None:
        r.append("a None")
    if b is not None:
        r.append("b set")
    r.append(a is None)         # LOAD_CONST None; IS_OP
    r.append(b is not None)
    r.append(a is True)
    return r


print(none_tests(None, 0))
print(none_tests(0, None))
print(none_tests(True, False))


def unbound_test(flag):
    if flag:
        x = 1
    if x is None:
        return "none"
    return "set"


print(unbound_test(True))
try:
    unbound_test(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_method(flag):
    if flag:
        o = Node(1)
    return o.get()


try:
    unbound_method(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_return(flag):
    if flag:
        y = 2
    return y


print(unbound_return(True))
try:
    unbound_return(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def counters(o, k):
    for _ in range(k):
        o.count += 1            # LOAD_FAST o; COPY 1; LOAD_ATTR; ...; SWAP 2; STORE_ATTR
        o.count -= 0.5
        o.v *= 2
    return o.count, o.v


print(counters(Node(1), 4))
print(counters(Node("x"), 2))


class Prop:
    def __init__(self):
        self._c = 0

    @property
    def count(self):
        return self._c

    @count.setter
    def count(self, v):
        print("set", v)
        self._c = v


def aug_prop(o):
    o.count += 10
    o.count += 1
    return o.count


print(aug_prop(Prop()))


class Slots:
    __slots__ = ("count",)

    def __init__(self):
        self.count = 5


def aug_any(o):
    o.count += 1
    return o.count


print(aug_any(Slots()), aug_any(Node(0)), aug_any(Prop()))


def aug_error(o):
    o.count += "s"


try:
    aug_error(Node(0))
except TypeError as e:
    print("TypeError:", e)


def aug_missing(o):
    o.nothing += 1


try:
    aug_missing(Node(0))
except AttributeError as e:
    print("AttributeError:", e)


class Tracked:
    def __init__(self):
        self.ref = None
        self.count = 0

    def me(self):
        return self


def refs(o, k):
    for _ in range(k):
        o.me()
        o.count += 1
        if o is None:
            return None
        if o.ref is not None:
            return None
    return o


t = Tracked()
before = sys.getrefcount(t)
for _ in range(4):
    refs(t, 10)
print(sys.getrefcount(t) - before, t.count)
v = Tracked()
v.count = Tracked()
before = sys.getrefcount(v.count)
r = refs(v, 0)
print(r is v, sys.getrefcount(v.count) - before)


def attr_is(o):
    return o.nxt is None, o.nxt is not None, o.v is o.v


print(attr_is(Node(1)), attr_is(Node(2, Node(3))))
