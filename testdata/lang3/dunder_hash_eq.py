class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
class H(P):
    def __hash__(self): return hash(self.x)
s = {H(1), H(1), H(2)}
print(len(s))
d = {H(3): "three"}
print(d[H(3)])
class Plain: pass
a = Plain()
print(hash(a) == hash(a), a == a, a == Plain())
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
print(hash(-1), hash(0), hash(10**20) == hash(10**20))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
class Inh(H):
    def __eq__(self, o): return False
print(Inh.__hash__)
