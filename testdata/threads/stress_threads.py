# Threads that start threads and raise exceptions; counters protected by a
# lock end exactly as expected.
import threading

lock = threading.Lock()
done = []
caught = []

def leaf(n):
    if n % 5 == 0:
        try:
            raise ValueError(n)
        except ValueError as e:
            with lock:
                caught.append(e.args[0])
    with lock:
        done.append(n)

def parent(p):
    kids = [threading.Thread(target=leaf, args=(p * 10 + c,)) for c in range(10)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()

ps = [threading.Thread(target=parent, args=(p,)) for p in range(32)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(len(done), sorted(done) == list(range(320)))
print(sorted(caught) == list(range(0, 320, 5)))

# counters under a lock
total = [0]
def add():
    for _ in range(1000):
        with lock:
            total[0] += 1
ts = [threading.Thread(target=add) for _ in range(40)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0])
