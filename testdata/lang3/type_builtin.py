print(type(1), type("a"), type(None), type([]))
print(type(1) is int, type(True) is bool, type(int))
Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn.__name__, d.x, d.hello())
print(type(d).__name__, Dyn.__bases__)
class Base:
    def base(self): return "base"
Sub = type("Sub", (Base,), {"y": 2})
s = Sub()
print(s.base(), s.y, [c.__name__ for c in Sub.__mro__])
print(isinstance(s, Base))
Sub.z = 3
print(s.z)
print(type(type), type(object))
def __init__(self, a): self.a = a
Made = type("Made", (object,), {"__init__": __init__, "__repr__": lambda self: f"Made({self.a})"})
print(Made(7), [Made(i) for i in range(3)])
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
print(Made.__qualname__, Made.__module__)
