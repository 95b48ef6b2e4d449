# Instances keep their first attributes in the instance's own allocation,
# sized by how many attributes earlier instances of the class got: classes
# whose instances grow from 2 to many attributes, shrink again, share the
# dict through vars(), and are copied.


class P:
    def __init__(self, n):
        self.a = n
        self.b = n + 1
        for i in range(n):
            setattr(self, "x%d" % i, i)

    def grow(self, k):
        self.c = k
        self.d = k * 2
        self.e = k * 3
        self.f = k * 4
        self.g = k * 5


objs = []
for n in range(8):
    p = P(n)
    if n % 2:
        p.grow(n)
    objs.append(p)
    objs.append(P(0))
for o in objs:
    print(len(vars(o)), o.a, o.b, getattr(o, "g", None), sorted(vars(o))[:4])

q = objs[2]
v = vars(q)
v["z"] = 99
del q.c
q.h = 8
print(q.z, "c" in v, list(v)[-2:], dict(v) == q.__dict__)
q.__dict__.clear()
print(vars(q), hasattr(q, "a"))
q.a = 1
print(vars(q))
import copy
r = copy.copy(objs[5])
r.a = -1
print(objs[5].a, r.a, vars(r) == {**vars(objs[5]), "a": -1})
