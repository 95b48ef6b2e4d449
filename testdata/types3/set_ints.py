a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a <= a, {1} < a, a >= {1, 2}, a > a, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
s = set()
s.add(5); s.add(5); s.update([1, 2], {3})
print(sorted(s), len(s))
s.discard(99); s.remove(1)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s), 2 in s, 9 not in s)
x = {1, 2, 3}
x &= {2, 3, 4}; print(sorted(x))
x |= {10}; print(sorted(x))
x -= {2}; print(sorted(x))
x ^= {3, 20}; print(sorted(x))
x.intersection_update({10, 20, 30}); print(sorted(x))
x.difference_update({10}); print(sorted(x))
x.symmetric_difference_update({1}); print(sorted(x))
print(x.pop() in (1, 20), len(x))
f = frozenset([3, 1, 2])
print(sorted(f), sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__)
print({f: "frozen key"}[frozenset([1, 2, 3])], frozenset() == set(), set() == set())
print(sorted({n % 5 for n in range(20)}), set(), frozenset(), repr({7}), {1, 2} == {2, 1})
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(sorted(set(range(100, 0, -7))), repr(frozenset({5})))
