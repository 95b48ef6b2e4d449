# The eval loop writes a new int or float into the box of the local it
# replaces when no one else holds that box (vm/fastpath.go, storeNum). Every
# way of copying a local's value elsewhere must keep the copy intact.


def copies():
    h = 10**6
    for _ in range(3):
        h = (h * 3 + 1) & 0xFFFFFFF   # fresh box, owned by h
        g = h                         # LOAD_FAST: now shared
        h = (h * 3 + 1) & 0xFFFFFFF   # must not change g
        print(g, h)
    x = 10**7
    x = x + 1
    d = locals()                      # the snapshot holds x's box
    x = x + 1
    print(d["x"], x)
    lst = []
    for i in range(70000, 70003):     # FOR_ITER + STORE_FAST: owned
        lst.append(i)
    print(lst)
    y = 10**8
    y = y + 1
    z = [y * 2 for y in range(100000, 100002)]  # LOAD_FAST_AND_CLEAR saves y
    y = y + 1
    print(y, z)
    a = 10**9
    a = a + 1
    t = (a,)
    a = a + 1
    print(t, a)
    fl = 1.5
    fl = fl * 2.0
    keep = [fl]
    fl = fl * 2.0
    print(keep, fl)
    n = 10**6
    n = n + 1
    r = n.real
    n = n + 1
    print(r, n)
    v = 10**6
    v = v + 5
    c = [0, 0]
    j = 1
    c[j] = v                           # LOAD_FAST v; LOAD_FAST c; LOAD_FAST j; STORE_SUBSCR
    v = v + 5
    print(c, v)
    k = 70001
    k = k + 0
    m = {k: "a"}
    k = k + 1
    print(m, k)
    s = 0
    for i in range(100000, 100005):
        s += i
        s = s * 1
    print(s)


def gen():
    x = 10**6
    for _ in range(3):
        x = x + 1
        yield x
        x = x + 10


def aug():
    # acc += expr: the local's box is on the stack while expr runs.
    acc = 10**6
    acc = acc + 1
    acc += (acc := acc + 100) * 0 + 1
    print(acc)
    b = 2.5
    b = b + 1.0
    saved = []
    b += saved.append(b) or 1.0
    print(saved, b)


class Grabber:
    def __init__(self):
        self.got = []

    def __radd__(self, other):
        self.got.append(other)
        return other + 1


def slow_path():
    q = 10**6
    q = q + 1
    gr = Grabber()
    q = q + gr                         # the other operand keeps q's old box
    q = q + 1
    print(gr.got, q)


def many_locals():
    ns = [0] * 70
    (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9,
     c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9,
     e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9,
     g0, g1, g2, g3, g4, g5, g6, g7, g8, g9) = ns
    for i in range(100000, 100003):
        g9 = i * 2
        old = g9
        g9 = g9 + 1
        print(old, g9)


class Keeper:
    kept = []

    def __radd__(self, other):
        Keeper.kept.append(other)
        raise ValueError("no")


def borrows():
    # LOAD_FAST acc ... BINARY_OP; STORE_FAST acc: the load lends acc's box.
    acc = 10**6
    acc = acc + 1
    try:
        acc += Keeper()                # the general path keeps the lent box
    except ValueError:
        pass
    acc = acc + 1
    print(Keeper.kept, acc)
    snap = {}
    acc += (snap.update(locals()) or 0) + 1   # locals() sees the box
    acc = acc + 1
    print(snap["acc"], acc)
    f = 0.5
    f = f * 3.0
    for _ in range(3):
        f += f * 0.5
    print(f)
    total = 10**6
    for i in range(100000, 100004):
        total += (i >> 3) % 7
        seen = total
        total += 1
        print(seen, total)


copies()
borrows()
print(list(gen()))
aug()
slow_path()
many_locals()


# A frame that owned boxes when it returned is reused for the next call: the
# callee's parameters are the caller's boxes and must not be written.
def owner():
    a = 5000000
    b = 1.5
    for i in range(10):
        a = a + 1000000
        b = b * 2.0
    return 0


def callee(a, b):
    a = a + 1
    b = b + 1.0
    return a, b


def reused_frame():
    x = 70000
    x = x * 3
    w = 2.5
    w = w * 3.0
    owner()
    print(callee(x, w), x, w)


reused_frame()
