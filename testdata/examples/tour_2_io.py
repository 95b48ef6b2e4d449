# Tour 2: I/O-bound threads. Each request waits 20 ms (time.sleep releases
# the GIL), so threads overlap their waits in both modes. Try:
#   pyg scale testdata/examples/tour_2_io.py --threads 1,2,4,8 --sim-cores 4
#   pyg --sim-cores 4 testdata/examples/tour_2_io.py 4   (virtual time: 0.08 s)
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
REQUESTS = 16
replies = {}
lock = threading.Lock()


def fetch(r):
    time.sleep(0.020)
    return "reply-%02d" % r


def worker(tid):
    for r in range(tid, REQUESTS, N):
        reply = fetch(r)
        with lock:
            replies[r] = reply


start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print(len(replies), "replies, first", replies[0], "last", replies[REQUESTS - 1])
if "-v" in sys.argv:
    print("elapsed %.3f s" % elapsed)
