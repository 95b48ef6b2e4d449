def adder(n):
    def add(x): return x + n
    return add
a5 = adder(5)
print(a5(1), adder(10)(1))
print(a5.__closure__[0].cell_contents, a5.__code__.co_freevars)
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter(); c(); c()
print(c())
def late():
    x = 1
    def get(): return x
    x = 2
    return get
print(late()())
def make_ops():
    ops = {}
    for name, fn in [("add", lambda a, b: a + b), ("sub", lambda a, b: a - b)]:
        ops[name] = fn
    return ops
ops = make_ops()
print(ops["add"](3, 4), ops["sub"](3, 4))
def outer():
    v = "o"
    def mid():
        def inner(): return v
        return inner
    return mid()()
print(outer())
def acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
ad = acc(); ad(1)
print(ad(2))
def not_yet():
    def f(): return y
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return f()
print(not_yet())
