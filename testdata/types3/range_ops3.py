r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(5 in r, 6 in r, r.index(11), r.count(8), r.start, r.stop, r.step)
print(range(0), list(range(5, 0)), list(range(5, 0, -2)), len(range(0, 10**9)))
print(range(10**20)[-1], range(0, 100, 7)[5:9], range(3) == range(0, 3, 1))
print(range(1, 10, 2) == range(1, 11, 2), hash(range(3)) == hash(range(0, 3)))
try:
    r.index(100)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(range(4))), sum(range(101)), max(range(-5, 5)), min(range(3, 8)))
print(range(-3, 3)[::2], list(range(-10, -1, 4)), bool(range(0)), bool(range(1)))
print(repr(range(5)), str(range(1, 5, 2)), range(5)[-2])
