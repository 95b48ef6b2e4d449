# Small dicts keep their index inside the dict: growing past it, clearing,
# deleting (compaction) and copying must keep every key findable.


def check(d, keys):
    assert all(k in d for k in keys), (d, keys)
    assert len(d) == len(keys), (d, keys)


d = {}
for rnd in range(3):
    keys = []
    for i in range(12):
        d["k%d" % i] = i
        keys.append("k%d" % i)
        check(d, keys)
    for i in range(0, 12, 2):
        del d["k%d" % i]
        keys.remove("k%d" % i)
        check(d, keys)
    e = d.copy()
    check(e, keys)
    d.clear()
    check(d, [])
    check(e, keys)
    for i in range(5):
        d[i] = i * i
        d.pop(i)
        d[i] = -i
    print(rnd, sorted(d.items()), sorted(e.items()))
    d.clear()


class Obj:
    pass


objs = []
for i in range(50):
    o = Obj()
    for j in range(i % 9):
        setattr(o, "a%d" % j, j)
    if i % 3 == 0:
        for j in range(i % 9):
            delattr(o, "a%d" % j)
    objs.append(o)
print([len(vars(o)) for o in objs])
print(sorted(vars(objs[8]).items()))
