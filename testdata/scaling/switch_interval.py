# run gil: --gil --sim-cores 2 $0
# run nogil: --nogil --sim-cores 2 $0
# The convoy effect against sys.setswitchinterval: an I/O thread (20 requests
# of a 2 ms wait and a little Python work) next to a CPU-bound thread, once
# per switch interval. Under the GIL, each time the I/O thread wakes up it
# waits for the CPU-bound thread to drop the GIL, which it does when the
# switch interval has passed: the I/O latency grows with the interval, and a
# short interval buys it back with more GIL hand-offs. Free-threaded, nothing
# waits and the interval does not matter.
import sys
import threading
import time

REQUESTS = 20


def convoy(interval):
    sys.setswitchinterval(interval)
    state = {"finished": False, "loops": 0}
    latencies = []

    def io_thread():
        for r in range(REQUESTS):
            t0 = time.perf_counter()
            time.sleep(0.002)
            s = 0
            for i in range(50):
                s += i
            latencies.append(time.perf_counter() - t0)
        state["finished"] = True

    def cpu_thread():
        h = 1
        loops = 0
        while not state["finished"]:
            for i in range(200):
                h = (h * 1103515245 + 12345) & 0x7FFFFFFF
            loops += 1
        state["loops"] = loops

    threads = [threading.Thread(target=io_thread), threading.Thread(target=cpu_thread)]
    start = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - start
    mean = sum(latencies) / len(latencies)
    return mean, max(latencies), state["loops"] / (elapsed * 1000)


print("switch interval   mean I/O latency     worst   CPU thread loops/ms")
for ms in (0.5, 1, 2, 5, 10, 20):
    mean, worst, loops = convoy(ms / 1000)
    assert sys.getswitchinterval() == ms / 1000
    print("%8.1f ms %14.2f ms %8.2f ms %12.1f" % (ms, mean * 1000, worst * 1000, loops))
