# A thread's 250 ms sleep returns within +-50 ms while another thread spins in
# pure Python (the GIL's switch interval lets the sleeper back in).
# golden: serial (timing-sensitive: runs alone in the golden harness)
import threading
import time

stop = False
spins = 0

def spinner():
    global spins
    n = 0
    while not stop:
        n += 1
    spins = n

def sleeper(out):
    t0 = time.monotonic()
    time.sleep(0.25)
    out.append(time.monotonic() - t0)

s = threading.Thread(target=spinner)
s.start()
results = []
ts = [threading.Thread(target=sleeper, args=(results,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stop = True
s.join()
print("sleeps:", len(results), all(0.2 <= r <= 0.3 for r in results))
print("spinner ran:", spins > 0)
