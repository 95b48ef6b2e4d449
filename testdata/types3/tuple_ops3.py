t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], len(t), t + (4,), t * 2)
print((), (1,), tuple("ab"), tuple([1, 2]), tuple(range(3)))
a, b, c, d = t
print(a, d)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 100), () < (0,))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
tl = ([1], [2])
tl[0].append(10)
print(tl)
try:
    tl[0] += [20]
except TypeError as e:
    print("TypeError:", e)
print(tl)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), 2 in t, tuple(x * 2 for x in t))
print(max(t), min(t), sum(t), sorted(t), repr((1,)), str(()))
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p[1], p == (1, 2), isinstance(p, tuple))
