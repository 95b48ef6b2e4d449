import copy
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"].append(99)
orig["b"]["c"].append(100)
print(sh, dp)
l = [[1], [2]]
l2 = l[:]
l3 = copy.deepcopy(l)
l[0].append("x")
print(l2, l3, l2[0] is l[0], l3[0] is l[0])
class P:
    def __init__(self, v): self.v = v; self.items = [v]
p = P(1)
q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(2)
print(q.items, r.items, q.v, type(r).__name__)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        print("__copy__ called"); return Custom()
    def __deepcopy__(self, memo):
        print("__deepcopy__ called"); return Custom()
copy.copy(Custom()); copy.deepcopy([Custom()])
rec = [1]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[1] is rc, rc[1] is rec)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}) == {1, 2})
