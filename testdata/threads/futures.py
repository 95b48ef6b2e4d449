import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading
import time

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = [ex.submit(square, i) for i in range(20)]
    print(sorted(f.result() for f in as_completed(futs)))
    print([f.done() for f in futs].count(True))
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception())
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    it = ex.map(fail, [1, 2])
    try:
        next(it)
    except ValueError as e:
        print("map raised:", e)

# Thread names use the prefix.
names = set()
def record_name(_):
    names.add(threading.current_thread().name.rsplit("_", 1)[0])
    return 1
with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    print(sum(ex.map(record_name, range(10))))
print(sorted(names))

# wait() with the return_when modes.
ex = ThreadPoolExecutor(max_workers=3)
ev = threading.Event()
slow = ex.submit(ev.wait, 5)
quick = ex.submit(square, 7)
done, not_done = wait([slow, quick], return_when=cf.FIRST_COMPLETED)
print(quick in done, slow in not_done)
bad = ex.submit(fail, 1)
res = wait([slow, bad], return_when=cf.FIRST_EXCEPTION)
print(bad in res.done, slow in res.not_done)
res = wait([slow], timeout=0.02)
print(len(res.done), len(res.not_done))
ev.set()
res = wait([slow, quick, bad])
print(len(res.done), len(res.not_done), slow.result())

# result/exception timeouts.
ev2 = threading.Event()
g = ex.submit(ev2.wait, 5)
try:
    g.result(timeout=0.02)
except cf.TimeoutError:
    print("TimeoutError", cf.TimeoutError is TimeoutError)
try:
    list(as_completed([g], timeout=0.02))
except TimeoutError as e:
    print("as_completed:", e)
ev2.set()
print(g.result(timeout=5))

# Callbacks, running/cancelled, cancel of a pending future.
calls = []
h = ex.submit(square, 5)
first_done = threading.Event()
h.add_done_callback(lambda fut: (calls.append(fut.result()), first_done.set()))
h.result()
# result() returns once the future is finished, possibly before the worker
# has run its callbacks (in CPython too): wait for the first one.
first_done.wait(5)
h.add_done_callback(lambda fut: calls.append("late"))
time.sleep(0.01)
print(calls, h.running(), h.cancelled(), h.cancel())
ex.shutdown(wait=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

one = ThreadPoolExecutor(max_workers=1)
block = threading.Event()
first = one.submit(block.wait, 5)
second = one.submit(square, 3)
print("cancel pending:", second.cancel(), second.cancelled(), second.done())
try:
    second.result()
except cf.CancelledError:
    print("CancelledError")
block.set()
one.shutdown()
print(first.result())

# Future used directly.
fut = cf.Future()
print(fut.done(), fut.running())
fut.set_result(42)
print(fut.result(), fut.done(), repr(fut).endswith("state=finished returned int>"))
try:
    fut.set_result(1)
except cf.InvalidStateError:
    print("InvalidStateError")

# shutdown(cancel_futures=True)
ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
running = ex.submit(gate.wait, 5)
pending = [ex.submit(square, i) for i in range(5)]
time.sleep(0.01)
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(running.result(), all(p.cancelled() or p.done() for p in pending))
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)
