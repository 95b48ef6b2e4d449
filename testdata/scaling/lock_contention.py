# scale: --threads 1,2,4,8 --sim-cores 8
# Lock contention on one shared object: every update of the shared table
# happens under one lock, so the work is serialized. Scales in neither mode.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
UPDATES = 16000
lock = threading.Lock()
table = {}


def worker(tid):
    k = tid
    while k < UPDATES:
        with lock:
            key = k % 64
            v = table.get(key, 0)
            for j in range(8):
                v = (v * 31 + j) % 1000003
            table[key] = v + 1
        k += N


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("keys", len(table), "updates", UPDATES)
