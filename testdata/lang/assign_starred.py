# Starred assignment targets in many positions.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
[x, *ys] = (9,)
print(x, ys)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
h, *t = {"k1": 1, "k2": 2, "k3": 3}
print(h, t)
for head, *tail in [(1, 2, 3), (4,), (5, 6)]:
    print(head, tail)
a, b, *c, d, e = range(10)
print(a, b, c, d, e)
*s, = "xyz"
print(s, type(s).__name__)
try:
    a, *b, c = [1]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b = [1, 2, 3]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b, c = [1, 2]
except ValueError as ex:
    print("ValueError:", ex)
