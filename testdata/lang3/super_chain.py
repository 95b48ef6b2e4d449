class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.log = ["Base"]
class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left.__init__", left)
        super().__init__(**kw)
        self.log.append("Left")
class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right.__init__", right)
        super().__init__(**kw)
        self.log.append("Right")
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
        self.log.append("Bottom")
b = Bottom(left=1, right=2)
print(b.log)
class M(Left, Right):
    pass
m = M(left=5, right=6)
print(m.log)
print(super(Left, b).__init__ is not None)
class P:
    def f(self): return "P.f"
class Q(P):
    def f(self): return "Q.f+" + super(Q, self).f()
print(Q().f())
print(super(Q, Q()).f())
