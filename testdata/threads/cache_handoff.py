# Inline caches warmed while the program has one thread, then used by many:
# attribute loads and stores, method calls, globals and class calls must see
# every change made after the second thread starts.
import threading

G = 1


class P:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def work(objs):
    s = 0
    for o in objs:
        s += o.get() + o.v + G
        o.v = o.v + 0
    return s


def make(n):
    return [P(i) for i in range(n)]


objs = make(100)
print("one thread:", work(objs), len(make(3)))

results = []
lock = threading.Lock()


def worker(k):
    r = work(objs)
    mine = make(10)
    with lock:
        results.append((r, len(mine)))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("four threads:", sorted(results))


def doubled(self):
    return self.v * 2


P.get = doubled
G = 10
objs[0].get = lambda: 1000
print("after changes:", work(objs))


class Q(P):
    def __init__(self, v):
        self.v = -v


P.__init__ = lambda self, v: setattr(self, "v", v + 1)
print("class calls:", P(1).v, Q(1).v, work(make(3)))
