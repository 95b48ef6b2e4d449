# scale: --threads 1,2,4,8 --sim-cores 8
# A Go-implemented function that releases the GIL while it computes
# (_pygtest.spin burns CPU in Go, like a C extension's
# Py_BEGIN_ALLOW_THREADS section). Scales under the GIL too.
import sys
import threading
import _pygtest

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
TASKS = 16
out = [0] * TASKS


def task(k):
    _pygtest.spin(0.020)
    return k * k


def worker(tid):
    k = tid
    while k < TASKS:
        out[k] = task(k)
        k += N


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("tasks", TASKS, "checksum", sum(out))
