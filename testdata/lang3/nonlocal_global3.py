counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get(): return n
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "inner changed middle"
        inner()
        return x
    return middle(), x
print(outer())
def define_global():
    global brand_new
    brand_new = "created in function"
define_global()
print(brand_new)
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def closures():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    return [f() for f in fs]
print(closures())
def cell_late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(cell_late())
x = 1
def read_global(): return x
x = 2
print(read_global())
def g():
    global x
    del x
g()
print("x" in globals())
