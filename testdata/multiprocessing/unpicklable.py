# What cannot cross to another process gives a clear error.
import multiprocessing as mp
import threading


def ident(x):
    return x


def make_local():
    def local_fn(x):
        return x
    return local_fn


def gen():
    yield 1


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for bad in (lambda x: x, make_local()):
            try:
                pool.map(bad, [1, 2])
            except Exception as e:
                print("function:", type(e).__name__)
        for arg in (gen(), threading.Lock()):
            try:
                pool.apply_async(ident, (arg,)).get(timeout=30)
            except Exception as e:
                print("argument:", type(e).__name__, e)
        print("pool still works:", pool.map(ident, [1, 2, 3]))
