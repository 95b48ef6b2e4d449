def worker():
    try:
        while True:
            try:
                x = yield "ready"
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("worker finally")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
print(next(w, "done"))
def g():
    yield 1
x = g()
try:
    x.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(next(x, "closed"))
def h():
    try:
        yield 1
    except TypeError:
        return "returned from except"
y = h(); next(y)
try:
    y.throw(TypeError)
except StopIteration as s:
    print("stop", s.value)
