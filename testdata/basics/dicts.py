# Dict operations.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)
print(list(d.keys()), list(d.values()))
del d["b"]
print(d, d.pop("a"), d)
d.update({"x": 10, "y": 20})
print(d, d.setdefault("x", 0), d.setdefault("w", 5), d)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({1: "one", 2: "two"}, dict(a=1, b=2), {(1, 2): "tuple key"})
