# scale: --threads 1,2,4 --sim-cores 4
# CPU-bound and allocating: each step builds a small list and a float. The
# collector's work runs on the same cores as the threads, so two
# free-threaded threads get less than 2x once no core is idle for it.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
CHUNKS = 16
ITERS = 4000


def work(chunk):
    acc = 0.0
    x = chunk + 0.5
    for i in range(ITERS):
        pair = [x, i]
        x = (pair[0] * 1.0001 + pair[1]) % 97.0
        acc += x
    return int(acc)


results = [0] * CHUNKS


def worker(tid):
    c = tid
    while c < CHUNKS:
        results[c] = work(c)
        c += N


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("checksum", sum(results))
