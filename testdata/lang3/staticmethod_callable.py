class Util:
    @staticmethod
    def add(a, b): return a + b
    ops = {"add": add}
    @classmethod
    def names(cls): return sorted(cls.ops)
    helper = staticmethod(lambda: "lambda static")
print(Util.add(1, 2), Util().add(3, 4), Util.ops["add"](5, 6), Util.names(), Util.helper())
print(Util.__dict__["add"].__func__(7, 8), isinstance(Util.__dict__["names"], classmethod))
class Counter:
    instances = 0
    def __init__(self): type(self).instances += 1
    @classmethod
    def count(cls): return cls.instances
class Sub(Counter): pass
Counter(); Counter(); Sub()
print(Counter.count(), Sub.count(), Counter.instances, Sub.instances)
class Temp:
    def __init__(self, c): self.c = c
    @classmethod
    def from_f(cls, f): return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def valid(c): return c > -273.15
    def __repr__(self): return f"Temp({self.c})"
print(Temp.from_f(212), Temp.from_f(-40), Temp.valid(-300), Temp(5).valid(5))
