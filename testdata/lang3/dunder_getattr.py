class Dyn:
    def __init__(self): self.real = "real"
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.xyz)
print(getattr(d, "xa", None), getattr(d, "q", "dflt"), hasattr(d, "zz"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v):
        print("setattr", n, v)
        setattr(self._t, n, v)
    def __delattr__(self, n):
        print("delattr", n)
        delattr(self._t, n)
class T: pass
t = T()
p = Proxy(t)
p.a = 1
print(t.a, p.a)
del p.a
print(hasattr(t, "a"))
print(p.__class__.__name__)
class Rec:
    def __getattr__(self, name):
        return Rec() if name != "end" else "END"
print(Rec().a.b.c.end)
