import bisect
def index(a, x):
    i = bisect.bisect_left(a, x)
    return i if i != len(a) and a[i] == x else -1
def find_le(a, x):
    i = bisect.bisect_right(a, x)
    return a[i - 1] if i else None
def find_gt(a, x):
    i = bisect.bisect_right(a, x)
    return a[i] if i != len(a) else None
data = [2, 3, 5, 7, 11, 13, 17, 19, 23]
print([index(data, x) for x in (2, 4, 23, 24)], [find_le(data, x) for x in (1, 6, 30)], [find_gt(data, x) for x in (1, 13, 23)])
s = []
for v in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(s, v)
    print(s)
print(bisect.bisect_left([1.0, 2.5], 2.5), bisect.bisect_right("aceg", "d"), bisect.bisect([], 1))
ranges = [0, 10, 20, 30]
print([bisect.bisect(ranges, v) - 1 for v in (-1, 0, 9, 10, 29, 35)])
