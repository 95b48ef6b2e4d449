# Default arguments: evaluated once at definition time, mutable defaults.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
counter = 10
def show(v=counter):
    return v
counter = 20
print(show(), show(5))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
log = []
def make_default(name):
    log.append(name)
    return name.upper()
def f(a=make_default("a"), b=make_default("b")):
    return a + b
print(log)
print(f(), f("x"), f(b="y"), log)
def g(x, y=2, z=3):
    return x * 100 + y * 10 + z
print(g(1), g(1, 5), g(1, z=9), g(x=4, y=0, z=0))
print(g.__defaults__, f.__defaults__)
def k(a, *, b=1, c):
    return a, b, c
print(k(0, c=2), k.__kwdefaults__)
def outer():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * i)
    return [fn() for fn in fs]
print(outer())
