# Runs of instructions that pyg fuses into superinstructions (compiler/fuse.go):
# their fast paths (ints, floats, exact lists and tuples) and every way out
# of them (other types, subclasses, bad indexes, overflow, division by zero,
# unbound locals), which must behave and report exactly as unfused code.
import traceback


def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    def __radd__(self, o):
        return N(o + self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, N) else o)

    def __repr__(self):
        return f"N({self.v})"


# LOAD_FAST LOAD_FAST BINARY_OP / LOAD_FAST LOAD_CONST BINARY_OP
def binops(a, b):
    return [a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, a + 1, a - 1.5, a * 2, a / 4, a << 1 if isinstance(a, int) else a]


show(binops, 7, 3)
show(binops, 7.5, 2)
show(binops, 7, 2.5)
show(binops, -7.25, 0.5)
show(binops, 2**62, 2**62)
show(binops, 2**53 + 1, 1.0)
show(binops, 7, 0)
show(binops, 7.0, 0.0)
show(binops, "ab", "c")
show(binops, N(1), 2)
show(binops, [1], [2])


def overflow(x, y):
    z = x * y
    w = x + y
    v = x - y
    return z, w, v


show(overflow, 2**40, 2**40)
show(overflow, 9223372036854775807, 1)
show(overflow, -9223372036854775807, 2)


# BINARY_OP STORE_FAST, with in-place operators and locals of every kind
def aug(n):
    i = 0
    s = 0.0
    t = ""
    while i < n:
        i += 1
        s += i / 2
        s -= 0.25
        t += str(i)
    return i, s, t


show(aug, 5)
show(aug, 0)


# LOAD_FAST LOAD_CONST/LOAD_FAST BINARY_SUBSCR
def subscr(seq, i):
    return seq[0], seq[i], seq[-1], seq[i - 1]


show(subscr, [10, 20, 30], 1)
show(subscr, (10, 20, 30), 2)
show(subscr, [1.5, 2.5], -1)
show(subscr, L([1, 2, 3]), 1)
show(subscr, "xyz", 1)
show(subscr, {0: "a", -1: "b", 1: "c", 2: "d"}, 2)
show(subscr, [1, 2, 3], 3)
show(subscr, [1, 2, 3], -4)
show(subscr, [], 0)
show(subscr, [1, 2, 3], 1.0)
show(subscr, [1, 2, 3], True)
show(subscr, range(5), 3)
show(subscr, None, 0)


# LOAD_FAST LOAD_FAST STORE_SUBSCR and the c[i] op= v runs
def store(seq, i, v):
    seq[i] = v
    seq[i] += v
    seq[0] -= 1
    seq[-1] *= 2
    return seq


show(store, [1, 2, 3], 1, 5)
show(store, [1.0, 2.0, 3.0], -2, 0.5)
show(store, L([1, 2, 3]), 1, 5)
show(store, [1, 2, 3], 3, 5)
show(store, [1, 2, 3], -4, 5)
show(store, [1, 2, 3], "1", 5)
show(store, (1, 2, 3), 1, 5)
show(store, {0: 1, 1: 2, -1: 3}, 1, 5)
show(store, [[1], 2, [3]], 0, [4])
show(store, ["a", "b", "c"], 1, "z")


def swap_all(p):
    lo = 0
    hi = len(p) - 1
    while lo < hi:
        t = p[lo]
        p[lo] = p[hi]
        p[hi] = t
        lo += 1
        hi -= 1
    return p


show(swap_all, [1, 2, 3, 4, 5])
show(swap_all, list("abcdef"))
show(swap_all, [])


