# Generators: send, return values, close, throw, StopIteration.value.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return "final " + str(total)
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)
def counter(n):
    i = 0
    while i < n:
        got = yield i
        print("  got", got)
        i += 1
c = counter(3)
print(next(c))
print(c.send("a"))
print(c.send("b"))
try:
    c.send("c")
except StopIteration:
    print("exhausted")
def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
w = with_cleanup()
print(next(w))
w.close()
print("closed")
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught in gen:", e)
ct = catcher()
print(next(ct), ct.throw(ValueError("boom")))
def gen_return():
    yield 1
    return 99
gr = gen_return()
print(list(gr), list(gr))
def first_send():
    x = yield
    yield x * 2
fs = first_send()
try:
    fs.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(fs), fs.send(21))
print(type(gr).__name__)
