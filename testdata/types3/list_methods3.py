l = [1, 2, 3]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(98)
print(l, l.index(3), l.count(2), l.index(4, 2))
c = l.copy(); c.reverse()
print(c, l)
l.clear()
print(l, len(l))
m = [1, 2] * 3
print(m, [0] * 0, [[0]] * 2, m + [7])
n = [[]] * 3
n[0].append("shared")
print(n)
a = list(range(10))
print(a[2:8:2], a[-3:], a[:-7], a[::-3], a[100:], a[-100:2])
a[1:9] = []
print(a)
a[:0] = [7, 8]
print(a, a == [7, 8, 0, 9], a < [7, 9], [1, 2] in [[1, 2]])
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sum([[1], [2]], []))
try:
    [].index(1)
except ValueError as e:
    print("ValueError:", e)
b = [3, 1, 2]
b *= 2
b += "xy"
print(b, b.__len__(), list(reversed(b)))
del b[::2]
print(b)
