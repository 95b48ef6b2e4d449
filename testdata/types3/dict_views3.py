d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(list(k), list(v), list(i), len(k))
print("a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1)}), k == {"a", "b", "c", "d"}, k.isdisjoint(["x"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(v == v, list(d.values()) == [1, 2, 3, 4, 0])
it = iter(i)
print(next(it), next(it))
e = {}
print(list(e.keys()), e.items(), bool(e.values()))
print(dict(i) == d, k.mapping["a"])
