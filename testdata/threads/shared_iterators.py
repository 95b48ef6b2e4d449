# Four threads draw from the same built-in iterators at once (enumerate over
# a list and over a tuple, zip, map, filter, reversed over a list and over a
# tuple, a tuple iterator): every item comes out exactly once, and an
# exhausted iterator stays exhausted for everyone. As in CPython's
# free-threaded build, which pairs enumerate and zip form under contention is
# not promised (a count or an item of one thread may pair with another's), so
# each part is checked on its own.
import threading

N = 3000
data = list(range(N))
tup = tuple(data)
by3 = [x for x in data if x % 3 == 0]

cases = [
    ("enumerate(list)", lambda: enumerate(data), 2, [data, data]),
    ("enumerate(tuple)", lambda: enumerate(tup, 1), 2, [list(range(1, N + 1)), data]),
    ("zip", lambda: zip(data, tup), 2, [data, data]),
    ("map", lambda: map(lambda x: x * 2, data), 1, [[2 * x for x in data]]),
    ("filter", lambda: filter(lambda x: x % 3 == 0, data), 1, [by3]),
    ("reversed(list)", lambda: reversed(data), 1, [data]),
    ("reversed(tuple)", lambda: reversed(tup), 1, [data]),
    ("iter(tuple)", lambda: iter(tup), 1, [data]),
]

for name, make, parts, want in cases:
    it = make()
    seen = [[] for _ in range(4)]

    def work(k):
        for item in it:
            seen[k].append(item)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    items = [v for s in seen for v in s]
    if parts == 1:
        got = [sorted(items)]
    else:
        got = [sorted(p[i] for p in items) for i in range(parts)]
    print(name, len(items), got == want, next(it, "exhausted"))
