# multiprocessing.Process: start, join, exitcode, names, args and kwargs.
import multiprocessing as mp
import sys


def greet(name, punct="!"):
    print("hello", name + punct, "from", mp.current_process().name, flush=True)


def leave(code):
    sys.exit(code)


def nothing():
    pass


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("subclass run", self.n * 2, flush=True)


if __name__ == "__main__":
    print("main is", mp.current_process().name)
    p = mp.Process(target=greet, args=("ann",), kwargs={"punct": "?"})
    print("before start:", p.is_alive(), p.exitcode)
    p.start()
    p.join()
    print("after join:", p.is_alive(), p.exitcode, p.pid is not None)

    p = mp.Process(target=greet, args=("bob",), name="custom")
    p.start()
    p.join()
    print(p.name, p.exitcode)

    for code in (0, 3, None):
        p = mp.Process(target=leave, args=(code,))
        p.start()
        p.join(timeout=30)
        print("sys.exit(%r) -> exitcode" % (code,), p.exitcode)

    ps = [mp.Process(target=nothing) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("three processes:", [p.exitcode for p in ps])

    w = Worker(21)
    w.start()
    w.join()
    print("subclass exitcode", w.exitcode)

    try:
        w.start()
    except AssertionError as e:
        print("AssertionError:", e)
    print("cpu_count is int:", isinstance(mp.cpu_count(), int) and mp.cpu_count() >= 1)
