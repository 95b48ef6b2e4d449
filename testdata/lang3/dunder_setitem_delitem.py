class Grid:
    def __init__(self): self.data = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __missing__(self, k): return "never used"
g = Grid()
g[0, 0] = "a"
g[1:3] = "slice"
g["k"] = [1]
g["k"] += [2]
print(g.data[(0, 0)], g["k"])
del g[0, 0]
del g[1:3]
print(list(g.data))
try:
    del g["nope"]
except KeyError as e:
    print("KeyError:", e)
class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("q"), "zz" in d)
l = list(range(10))
l[2:5] = ["x"]
print(l)
del l[::2]
print(l)
l[::2] = "ab"
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
