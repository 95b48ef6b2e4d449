# Thread stress for TestStressRefCount (cmd/pyg): everything work() creates,
# in N threads, is freed when it returns.
import sys
import threading

def work(n):
    shared_list, shared_dict, shared_set = [], {}, set()
    class Box:
        pass
    box = Box()
    def worker(k):
        for i in range(200):
            key = (k, str(i))
            shared_list.append([key])
            shared_dict[key] = {"i": i}
            shared_set.add(key)
            setattr(box, "a%d" % k, (i, key))
            if i % 20 == 0:
                try:
                    for _ in shared_dict:
                        pass
                except RuntimeError:
                    pass
                try:
                    raise KeyError(key)
                except KeyError:
                    pass
    ts = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return len(shared_list) + len(shared_dict) + len(shared_set)

n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
work(1)  # warm up: first-use caches
print(work(n))
