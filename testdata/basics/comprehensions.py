# Comprehensions and generator expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x * x for x in range(4)})
print({x % 3 for x in range(10)})
print(sum(x for x in range(101)), list(x + 1 for x in (1, 2)))
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print(any(v > 2 for v in [1, 2, 3]), all(v > 0 for v in [1, 2, 3]))
