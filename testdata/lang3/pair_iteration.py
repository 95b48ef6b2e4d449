# for a, b in enumerate/zip/dict.items(): the items are unpacked without
# building a tuple when nothing else can see it; every other shape must
# behave as the tuple version does.
import sys

# enumerate: start values, big counts, kept tuples
print([(i, c) for i, c in enumerate("abc")])
print([(i, c) for i, c in enumerate("abc", 5)])
print([(i, c) for i, c in enumerate("ab", sys.maxsize - 1)])
print([(i, c) for i, c in enumerate("ab", 10**20)])
print([(i, c) for i, c in enumerate("ab", True)])
kept = []
for pair in enumerate("xy"):
    kept.append(pair)
print(kept, type(kept[0]))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

# the iterator is shared with other code: the counts stay consistent
e = enumerate("abcdef")
for i, c in e:
    if i == 1:
        print("next inside:", next(e))
    print(i, c)
print(list(e))

# zip: two iterables, one, three, strict
print([(a, b) for a, b in zip("abc", range(10))])
print([(a, b) for a, b in zip([], "x")])
for a, b in zip([1, 2], "xy", strict=True):
    print(a, b)
try:
    for a, b in zip([1, 2, 3], "xy", strict=True):
        print(a, b)
except ValueError as ex:
    print("ValueError:", ex)
try:
    for a, b in zip([1], "xy", strict=True):
        print(a, b)
except ValueError as ex:
    print("ValueError:", ex)
try:
    for a, b in zip("abc"):
        print(a, b)
except ValueError as ex:
    print("ValueError:", ex)
try:
    for a, b in zip("abc", "def", "ghi"):
        print(a, b)
except ValueError as ex:
    print("ValueError:", ex)
try:
    for a, b in zip():
        print(a, b)
    print("empty zip ok")
except ValueError as ex:
    print("ValueError:", ex)

# dict items, forwards and reversed; keys/values iterators unpack their items
d = {"one": 1, "two": 2, "three": 3}
print([(k, v) for k, v in d.items()])
print([(k, v) for k, v in reversed(d.items())])
print([(a, b) for a, b in {"ab": 1, "cd": 2}])
print([(a, b) for a, b in {"x": (1, 2)}.values()])
try:
    for k, v in d.items():
        d["four"] = 4
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    for k, v in {"abc": 1}:
        pass
except ValueError as ex:
    print("ValueError:", ex)

# errors raised by the underlying iterator
def gen():
    yield 1
    raise KeyError("boom")

try:
    for i, v in enumerate(gen()):
        print(i, v)
except KeyError as ex:
    print("KeyError:", ex)

# refcounts of the items: a list element held by the loop variable
obj = object()
base = sys.getrefcount(obj)
held = [obj]
for i, v in enumerate(held):
    pass
del held
print("after:", sys.getrefcount(obj) - base)
del i, v
print("deleted:", sys.getrefcount(obj) - base)