# LOAD_FAST LOAD_FAST/LOAD_CONST COMPARE_OP POP_JUMP_IF_FALSE/TRUE
def compares(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    if a > b:
        out.append(">")
    if a >= b:
        out.append(">=")
    if not a < 2:
        out.append("not<2")
    if a == 0.0:
        out.append("==0.0")
    return out


show(compares, 1, 2)
show(compares, 2, 2)
show(compares, 3.5, 2.5)
show(compares, float("nan"), 1.0)
show(compares, 1, 1.0)
show(compares, True, 1)
show(compares, "a", "b")
show(compares, N(1), 5)
show(compares, 1, "x")
show(compares, [1], [1])


# LOAD_CONST COMPARE_OP POP_JUMP_IF_FALSE/TRUE on a computed value
def const_compares(seq):
    out = []
    if seq[0] > 0:
        out.append(">0")
    if not seq[0] <= 1.5:
        out.append("not<=1.5")
    if len(seq) == 2:
        out.append("len2")
    if seq[-1] != "x":
        out.append("!=x")
    return out


show(const_compares, [1, 2])
show(const_compares, [2.5])
show(const_compares, [float("nan"), "x"])
show(const_compares, [-1, 0, 1])
show(const_compares, ["a", 1])
show(const_compares, [None])


# Runs whose container or operands are computed values
def computed(seq, x, c):
    lst = [seq]
    lst[0][1] += x
    lst[0][0] += x if c else 2.5
    first = seq[0]
    return (x + 1) * x, first, seq


show(computed, [1, 2], 3, True)
show(computed, [1.5, 2.5], 0.5, False)
show(computed, [1, "a"], 3, True)
show(computed, ["a", 2], 3, False)
show(computed, (1, 2), 3, True)


# Unbound locals inside every kind of run
def unbound(k):
    if k == 0:
        x = 1
    if k == 1:
        y = 2
    if k < 2:
        return x + y
    if k == 2:
        return x[0]
    if k == 3:
        return x < 1
    if k == 4:
        lst = [0]
        i = 0
        lst[i] = x
    z = 1
    z = x
    return z


for k in range(6):
    show(unbound, k)


# Errors inside fused runs keep their line and carets
def deep(a, i):
    t = a[0] - a[i]
    return t


for args in (([1.5, 2.5], 1), ([1.5, "x"], 1), ([1.5], 3)):
    try:
        print(deep(*args))
    except Exception:
        traceback.print_exc()


def aug_err(seq):
    seq[0] += seq[1]
    return seq


for seq in ([1, 2], [1, "a"], ["a", "b"], [1]):
    try:
        print(aug_err(seq))
    except Exception:
        traceback.print_exc()


# Jumps into the middle of a fused run
def cond(a, b, c):
    x = a if c else b
    return x + a, (a if c else b)[0] if isinstance(a, list) else None


show(cond, 1, 2, True)
show(cond, 1, 2, False)
show(cond, [1], [2], False)


# Loop-carried floats and ints (nbody/fannkuch shapes)
def kernel(n):
    a = [0.0, 1.0, 2.0]
    b = [3.0, 4.0, 5.0]
    for s in range(n):
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        d2 = dx * dx + dy * dy + 1.0
        a[2] += dx / d2
        b[2] -= dy / d2
        a[0] += 0.001 * a[2]
        b[1] += 0.001 * b[2]
    return round(a[0], 9), round(b[2], 9)


show(kernel, 1000)


# self.x and self.x = v (LOAD_FAST__LOAD_ATTR, LOAD_FAST__STORE_ATTR): plain
# instances, and every other kind of object and attribute
class P:
    k = "class attr"

    def __init__(self, a):
        self.a = a
        self.b = [a]

    def get(self):
        return self.a, self.b, self.k

    def put(self, v):
        self.a = v
        self.b = v
        return self.get()


class Slots:
    __slots__ = ("a",)


class Prop:
    @property
    def a(self):
        return "prop"

    @a.setter
    def a(self, v):
        print("setter", v)


def attrs(o, v):
    r = o.a
    o.a = v
    return r, o.a


for o in (P(1), P("s"), Prop()):
    show(attrs, o, 2)
show(attrs, Slots(), 3)
show(attrs, 5, 1)
show(P(1).put, None)
show(P(2).get)
o = P(7)
o.__dict__.clear()
show(o.get)


def unbound_attr():
    if False:
        q = P(1)
    return q.a


def unbound_store():
    if False:
        q = P(1)
    q.a = 1


show(unbound_attr)
show(unbound_store)
