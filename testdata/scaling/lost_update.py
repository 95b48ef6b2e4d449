# run seed1: --nogil --sim-cores 4 --sched-seed 1 $0 4
# run seed2: --nogil --sim-cores 4 --sched-seed 2 $0 4
# run gil: --gil --sim-cores 4 --sched-seed 1 $0 4
# Lost updates on an unlocked counter: `counter += 1` is a load, an add and
# a store; free-threaded, another thread can run between the load and the
# store, and its increments are lost. Which updates are lost depends on the
# interleaving (--sched-seed); the locked counter is always exact.
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
K = 20000
counter = 0
locked_counter = 0
lock = threading.Lock()


def unlocked():
    global counter
    for i in range(K):
        counter += 1


def locked():
    global locked_counter
    for i in range(K):
        with lock:
            locked_counter += 1


for target in (unlocked, locked):
    threads = [threading.Thread(target=target) for t in range(N)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
print("unlocked counter:", counter, "of", N * K, "lost" if counter != N * K else "exact")
print("locked counter:  ", locked_counter, "of", N * K, "lost" if locked_counter != N * K else "exact")
