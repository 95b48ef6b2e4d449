class Empty:
    pass

class Point(Base, metaclass=Meta):
    "A point."
    x: int = 0
    count = 0

    def __init__(self, x, y):
        super().__init__()
        self.x = x
        self.__private = y

    def method(self):
        return __class__

    @staticmethod
    def static():
        return Point.count

    @property
    def prop(self):
        return super().prop

@dataclass
class Decorated(*bases, **kw):
    pass

def factory(v):
    class Local:
        attr = v
        def get(self):
            return v
    return Local

class Shadow:
    v = 1
    def f(self):
        return v
