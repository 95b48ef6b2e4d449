class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @Base.v.getter
    def v(self): return self._v * 100
class Child2(Base):
    @property
    def v(self): return "overridden, read-only"
c = Child(); c.v = 3
print(c.v)
c2 = Child2()
print(c2.v)
try:
    c2.v = 5
except AttributeError as e:
    print("AttributeError:", e)
class Computed:
    def __init__(self, w, h): self.w, self.h = w, h
    area = property(lambda self: self.w * self.h)
    @property
    def dims(self): return (self.w, self.h)
    @dims.setter
    def dims(self, wh): self.w, self.h = wh
x = Computed(2, 3)
print(x.area, x.dims)
x.dims = (4, 5)
print(x.area, x.dims)
print(isinstance(Computed.area, property), Computed.dims.fset is not None, Computed.area.fset)
class WithSuper(Base):
    @property
    def v(self): return ("super", super().v)
print(WithSuper().v)
