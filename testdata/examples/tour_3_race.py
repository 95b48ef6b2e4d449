# Tour 3: a data race, reproduced on demand. `hits += 1` is a load, an add
# and a store: free-threaded, another thread may run in between and its
# increments are lost. The simulated scheduler makes the interleaving a
# function of --sched-seed, so the race is reproducible:
#   pyg --nogil --sim-cores 4 --sched-seed 1 testdata/examples/tour_3_race.py 4
#   pyg --nogil --sim-cores 4 --sched-seed 2 testdata/examples/tour_3_race.py 4
# and the lock fixes it (the locked count is always exact).
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
K = 10000
hits = 0
safe_hits = 0
lock = threading.Lock()


def racy():
    global hits
    for i in range(K):
        hits += 1


def safe():
    global safe_hits
    for i in range(K):
        with lock:
            safe_hits += 1


for fn in (racy, safe):
    ts = [threading.Thread(target=fn) for _ in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print("without a lock:", hits, "of", N * K)
print("with a lock:   ", safe_hits, "of", N * K)
