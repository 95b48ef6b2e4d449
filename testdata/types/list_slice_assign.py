# Slice assignment and deletion on lists, extended slices.
a = list(range(10))
a[2:5] = []
print(a)
a[2:2] = ["x", "y", "z"]
print(a)
a[:3] = "AB"
print(a)
a[-2:] = [100]
print(a)
a[len(a):] = [7, 8]
print(a)
a[::2] = range(len(a[::2]))
print(a)
b = list(range(8))
b[1::3] = ["p", "q", "r"] if len(b[1::3]) == 3 else b[1::3]
print(b)
b[::-1] = list(range(8))
print(b)
del b[::3]
print(b)
del b[-2:]
print(b)
c = [1, 2, 3]
c[5:10] = [9]
print(c)
c[-10:1] = [0]
print(c)
c[1:3] = c
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
d = [0] * 5
d[1:4] = (x * x for x in range(1, 4))
print(d)
e = [1, 2, 3, 4, 5]
e[1:4] = [e[3], e[2], e[1]]
print(e)
f = list("abcdef")
f[4:1:-1] = ["X", "Y", "Z"]
print(f)
