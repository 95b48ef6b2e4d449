import threading

N = 5
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
rounds = []
lock = threading.Lock()

def worker(tid):
    for r in range(3):
        i = b.wait()
        with lock:
            indices.append(i)
            rounds.append(r)

threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(indices))
print(len(actions), rounds.count(0), rounds.count(1), rounds.count(2))

# A wait that times out breaks the barrier for everybody.
b2 = threading.Barrier(3)
errors = []
def lonely():
    try:
        b2.wait(timeout=0.05)
    except threading.BrokenBarrierError:
        errors.append("broken")
t = threading.Thread(target=lonely)
t.start(); t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", type(e).__mro__[1].__name__)
b2.reset()
print("after reset:", b2.broken)

# abort wakes the waiters with BrokenBarrierError
b3 = threading.Barrier(3)
res = []
def w3():
    try:
        b3.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("aborted")
ts = [threading.Thread(target=w3) for _ in range(2)]
for t in ts: t.start()
import time
while b3.n_waiting < 2:
    time.sleep(0.001)
b3.abort()
for t in ts: t.join()
print(res, b3.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
