import itertools as it
data = "aaabbcaadd"
print([(k, len(list(g))) for k, g in it.groupby(data)])
people = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "di")]
for dept, grp in it.groupby(people, key=lambda p: p[0]):
    print(dept, [n for _, n in grp])
for dept, grp in it.groupby(sorted(people), key=lambda p: p[0]):
    print(dept, [n for _, n in grp])
print([k for k, _ in it.groupby([1, 1, 2, 3, 3, 3, 1])])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in it.groupby(nums, key=lambda x: x % 2 == 0)])
g = it.groupby("aabb")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.groupby([])))
