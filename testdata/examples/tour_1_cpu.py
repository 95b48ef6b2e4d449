# Tour 1: CPU-bound threads. A fixed amount of pure-Python work is split over
# N threads (N = sys.argv[1], default 1). Free-threaded, the threads run in
# parallel; under the GIL they take turns. Try:
#   pyg scale testdata/examples/tour_1_cpu.py --threads 1,2,4,8 --sim-cores 8
#   pyg scale testdata/examples/tour_1_cpu.py --threads 1,2 --repeat 3   (wall clock)
import sys
import threading

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
CHUNKS = 8
results = [0] * CHUNKS


def collatz_steps(start, count):
    total = 0
    for n in range(start, start + count):
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            total += 1
    return total


def worker(tid):
    for c in range(tid, CHUNKS, N):
        results[c] = collatz_steps(1 + c * 500, 500)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("collatz steps for 1..%d:" % (CHUNKS * 500), sum(results))
