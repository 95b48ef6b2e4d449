# Unpacking in list/tuple/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a], (*a,), [0, *a, 5, *b, 6])
print([*range(3), *"xy"], (*"ab", *[1]))
print(sorted({*a, *b, 2}), sorted({*"hello"}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "k": 1}, {"x": 0, **d1})
print({**{}, **d1, "x": -1})
print(dict(**d1, w=0))
first, *_ = [*b, *a]
print(first)
print([*[], *()], (*(),))
nested = [[*a, *b], [*b, *a]]
print(nested)
print({**{i: i * i for i in range(3)}, 10: 100})
s = "ab"
print([*s, *s.upper()], [*enumerate(s)])
print(len([*range(50), *range(50)]))
print(*[*a, *b])
t = *a, *b
print(t, type(t).__name__)
