# scale: --threads 1,2,4,8 --sim-cores 8
# CPU-bound pure Python: a fixed amount of work split over N threads.
# Scales only free-threaded: under the GIL one thread runs bytecode at a time.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
CHUNKS = 16
ITERS = 20000


def work(chunk):
    h = (chunk * 2654435761 + 1) & 0x7FFFFFFF
    acc = 0
    for i in range(ITERS):
        h = (h * 1103515245 + 12345) & 0x7FFFFFFF
        acc += (h >> 7) % 1000
    return acc


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
