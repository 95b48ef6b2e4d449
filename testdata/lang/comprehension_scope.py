# Scoping rules of comprehensions and generator expressions.
x = "outer"
print([x for x in range(3)], x)
print({x: 1 for x in "ab"}, x)
print(list(x * 2 for x in range(3)), x)
n = 10
print([n + i for i in range(3)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    first = vals[0]
print(C.doubled, C.first)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) if i for j in range(i)])
print([c for word in ["ab", "cd"] for c in word])
gen = (i * i for i in range(4))
print(next(gen), list(gen), list(gen))
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print(sorted({v % 4 for v in range(20)}))
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row if v % 2])
print({k: [w for w in k] for k in ["hi", "yo"]})
try:
    print(i)
except NameError as e:
    print("NameError:", e)
total = sum(v for v in range(5) if v != 2)
print(total)
