# property, staticmethod, classmethod.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
class MathUtil:
    factor = 2
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def scaled(cls, v):
        return v * cls.factor
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return type(self).__name__ + "()"
class Sub(MathUtil):
    factor = 10
print(MathUtil.add(1, 2), MathUtil().add(3, 4), MathUtil.scaled(5), Sub.scaled(5), Sub().scaled(1))
print(MathUtil.create(), Sub.create())
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"
print(Date.parse("2024-3-7"))
class Lazy:
    def get_x(self):
        return "x via property()"
    x = property(get_x)
print(Lazy().x)
