def g():
    yield 1
    yield 2
    return "result"
it = g()
print(list(it))
it = g()
vals = []
while True:
    try:
        vals.append(next(it))
    except StopIteration as e:
        print(vals, "returned", repr(e.value))
        break
def empty():
    return 5
    yield
print(list(empty()))
def nothing():
    yield from ()
print(list(nothing()))
def raises_stop():
    yield 1
    raise StopIteration("x")
try:
    list(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
print(type(g()).__name__, g.__name__)
print(g.__code__.co_flags & 0x20 != 0, hasattr(g(), "send"))
gen = g()
print(gen.gi_running, gen.__name__, gen.__qualname__)
print(iter(gen) is gen)
