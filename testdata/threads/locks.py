import threading
import _thread
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
t0 = time.monotonic()
print(lock.acquire(timeout=0.05))
print(time.monotonic() - t0 >= 0.04)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
print(threading.Lock is not None, _thread.allocate_lock().locked())
print(_thread.LockType is type(lock))

# A lock released by another thread (allowed for Lock).
lock.acquire()
def releaser():
    time.sleep(0.01)
    lock.release()
t = threading.Thread(target=releaser)
t.start()
print("acquired after other thread released:", lock.acquire(timeout=5))
t.join()
lock.release()

# RLock
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release()
print("still held once:", r._is_owned())
r.release()
print("owned:", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with ok")

# Another thread cannot take a held RLock; nor release it.
r.acquire()
result = []
def other():
    result.append(r.acquire(False))
    result.append(r.acquire(timeout=0.02))
    try:
        r.release()
    except RuntimeError as e:
        result.append(str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(result)
r.release()
t = threading.Thread(target=lambda: result.append(r.acquire(False)))
t.start(); t.join()
print(result[-1])

# x += 1 on a shared global with a lock: exact total.
counter = 0
count_lock = threading.Lock()
def inc(n):
    global counter
    for _ in range(n):
        with count_lock:
            counter += 1
threads = [threading.Thread(target=inc, args=(10000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter:", counter)

# Many threads contend for one lock protecting a list invariant.
data = []
def contend(tid):
    for i in range(200):
        with count_lock:
            n = len(data)
            data.append(n)
threads = [threading.Thread(target=contend, args=(k,)) for k in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print("invariant:", data == list(range(1200)))
