# set operations on ints and tuples (string sets are printed sorted only).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s), 3 in s, 2 in s)
s.update([5, 6], (7,))
print(s)
s.discard(99); s.discard(5); s.remove(6)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
p = {10}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print("KeyError:", e)
c = a.copy()
c |= {100}
c &= {1, 2, 100}
c -= {2}
c ^= {50}
print(c, a)
print(set(), set([3, 3, 1]), {(1, 2), (1, 2), (3, 4)}, set(range(5)), set((1,)))
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words), "fig" in words, sorted(words - {"fig"}))
print(sorted({c for c in "mississippi"}), {x % 3 for x in range(10)}, {x * x for x in range(-3, 4)})
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == set(), {1, 2, 3} == frozenset([1, 2, 3]))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError:", e)
x = {1, 2, 3}
x.clear()
print(x, bool(x), bool({0}))
print(sorted({-1, 5, 3}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}), {True, 1, 1.0})
print(len({0, 0.0, False}), {1, 2}.union(), list({5: 0, 1: 0}.keys() | {3}))
