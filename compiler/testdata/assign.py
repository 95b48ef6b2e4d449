a = b = c = 1
a, b = b, a
[a, (b, c)] = 1, (2, 3)
first, *rest = range(5)
*init, last = range(5)
a, *mid, b, c = range(9)
o.attr = 1
o.attr.sub = 2
o[1] = 3
o[1:2] = []
a += 1
o.attr -= 2
o[i] *= 3
o[i:j] //= 4
del a
del o.attr, o[1], o[1:2]
del (b, c), [first]
x: int = 5
y: "str"
o.z: int
o[0]: int = 1
for x, *y in []:
    pass
