class T:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
d = {"a": T("a"), "b": T("b")}
del d["a"]
print("deleted key a")
d["b"] = 1
print("replaced b")
class Holder:
    def __init__(self): self.t = T("held")
h = Holder()
h.t = None
print("attr reset")
h.t = T("second")
del h
print("holder gone")
x = T("x")
y = [x, x]
del x
print("list still holds")
y[0] = 0
print("one ref left")
y[1] = 0
print("no refs")
def gen():
    t = T("gen-local")
    yield 1
    yield 2
g = gen()
next(g)
print("gen suspended")
del g
print("gen deleted")
t = (T("in-tuple"),)
t = ()
print("end")
