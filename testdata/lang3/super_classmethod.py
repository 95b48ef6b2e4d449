class A:
    @classmethod
    def make(cls, n):
        print("A.make", cls.__name__, n)
        return cls()
    @staticmethod
    def s(x): return x * 2
    def __repr__(self): return type(self).__name__ + "()"
class B(A):
    @classmethod
    def make(cls, n):
        print("B.make", cls.__name__, n)
        return super().make(n + 1)
class C(B):
    pass
print(C.make(1))
print(B.make(10))
print(C.s(4), C().s(5))
class D(A):
    def __init__(self):
        super().__init__()
        self.x = 1
    def get(self):
        f = lambda: super(D, self).__repr__()
        return f()
print(D().get())
class E:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        print("sub", cls.__name__, kw)
class F(E, tag=1): pass
class G(F): pass
