# 48 threads mutate shared containers and instances for a fixed number of
# operations; the final contents must equal what a lock-protected reference
# computes.
import threading

N_THREADS = 48
OPS = 400

shared_list = []
shared_dict = {}
shared_set = set()
counts = {}
counts_lock = threading.Lock()

class Box:
    pass

box = Box()
errors = []
errors_lock = threading.Lock()

def worker(k):
    local_total = 0
    for i in range(OPS):
        key = (k, i)
        shared_list.append(key)
        shared_dict[key] = i
        shared_set.add(key)
        setattr(box, "a%d" % k, i)
        if i % 7 == 0:
            # dict resizing: insert and delete a batch
            for j in range(20):
                shared_dict[(k, i, j)] = j
            for j in range(20):
                del shared_dict[(k, i, j)]
        if i % 50 == 0:
            try:
                for _ in shared_dict:
                    pass
            except RuntimeError:
                pass  # dictionary changed size during iteration
            try:
                for _ in shared_set:
                    pass
            except RuntimeError:
                pass  # set changed size during iteration
            len(list(shared_list))
        local_total += i
    with counts_lock:
        counts[k] = local_total

threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

ref = [(k, i) for k in range(N_THREADS) for i in range(OPS)]
print(sorted(shared_list) == ref)
print(len(shared_list), len(shared_dict), len(shared_set))
print(all(shared_dict[(k, i)] == i for k, i in ref))
print(shared_set == set(ref))
print(all(getattr(box, "a%d" % k) == OPS - 1 for k in range(N_THREADS)))
print(sum(counts.values()) == N_THREADS * sum(range(OPS)))
