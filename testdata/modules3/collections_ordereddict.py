from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {"y": 2, "x": 1})
o1["z"] = 0
print(list(reversed(o1)), o1.keys(), list(o1.items()))
cache = OrderedDict()
for k in "abcadeb":
    if k in cache:
        cache.move_to_end(k)
    cache[k] = True
    if len(cache) > 3:
        cache.popitem(last=False)
print(list(cache))
print(OrderedDict.fromkeys("ab", 0), OrderedDict(a=1) | {"b": 2})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
print(repr(OrderedDict()), isinstance(od, dict))
