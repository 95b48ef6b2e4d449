class Logged:
    def __init__(self): self.v = 1
    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("getattribute", name)
        return object.__getattribute__(self, name)
    def m(self): return "m"
l = Logged()
print(l.v)
print(l.m())
print(type(l).__name__)
class Fallback:
    x = 1
    def __getattribute__(self, name):
        if name == "boom": raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
print(f.x, f.boom, f.other)
class Hide:
    secret = 5
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, n)
h = Hide()
print(hasattr(h, "secret"), getattr(h, "secret", "none"), Hide.secret)
class Upper:
    def __getattribute__(self, n):
        return n.upper()
u = Upper()
print(u.abc, u.hello_world)
