import threading

data = threading.local()
data.x = "main"
results = {}
lock = threading.Lock()

def worker(i):
    print_missing = not hasattr(data, "x")
    data.x = i
    for _ in range(1000):
        data.x = data.x + 0
    with lock:
        results[i] = (print_missing, data.x)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results.items()))
print(data.x)

class MyLocal(threading.local):
    def __init__(self, start):
        self.count = start
        self.inits = getattr(self, "inits", 0) + 1

    def bump(self):
        self.count += 1
        return self.count

ml = MyLocal(10)
print(ml.bump(), ml.bump(), ml.inits)
out = []
def w():
    out.append((ml.count, ml.bump(), ml.inits))
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
print(ml.count)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.x
print(hasattr(data, "x"))
