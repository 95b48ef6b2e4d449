class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.mro() == list(D.__mro__))
print(B.__mro__)
print(D.__bases__)
print(A.__bases__)
print(object.__mro__)
class E(C, B): pass
print([k.__name__ for k in E.__mro__])
print(E().who())
