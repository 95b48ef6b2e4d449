d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(d, list(d.items()))
del d["alpha"]
d["alpha"] = 0
print(list(d))
d["zeta"] = 99
print(list(d), d["zeta"])
print(next(iter(d)), list(d)[-1], d.popitem())
inv = {v: k for k, v in d.items()}
print(inv)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
grouped = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(w[0], []).append(w)
print(grouped)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].keys())
print({**{"x": 1, "y": 2}, **{"y": 3}}, dict(sorted({"b": 1, "a": 2}.items())))
print({(1, 2): "tuple key", None: "none key", 3.5: "float"}[(1, 2)])
print(list({1: 1, 2: 2}.items())[::-1], {i: i * i for i in range(5) if i % 2})
d2 = dict.fromkeys(range(3), [])
d2[0].append("shared")
print(d2)
