class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "the temperature"
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        if v < -273: raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del")
        self._c = None
t = Temp()
t.celsius = 25
print(t.celsius)
del t.celsius
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__)
class RO:
    @property
    def x(self): return 1
r = RO()
print(r.x)
try:
    r.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.x
except AttributeError as e:
    print("AttributeError:", e)
class P2:
    def g(self): return self._v
    def s(self, v): self._v = v * 2
    v = property(g, s, None, "doc v")
p = P2(); p.v = 5
print(p.v, P2.v.__doc__, P2.v.fget is P2.g, P2.v.fdel)
