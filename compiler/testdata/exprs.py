x = 1
y = -2.5 + x * 3 ** 2 // 4 % 5 - (x << 1 | 2 & 3 ^ 4 >> 1) @ x
z = not x and (y or x)
w = ~x if x else +y
big = 123456789012345678901234567890
neg = -9223372036854775808
c = 2j
s = 'a' "b"
b = b'\x00bytes'
e = ...
t = (1, 2, (3, 'x'))
n = None, True, False
a = x < y <= z == w != 1 > 0 >= -1
m = x is None, x is not None, x in t, x not in t
if (n := len(t)) > 2:
    print(n)
sl = t[1:2], t[::2], t[x], t[1:], t[:, 1:2]
f = f"{x}{y!r:>{w}} and {z!s}{s!a}" f"{x:x}"
lst = [1, *t, 2, *t]
st = {1, *t}
d = {'a': 1, **{'b': 2}, 'c': 3}
empty = [], {}, (), set()
print(__debug__)
