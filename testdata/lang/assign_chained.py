# Chained assignment, tuple/list unpacking, nested and swapped targets.
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
print(p, q)
p, q = q, p
print(p, q)
[m, n] = "hi"
print(m, n)
(r, s), [t, u] = (1, 2), "ab"
print(r, s, t, u)
((a1, a2), a3), a4 = ((1, 2), 3), 4
print(a1, a2, a3, a4)
i, j, k = range(3)
print(i, j, k)
first, second = {"one": 1, "two": 2}
print(first, second)
v1 = v2, v3 = 7, 8
print(v1, v2, v3)
for (idx, (ch, num)) in enumerate(zip("xyz", [10, 20, 30])):
    print(idx, ch, num)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 99
print(i, lst)
a, b = b, a = 1, 2
print(a, b)
w = (x := 3) + 1 if False else 10
print(w)
e = f = g = "same"
print(e is f is g, e + f + g)
