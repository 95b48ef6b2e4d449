def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    z = yield "o1"
    return z
g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as e:
    print("final", e.value)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield "after-throw"
def deleg():
    yield from thrower()
    yield "outer-continues"
d = deleg()
print(next(d), d.throw(ValueError("v")), next(d))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def deleg2():
    yield from closer()
c = deleg2(); next(c); c.close()
print(list((lambda: (yield from [1, 2, 3]))()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), [None])))
def tree(n):
    if n: 
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
