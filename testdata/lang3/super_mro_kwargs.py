class Shape:
    def __init__(self, *, name="shape", **kw):
        self.name = name
        super().__init__(**kw)
    def describe(self): return [f"Shape({self.name})"]
class Colored:
    def __init__(self, *, color="none", **kw):
        self.color = color
        super().__init__(**kw)
    def describe(self): return [f"Colored({self.color})"] + super().describe()
class Bordered:
    def __init__(self, *, border=0, **kw):
        self.border = border
        super().__init__(**kw)
    def describe(self): return [f"Bordered({self.border})"] + (super().describe() if hasattr(super(), "describe") else [])
class Box(Colored, Bordered, Shape):
    def describe(self): return ["Box"] + super().describe()
b = Box(name="b1", color="red", border=2)
print([c.__name__ for c in Box.__mro__])
print(b.name, b.color, b.border)
print(b.describe())
try:
    Box(bogus=1)
except TypeError as e:
    print("TypeError:", e)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
class E(D):
    pass
print(E().f(), super(B, D()).f(), super(C, D()).f())
try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)
