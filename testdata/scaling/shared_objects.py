# scale: --threads 1,2,4 --sim-cores 4
# Free-threaded threads that hammer the same objects: every call of the shared
# function and every load of an element of the shared list changes the
# object's reference count with an atomic instruction, so the cache line
# holding the count moves between the cores on nearly every write (the
# simulator charges a core-to-core transfer). The work is split evenly and
# nothing is locked, yet it scales poorly free-threaded; with per-thread
# copies of the function and the list (PRIVATE=1) it scales.
import os
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
PRIVATE = os.environ.get("PRIVATE") == "1"
TOTAL = 60000


def make():
    def f(o):
        return o

    return f, [object() for _ in range(8)]


shared = make()


def worker(k, out):
    f, items = make() if PRIVATE else shared
    n = 0
    for i in range(TOTAL // N):
        if f(items[i & 7]) is not None:
            n += 1
    out[k] = n


out = [0] * N
threads = [threading.Thread(target=worker, args=(k, out)) for k in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("calls", sum(out))
