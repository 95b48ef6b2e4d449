# scale: --threads 1,2,4,8 --sim-cores 8
# I/O-bound threads: 32 requests, each a little Python work and a 10 ms wait
# (time.sleep releases the GIL). Scales in both modes.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
REQUESTS = 32
done = [0] * REQUESTS


def handle(r):
    s = 0
    for i in range(300):
        s += i * r
    time.sleep(0.010)
    return s


def worker(tid):
    r = tid
    while r < REQUESTS:
        done[r] = handle(r)
        r += N


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("requests", len(done), "checksum", sum(done))
