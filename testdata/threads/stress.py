# Thread-creation stress: 200 short threads, all joined; then waves of threads
# started while others are still running.
import threading

results = []
def short(i):
    results.append(i * 2)

threads = [threading.Thread(target=short, args=(i,)) for i in range(200)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sum(results), sorted(results) == [i * 2 for i in range(200)])
print(all(not t.is_alive() for t in threads), threading.active_count())

# Threads that start threads.
total = []
lock = threading.Lock()
def parent(k):
    kids = [threading.Thread(target=short, args=(k * 100 + j,)) for j in range(10)]
    for c in kids:
        c.start()
    for c in kids:
        c.join()
    with lock:
        total.append(k)

results.clear()
ps = [threading.Thread(target=parent, args=(k,)) for k in range(10)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(total), len(results), sum(results))
print(threading.active_count())
