# Regression test: before deallocation waited for a grace period (QSBR,
# runtime/object.go processDeferred), a reader could call a method object that
# the writer had just replaced and freed, and fail with an internal error.
# Threads read attributes and call methods through warm caches while another
# thread replaces the methods and class attributes. Values only grow, so
# every reader must see each of them never decrease, and all must see the
# final values at the end.
import threading

ROUNDS = 300
MIN_READS = 2000


class Base:
    def m(self):
        return 0

    def base_m(self):
        return 0


Base.tag = 0


class Child(Base):
    pass


def make(i):
    def m(self):
        return i
    return m


done = threading.Event()
start = threading.Barrier(4)


def writer():
    start.wait()
    for i in range(1, ROUNDS + 1):
        Base.m = make(i)          # value change in the class dict
        Base.tag = i
        Base.base_m = make(i)     # inherited by Child through the MRO
        if i % 7 == 0:
            Child.extra = i       # key added and removed on the subclass
        elif i % 7 == 3 and hasattr(Child, "extra"):
            del Child.extra
    done.set()


results = {}


def reader(name, obj):
    obj.x = name
    obj.count = 0
    last_m = last_tag = last_base = 0
    ok = True
    start.wait()
    n = 0
    while not done.is_set() or n < MIN_READS:
        v = obj.m()
        t = obj.tag
        b = obj.base_m()
        if v < last_m or t < last_tag or b < last_base or obj.x != name:
            ok = False
        last_m, last_tag, last_base = v, t, b
        obj.count += 1
        n += 1
    results[name] = (ok, obj.count == n, obj.m(), obj.tag, obj.base_m())


objs = {"base": Base(), "child1": Child(), "child2": Child()}
threads = [threading.Thread(target=writer)]
threads += [threading.Thread(target=reader, args=(k, o)) for k, o in objs.items()]
for th in threads:
    th.start()
for th in threads:
    th.join()
for name in sorted(results):
    print(name, results[name])
print("extra", getattr(Child, "extra", None))
