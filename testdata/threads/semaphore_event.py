import threading
import time

# Semaphore bounds concurrency.
sem = threading.Semaphore(3)
active = 0
max_active = 0
guard = threading.Lock()

def job():
    global active, max_active
    with sem:
        with guard:
            active += 1
            if active > max_active:
                max_active = active
        time.sleep(0.01)
        with guard:
            active -= 1

threads = [threading.Thread(target=job) for _ in range(10)]
for t in threads: t.start()
for t in threads: t.join()
print("max active <= 3:", max_active <= 3, "final:", active)

s = threading.Semaphore(0)
print(s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
got = []
def waiter(i):
    if ev.wait(5):
        got.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ws: t.start()
time.sleep(0.01)
ev.set()
for t in ws: t.join()
print(sorted(got), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

# Timer runs once after its interval; a cancelled timer never runs.
fired = []
t1 = threading.Timer(0.02, fired.append, args=["t1"])
t2 = threading.Timer(0.02, fired.append, args=["t2"])
t1.start(); t2.start()
t2.cancel()
t1.join(); t2.join()
print("fired:", fired)
t3 = threading.Timer(0.01, lambda **kw: fired.append(kw), kwargs={"k": 1})
t3.start(); t3.join()
print("fired:", fired)
