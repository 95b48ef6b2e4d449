import threading
import _thread
import time

def worker(x, y=0):
    return x + y

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.current_thread().ident == threading.get_ident() == _thread.get_ident())
print(isinstance(threading.get_native_id(), int))
print(threading.active_count(), len(threading.enumerate()))

t = threading.Thread(target=worker, args=(1,), kwargs={"y": 2})
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
print(repr(t))
t.start()
t.join()
print(t.is_alive(), isinstance(t.ident, int), t.ident != threading.get_ident())
r = repr(t)
print(r.startswith("<Thread(Thread-1 (worker), stopped "), r.endswith(">"))
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t2 = threading.Thread(target=worker, args=(1,))
try:
    t2.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# Names: explicit, lambda, subclass, numbering continues.
print(threading.Thread(target=lambda: None).name)
print(threading.Thread(name="custom").name)
print(threading.Thread().name)

class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))
        self.who = threading.current_thread() is self

m = MyThread(100)
print(m.name)
m.start(); m.join()
print(m.result, m.who)
print(repr(m).split(",")[0])

# Daemon flag and join with timeout.
ev = threading.Event()
d = threading.Thread(target=ev.wait, daemon=True)
print(d.daemon)
d.start()
t0 = time.monotonic()
d.join(timeout=0.05)
print("join timed out:", d.is_alive(), time.monotonic() - t0 >= 0.04)
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
ev.set()
d.join()
print("daemon done:", d.is_alive())

# enumerate sees running threads.
stop = threading.Event()
started = threading.Barrier(4)
def idle():
    started.wait()
    stop.wait()
ts = [threading.Thread(target=idle, name="idle-%d" % i) for i in range(3)]
for x in ts: x.start()
started.wait()
print(sorted(x.name for x in threading.enumerate()))
print(threading.active_count())
stop.set()
for x in ts: x.join()
print(threading.active_count())

# _thread.start_new_thread directly.
done = threading.Event()
out = []
def raw(a, b, c=None):
    out.append((a, b, c, threading.current_thread().name.startswith("Dummy-")))
    done.set()
ident = _thread.start_new_thread(raw, (1, 2), {"c": 3})
done.wait()
print(out, isinstance(ident, int))
try:
    _thread.start_new_thread(raw, [1, 2])
except TypeError as e:
    print("TypeError:", e)
print(_thread.stack_size(), threading.TIMEOUT_MAX > 1e9)
print(threading.ThreadError is RuntimeError)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
