# Tour 4: watching the GIL. One thread answers short I/O requests while
# another computes. Under the GIL the I/O thread must wait for the CPU-bound
# thread to drop the GIL at each wake-up (the convoy effect, bpo-7946). Try:
#   pyg --gil -X gilstats --trace convoy.json testdata/examples/tour_4_convoy.py
#   (open convoy.json in https://ui.perfetto.dev)
#   pyg --gil --sim-cores 2 -X gilstats testdata/examples/tour_4_convoy.py
#   pyg --nogil --sim-cores 2 testdata/examples/tour_4_convoy.py
import threading
import time

done = threading.Event()
served = []


def io_worker():
    for r in range(10):
        time.sleep(0.002)
        served.append(r)
    done.set()


def cpu_worker():
    h = 1
    while not done.is_set():
        for i in range(500):
            h = (h * 1103515245 + 12345) & 0x7FFFFFFF


threads = [threading.Thread(target=io_worker), threading.Thread(target=cpu_worker)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("served", len(served), "requests")
