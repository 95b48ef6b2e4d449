# yield from: delegation, return values, sending through, nested.
def inner():
    x = yield "inner-1"
    print("inner received", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(list(g))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield f"node{n}"
    yield from tree(n - 1)
    yield from tree(n - 1)
print(list(tree(2)))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, 4], [[5]]], 6])))
def sub():
    return (yield 1) 
def wrap():
    res = yield from sub()
    yield ("sub returned", res)
w = wrap()
print(next(w), w.send("S"))
def count_up():
    total = yield from (i for i in range(3))
    yield total
print(list(count_up()))
def gen_dict():
    yield from {"a": 1, "b": 2}
print(list(gen_dict()))
