# 8 threads mutate one shared list, dict, set and instance attribute with
# single built-in operations (atomic in both modes); the final contents are exact.
import threading

N_THREADS = 8
N_OPS = 2000

shared_list = []
shared_dict = {}
shared_set = set()
popped = []


class Box:
    pass


box = Box()


def worker(tid):
    base = tid * N_OPS
    for i in range(N_OPS):
        v = base + i
        shared_list.append(v)
        shared_dict[v] = tid
        shared_set.add(v)
        setattr(box, "t%d_%d" % (tid, i % 10), v)
        shared_dict.get(v - 1)
        len(shared_list)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = N_THREADS * N_OPS
print("list:", len(shared_list), sorted(shared_list) == list(range(total)))
print("dict:", len(shared_dict), sum(shared_dict.values()))
print("set:", len(shared_set), min(shared_set), max(shared_set))
print("attrs:", len(vars(box)), sorted(vars(box).items())[:3])

# Now pop everything back from 4 threads: every item is popped exactly once.
def popper():
    local_pops = []
    while True:
        try:
            local_pops.append(shared_list.pop())
        except IndexError:
            break
    popped.extend(local_pops)

threads = [threading.Thread(target=popper) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("popped:", len(popped), sorted(popped) == list(range(total)), shared_list)

# dict.setdefault and set.discard from several threads.
counts = {}
def setdef(tid):
    for i in range(1000):
        counts.setdefault(i % 50, []).append(tid)
        shared_set.discard(tid * N_OPS + i)

threads = [threading.Thread(target=setdef, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("setdefault:", len(counts), sum(len(v) for v in counts.values()))
print("set after discard:", len(shared_set))
