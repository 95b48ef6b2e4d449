# Context managers that suppress exceptions, and __exit__ arguments.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after first")
with Suppress(KeyError, IndexError):
    [][5]
print("after second")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.args = (et, ev, tb is None)
        return True
with Recorder() as rec:
    pass
print(rec.args)
with Recorder() as rec:
    raise RuntimeError("oops")
print(rec.args[0].__name__, rec.args[1], rec.args[2])
def gen_in_with():
    with Suppress(StopIteration):
        yield 1
        raise ValueError("v")
try:
    print(list(gen_in_with()))
except ValueError as e:
    print("ValueError", e)
class ExitOrder:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n, a[0].__name__ if a[0] else None)
        return self.n == 1
with ExitOrder(1), ExitOrder(2), ExitOrder(3):
    raise TypeError("t")
print("done")
