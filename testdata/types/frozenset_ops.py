# frozenset: immutability, hashability, operations mixing with set.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__)
g = frozenset({2, 3, 4})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__)
print(f.union([7]), f.intersection(g), f.issubset({1, 2, 3, 4}), f.isdisjoint(frozenset()))
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
sets = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(sets), sorted(sorted(s) for s in sets))
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset(), frozenset("aa") == frozenset("a"), sorted(frozenset("hello")))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), f == {1, 2, 3}, f.copy() == f)
nested = frozenset([frozenset([1]), frozenset([2])])
print(len(nested), frozenset([1]) in nested)
print({frozenset({1}): 1}, set(f), frozenset(range(4)))
