# tuple operations and methods.
t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t, len(t), t[0], t[-1], t[2:5], t[::-2], t.count(1), t.index(5), t.index(1, 2))
print(() == tuple(), (1,) + (2, 3), (1, 2) * 2, 3 * (0,), tuple("ab"), tuple([1, [2]]), tuple(range(3)))
print(min(t), max(t), sum(t), sorted(t), 9 in t, 7 not in t, tuple(reversed(t)))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), (1, "a") == (1, "a"), ((1, 2), 3) == ((1, 2), 3))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__, len(((),)), (((),),))
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
try:
    nested[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a", (2, 1): "b"}[(2, 1)])
a, b, *c = t
print(a, b, c)
print(repr((1,)), str(("a", 'b"')), repr(("é",)), tuple(x * 2 for x in (1, 2)))
print(tuple(enumerate("ab")), tuple(zip((1, 2), "xy")), tuple({3: 0, 1: 0}))
