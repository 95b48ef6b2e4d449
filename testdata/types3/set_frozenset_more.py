s = {3, 1, 2}
t = frozenset({2, 3, 4})
print(sorted(s & t), sorted(t & s), type(s & t).__name__, type(t & s).__name__)
print(sorted(s.copy()), s == {1, 2, 3}, t == frozenset([4, 3, 2]), s != t)
print(len(set("hello")), sorted(set("hello")), sorted(set([1, 1, 2])))
print(sorted(set(range(5)) - set(range(2))), {1, 2}.union({3}, [4], (5,)) == set(range(1, 6)))
ss = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(ss), frozenset([1, 2]) in ss)
try:
    t.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset()) == hash(frozenset([])), frozenset([1]) < frozenset([1, 2]))
try:
    {1} < [1, 2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print(sorted({1, 2}.union([2, 3])), {1, 2}.isdisjoint([3, 4]))
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x); out.append(x)
print(out, len(seen))
print(set() == frozenset(), bool(set()), bool({0}), sorted({-1, -5, 10, 0}))
print(sum({1, 2, 3}), max({4, 9, 2}), min(frozenset({7, 3})), sorted({True, 1, 1.0, 2}))
