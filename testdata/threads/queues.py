import queue
import threading
import time

q = queue.Queue()
results = []
rlock = threading.Lock()

def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with rlock:
            results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers: w.start()
for i in range(200):
    q.put(i)
q.join()
print("joined:", len(results), sum(results), q.unfinished_tasks)
for _ in workers:
    q.put(None)
for w in workers: w.join()
print(q.qsize(), q.empty(), q.full())
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# Bounded queue: put_nowait / get_nowait / timeouts.
b = queue.Queue(maxsize=2)
b.put(1); b.put_nowait(2)
print(b.full(), b.qsize(), b.maxsize)
try:
    b.put_nowait(3)
except queue.Full:
    print("Full")
t0 = time.monotonic()
try:
    b.put(3, timeout=0.03)
except queue.Full:
    print("Full after timeout", time.monotonic() - t0 >= 0.02)
print(b.get(), b.get_nowait())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty")
try:
    b.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    b.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))

# A blocked put is released by a get from another thread.
b.put("a"); b.put("b")
def taker():
    time.sleep(0.02)
    print("taker got", b.get())
t = threading.Thread(target=taker)
t.start()
b.put("c")
t.join()
print([b.get(), b.get()])

# LIFO and priority ordering.
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()

vals = [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d"), (0, "z"), (9, "y"), (7, "x"), (3, "cc")]
for v in vals:
    pq.put(v)
print([pq.get() for _ in range(len(vals))])
nums = [(i * 7919) % 101 for i in range(100)]
for n in nums:
    pq.put(n)
out = [pq.get() for _ in range(100)]
print(out == sorted(nums), out[:5], out[-3:])

# PriorityQueue shared by producers; a single consumer drains in order afterwards.
def prod(k):
    for i in range(50):
        pq.put((i % 10, k, i))
ts = [threading.Thread(target=prod, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
drained = []
while not pq.empty():
    drained.append(pq.get_nowait())
print(len(drained), drained == sorted(drained))

# SimpleQueue
sq = queue.SimpleQueue()
def sprod():
    for i in range(100):
        sq.put(i)
ts = [threading.Thread(target=sprod) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
got = [sq.get() for _ in range(300)]
print(sq.qsize(), sq.empty(), sum(got))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
