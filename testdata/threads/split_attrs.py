# Four threads set, read and delete attributes of shared instances while
# another asks for their __dict__ (which moves split values into a dict):
# no attribute is lost or corrupted, in either form.
import threading


class Obj:
    def __init__(self):
        self.base = 0


objs = [Obj() for _ in range(64)]
N = 300
errors = []


def writer(k):
    name = "t%d" % k
    for r in range(N):
        for o in objs:
            setattr(o, name, r)
            o.base = r
            if getattr(o, name) != r:
                errors.append((k, r))
            if r % 50 == 49:
                delattr(o, name)
                setattr(o, name, r)


def dicter():
    for r in range(N // 10):
        for o in objs[r % 4::4]:
            d = vars(o)
            if "base" not in d:
                errors.append("base missing")


threads = [threading.Thread(target=writer, args=(k,)) for k in range(4)]
threads.append(threading.Thread(target=dicter))
for th in threads:
    th.start()
for th in threads:
    th.join()
print("errors", errors)
for o in objs[:3]:
    print(sorted(vars(o).items()))
print(all(getattr(o, "t%d" % k) == N - 1 for o in objs for k in range(4)))
