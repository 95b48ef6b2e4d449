# range: len, indexing, slicing, containment, reversed, repr, equality, errors.
rs = [range(5), range(2, 10), range(0, 20, 3), range(10, 0, -2), range(5, 5), range(-3, 3), range(0, -10, -3)]
for r in rs:
    print(repr(r), len(r), list(r), bool(r), r[0] if r else None, r[-1] if r else None)
r = range(0, 100, 7)
print(r[3], r[-2], r[2:5], r[::-1], r[::2], r[1:-1:3], len(r[::5]))
print(49 in r, 50 in r, -7 in r, 98 in r, 7.0 in r, r.index(21), r.count(14), r.count(15))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(2) == [0, 1])
print(range(3).start, range(1, 9, 2).stop, range(1, 9, 2).step, range(10)[3:7].start)
big = range(10 ** 20)
print(big.stop == 10 ** 20, big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(5).index(9)
except ValueError as e:
    print("ValueError:", e)
it = iter(range(3))
print(next(it), next(it), list(it))
print([i * i for i in range(1, 6)], list(range(3, -3, -1)), tuple(range(0)))
print(str(range(1, 2)), range(-5, 5, 5)[1], list(range(10)[::-3]))
