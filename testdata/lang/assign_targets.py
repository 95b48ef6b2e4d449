# Subscript, attribute and slice assignment targets.
class Box:
    pass

b = Box()
b.x = 1
b.y = b.x + 1
print(b.x, b.y)
b.inner = Box()
b.inner.val = "deep"
print(b.inner.val)
d = {}
d["a"] = 1
d["b"] = d["a"] * 10
d[(1, 2)] = "tuple"
print(d)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
grid[0][0] = grid[1][2] + 1
print(grid)
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[:] = [1, 2, 3]
print(lst)
lst[1:1] = [7, 8]
print(lst)
lst[-1:] = []
print(lst)
b.items = [1, 2, 3]
b.items[1] = 20
b.items[2:] = [30, 40]
print(b.items)
d["lst"] = [1, 2]
d["lst"][0], b.x = b.x, d["lst"][0]
print(d["lst"], b.x)
try:
    lst[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
s = [5, 6, 7]
i = 0
s[i], i = 100, 2
print(s, i)
