# global and nonlocal declarations, shadowing, closures sharing cells.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_global():
    global created
    created = "made"
make_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    inc(); inc()
    return inc, get
inc, get = outer()
print(get(), inc(), get())
def deep():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v *= 10
        inner()
        inner()
    mid()
    return v
print(deep())
def read_global():
    return counter * 100
print(read_global())
def make_counters():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(make_counters())
def cell_shared():
    items = []
    def add(v):
        items.append(v)
    add(1); add(2)
    return items
print(cell_shared())
y = 1
def nested_global():
    def inner():
        global y
        y = 99
    inner()
nested_global()
print(y)
