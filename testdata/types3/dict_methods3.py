d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), len(d))
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 9), d.setdefault("e", 5), d)
print(d.pop("e"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d)
d.update({"x": 10}, y=11)
d.update([("z", 12)])
print(d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
c = d.copy(); c["b"] = 200
print(d["b"], c["b"])
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("xy", [1, 2])), dict({"m": 1}, n=2))
d2 = {"a": 1, "b": 2}
print(d2 | {"b": 3, "c": 4}, {"c": 4} | d2)
d2 |= {"a": 0}
print(d2)
del d2["a"]
print(d2, "a" in d2, "b" in d2)
d3 = {}
d3[1] = "int"; d3[1.0] = "float"; d3[True] = "bool"
print(d3)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list(reversed({"p": 1, "q": 2})))
d.clear()
print(d)
print({k: v for k, v in sorted({"z": 1, "y": 2}.items())})
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", repr(e))
