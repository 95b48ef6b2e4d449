# __getattr__, __setattr__, __slots__-free dynamic attributes, __len__/__bool__.
class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"Dyn has no {name}")
d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_abc"), hasattr(d, "missing"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        object.__setattr__(self, name, value)
l = Logged()
l.a = 1
l.b = [2]
print(l.a, l.b)
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
s0, s3 = Sized(0), Sized(3)
print(len(s3), bool(s0), bool(s3), "yes" if s3 else "no")
class AlwaysFalse:
    def __bool__(self):
        return False
print(bool(AlwaysFalse()), not AlwaysFalse(), AlwaysFalse() or "fallback")
class Proxy:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, name):
        print("proxying", name)
        return getattr(self._t, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._t, p.count(1))
class Desc:
    x = 5
obj = Desc()
print(obj.x)
obj.x = 6
print(obj.x, Desc.x)
del obj.x
print(obj.x)
print(sorted(k for k in vars(Dyn()) ))
