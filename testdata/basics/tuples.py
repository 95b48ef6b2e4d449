# Tuples and unpacking.
t = (1, 2, 3)
print(t, len(t), t[1], t[-1], t[:2], (1,), (), t + (4,), t * 2)
a, b, c = t
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
print(t.index(2), t.count(1), 2 in t, (1, 2) < (1, 3), max((5, 1)), hash((1, 2)) == hash((1, 2)))
