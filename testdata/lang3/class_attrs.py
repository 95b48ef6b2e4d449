class Counter:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(Counter.items, a.items is b.items)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
print(sorted(k for k in vars(a)))
print("count" in Counter.__dict__, "name" in Counter.__dict__)
Counter.extra = lambda self: "extra " + self.name
print(a.extra(), b.extra())
print(getattr(a, "missing", "dflt"))
print(hasattr(a, "name"), hasattr(a, "nope"))
setattr(b, "dyn", 42)
print(b.dyn, b.__dict__)
delattr(b, "dyn")
print(b.__dict__)
try:
    a.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nope
except AttributeError as e:
    print("AttributeError:", e)
