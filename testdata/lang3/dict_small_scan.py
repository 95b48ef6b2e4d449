# Dicts of up to 8 entries have no hash index and scan their entries:
# keys equal by value but not identical, keys whose __eq__ runs Python code
# (and mutates the dict), colliding hashes, deleted entries that are reused,
# popitem, and the switch to an index at the 9th key and back.


class K:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        log.append((self.name, getattr(other, "name", other)))
        return isinstance(other, K) and self.name == other.name

    def __repr__(self):
        return "K(%s)" % self.name


log = []
d = {K("a", 1): 1, K("b", 1): 2, K("c", 2): 3}
print(d[K("b", 1)], K("c", 2) in d, K("z", 1) in d, K("a", 3) in d)
print(log)
log.clear()

# equal str keys that are different objects
s1 = "".join(["ab", "cd"])
s2 = "".join(["a", "bcd"])
print(s1 is s2, s1 == s2)
e = {s1: 1}
e[s2] += 1
print(e, len(e))

# ints, floats and bools equal across types
f = {1: "int"}
f[1.0] = "float"
f[True] = "bool"
print(f, 1 in f, 1.5 in f, hash(-1) == hash(-2), {-1: "a", -2: "b"})


# a key whose __eq__ mutates the dict being searched
class Mut:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.d.clear()
        return False


m = {}
m[Mut(m)] = 1
try:
    print(m.get(Mut(m)), len(m))
except RuntimeError as ex:
    print("RuntimeError", ex)

# fill, delete, refill: deleted slots are squeezed out, order is kept
g = {}
for i in range(8):
    g["k%d" % i] = i
for i in range(0, 8, 3):
    del g["k%d" % i]
for i in range(8, 12):
    g["k%d" % i] = i
print(list(g.items()))
for i in range(9, 12):
    del g["k%d" % i]
print(list(g), g.popitem(), g.popitem(), list(g))
while g:
    g.popitem()
g["x"] = 1
print(g, g.get("k1"), g.setdefault("y", 2), g)

# the 9th key switches to an index; deleting back keeps everything findable
h = {}
for i in range(20):
    h[i * 1024] = i
    assert all(j * 1024 in h for j in range(i + 1))
for i in range(19, 2, -1):
    del h[i * 1024]
    assert all(j * 1024 in h for j in range(i))
h2 = h.copy()
h2[None] = 0
print(h, h2, h == h2, dict.fromkeys("abcdefghi"))
