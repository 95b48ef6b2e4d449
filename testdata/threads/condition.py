# Producer/consumer on a Condition; wait timeouts; wait_for; notify_all.
import threading
import time

items = []
cond = threading.Condition()
N_PRODUCERS = 3
N_ITEMS = 300
done_producers = 0
consumed = []

def producer(pid):
    global done_producers
    for i in range(N_ITEMS):
        with cond:
            items.append((pid, i))
            cond.notify()
    with cond:
        done_producers += 1
        cond.notify_all()

def consumer():
    got = []
    while True:
        with cond:
            while not items and done_producers < N_PRODUCERS:
                cond.wait()
            if not items:
                break
            got.append(items.pop(0))
    with cond:
        consumed.extend(got)

consumers = [threading.Thread(target=consumer) for _ in range(2)]
producers = [threading.Thread(target=producer, args=(p,)) for p in range(N_PRODUCERS)]
for t in consumers + producers:
    t.start()
for t in consumers + producers:
    t.join()
print(len(consumed), sorted(consumed) == sorted((p, i) for p in range(N_PRODUCERS) for i in range(N_ITEMS)))
# Per-producer order is preserved: items of one producer come out in order.
for p in range(N_PRODUCERS):
    seq = [i for (q, i) in consumed if q == p]
    print(p, len(seq))

# wait with a timeout that expires
c = threading.Condition(threading.Lock())
with c:
    t0 = time.monotonic()
    print("wait timeout:", c.wait(0.05), time.monotonic() - t0 >= 0.04)
    print("wait_for false:", c.wait_for(lambda: False, timeout=0.02))
    print("wait_for true:", c.wait_for(lambda: 42))

# waiting without holding the lock
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# notify_all wakes every waiter
state = {"go": False, "woken": 0}
c2 = threading.Condition()
def waiter():
    with c2:
        c2.wait_for(lambda: state["go"])
        state["woken"] += 1
ws = [threading.Thread(target=waiter) for _ in range(5)]
for t in ws: t.start()
time.sleep(0.02)
with c2:
    state["go"] = True
    c2.notify_all()
for t in ws: t.join()
print("woken:", state["woken"])

# Condition on an RLock held recursively
rc = threading.Condition(threading.RLock())
flag = []
def setter():
    with rc:
        flag.append(1)
        rc.notify()
with rc:
    with rc:
        t = threading.Thread(target=setter)
        t.start()
        print("recursive wait:", rc.wait_for(lambda: flag, timeout=5))
t.join()
