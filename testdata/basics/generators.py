# Generators.
def gen(n):
    for i in range(n):
        yield i * 10
    return "done"

g = gen(3)
print(next(g), next(g), list(g))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)

def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)

e = echo()
print(next(e), e.send(1), e.send("two"))

def delegate():
    r = yield from gen(2)
    yield r

print(list(delegate()))
