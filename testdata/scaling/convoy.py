# scale: --threads 1,2,4 --sim-cores 8
# run gil: --gil --sim-cores 8 $0 2
# run nogil: --nogil --sim-cores 8 $0 2
# The convoy effect (CPython bpo-7946): thread 0 does 20 short I/O requests
# (a 2 ms wait, then a little Python work); threads 1..N-1 are CPU-bound and
# run until the I/O thread is done. The run time is the I/O thread's. Under
# the GIL each wake-up waits for a CPU-bound thread to drop the GIL (the 5 ms
# switch interval): the I/O thread's latency collapses. Free-threaded, it
# does not wait.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1
REQUESTS = 20
finished = False
latencies = []


def io_thread():
    global finished
    for r in range(REQUESTS):
        t0 = time.perf_counter()
        time.sleep(0.002)
        s = 0
        for i in range(50):
            s += i
        latencies.append(time.perf_counter() - t0)
    finished = True


def cpu_thread():
    h = 1
    while not finished:
        for i in range(200):
            h = (h * 1103515245 + 12345) & 0x7FFFFFFF


threads = [threading.Thread(target=io_thread)]
threads += [threading.Thread(target=cpu_thread) for t in range(N - 1)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("io requests", len(latencies))
mean = sum(latencies) / len(latencies)
print("mean I/O latency %.1f ms (ideal 2.0 ms)" % (mean * 1000), file=sys.stderr)
