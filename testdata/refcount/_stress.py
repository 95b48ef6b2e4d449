# Thread stress for TestStressRefCount (cmd/pyg): everything work() creates,
# in N threads, is freed when it returns, whatever the threads did: shared
# containers, exceptions caught or escaping (threading.excepthook), sys.exit,
# thread-local storage, locks, conditions, semaphores, events, barriers,
# queues, timers.
import io
import queue
import sys
import threading

def work(n):
    shared_list, shared_dict, shared_set = [], {}, set()
    class Box:
        pass
    box = Box()
    local = threading.local()
    lock, rlock = threading.Lock(), threading.RLock()
    cond = threading.Condition()
    sem = threading.BoundedSemaphore(4)
    event = threading.Event()
    barrier = threading.Barrier(2) if n >= 2 else None
    q = queue.Queue()
    def worker(k):
        local.items = [k]
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
                hasattr(box, "missing")
                getattr(box, "missing", None)
                with lock, rlock, sem:
                    local.items.append(key)
                with cond:
                    cond.notify_all()
                q.put([key])
                q.get()
                q.task_done()
        if barrier is not None and k < 2:
            barrier.wait()
        event.wait(0)
        if k % 3 == 1:
            raise ValueError("escapes", k)   # reported by threading.excepthook
        if k % 3 == 2:
            sys.exit(k)                      # silently ends the thread
    ts = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    ts.append(threading.Timer(0.0, event.set))
    for t in ts:
        repr(t)
        t.start()
    for t in ts:
        t.join()
        t.is_alive()
    return len(shared_list) + len(shared_dict) + len(shared_set)

n = int(sys.argv[1]) if len(sys.argv) > 1 else 0
stderr, sys.stderr = sys.stderr, io.StringIO()
work(3)  # warm up: first-use caches
sys.stderr.seek(0)
sys.stderr.truncate()
print(work(n), sys.stderr.getvalue().count("ValueError: ('escapes'"))
sys.stderr = stderr
