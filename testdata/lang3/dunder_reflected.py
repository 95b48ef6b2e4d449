class L:
    def __init__(self, tag): self.tag = tag
    def __add__(self, o):
        print(f"{self.tag}.__add__")
        return NotImplemented
    def __radd__(self, o):
        print(f"{self.tag}.__radd__")
        return "radd-" + self.tag
    def __lshift__(self, o): return NotImplemented
    def __rlshift__(self, o): return f"rlshift({o})"
    def __and__(self, o): return f"and({o})"
    def __rand__(self, o): return f"rand({o})"
    def __or__(self, o): return f"or({o})"
    def __ror__(self, o): return f"ror({o})"
    def __xor__(self, o): return f"xor({o})"
    def __rxor__(self, o): return f"rxor({o})"
    def __rsub__(self, o): return f"rsub({o})"
    def __rtruediv__(self, o): return f"rtruediv({o})"
    def __rfloordiv__(self, o): return f"rfloordiv({o})"
    def __rmod__(self, o): return f"rmod({o})"
    def __rpow__(self, o): return f"rpow({o})"
    def __rmatmul__(self, o): return f"rmatmul({o})"
    def __rdivmod__(self, o): return f"rdivmod({o})"
    def __rrshift__(self, o): return f"rrshift({o})"
x, y = L("x"), L("y")
try:
    print(x + y)
except TypeError as e:
    print("TypeError:", e)
class Other:
    def __radd__(self, o): return "Other.radd"
print(x + Other())
print(5 + x)
print(1 << x, 2 >> x, x & 1, 1 & x, x | 2, 2 | x, x ^ 3, 3 ^ x)
print(1 - x, 1 / x, 1 // x, 1 % x, 2 ** x, 1 @ x, divmod(7, x))
class Sub(L):
    def __radd__(self, o): return "Sub.radd wins"
class Base:
    def __add__(self, o): return "Base.add"
class Child(Base):
    def __radd__(self, o): return "Child.radd"
print(Base() + Child())
class Child2(Base):
    def __add__(self, o): return "Child2.add"
    def __radd__(self, o): return "Child2.radd"
print(Base() + Child2())
print(pow(2, x))
