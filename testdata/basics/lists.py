# List operations.
a = [3, 1, 2]
a.append(5)
a.extend([9, 0])
a.insert(0, 7)
print(a, len(a), a[0], a[-1], a[2:4])
a.sort()
print(a)
a.reverse()
print(a, a.pop(), a.pop(0), a)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
b = a[:]
b[0] = 100
print(a, b, a == b, [1, 2] < [1, 3], [1, 2] + [3], [0] * 3)
del b[1]
print(b, b.index(100), b.count(100), 5 in b, 100 in b)
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)))
nested = [[1, 2], [3, 4]]
print(nested, nested[1][0], sum([1, 2, 3]), min([4, 2, 8]), max([4, 2, 8]))
c = [1, 2, 3, 4, 5]
c[1:3] = [20, 30, 40]
print(c)
