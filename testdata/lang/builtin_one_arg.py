# len(x), abs(x) and ord(x) called with one positional argument take a
# shorter path in the VM: results, errors, dunder methods and tracebacks
# must be those of the general call.
import sys


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Neg:
    def __abs__(self):
        return "abs called"


class BadLen:
    def __len__(self):
        raise ValueError("no length")


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def main():
    xs = [1, 2, 3]
    big = 10 ** 30
    print(len(xs), len("héllo"), len({1: 2}), len(Sized(7)), len(range(10 ** 6)))
    print(abs(-5), abs(5), abs(-2.5), abs(-big) == big, abs(Neg()), abs(True), abs(-(2 ** 63)))
    print(ord("a"), ord("é"), ord(b"z"), ord(bytearray(b"\x80")))
    s = 0
    for i in range(-1000, 1000):
        s += abs(i) + len(xs)
    print(s)
    for f, a in [(len, 5), (abs, "x"), (ord, "ab"), (ord, 3), (len, Sized(-1)), (len, BadLen())]:
        show(lambda v: f(v), a)
    show(lambda: len())
    show(lambda: abs(1, 2))
    show(lambda: len(obj=xs))
    n = Sized(2)
    for k in range(3):
        print(len(n), sys.getrefcount(n) - sys.getrefcount(xs) + sys.getrefcount(xs))
    len(BadLen())


main()
