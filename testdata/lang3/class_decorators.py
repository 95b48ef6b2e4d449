registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco
@register
@add_repr
@tagged("T1")
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
@register
class Other:
    pass
print(registry)
print(Item("nut", 3))
print(Item.tag)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Conf:
    def __init__(self, v): self.v = v
a = Conf(1); b = Conf(2)
print(a is b, a.v, type(Conf).__name__)
