d = {}
d[(1, 2)] = "t"; d[frozenset({1})] = "f"; d[None] = "n"; d[1.5] = "x"; d["s"] = 0
print(len(d), d[(1, 2)], d[frozenset({1})], d[None])
d2 = {1: "a"}
d2[1.0] = "b"
print(d2, {1: 0, True: 1}, {0: "z", False: "f", 0.0: "g"})
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, dict.fromkeys([]) == {})
x = {"k": [1]}
y = dict(x)
y["k"].append(2)
print(x, y is x)
try:
    d = {"a": 1}
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted({3: 1, 1: 2, 2: 3}), sorted({3: 1, 1: 2}.values()), min({"b": 1, "a": 2}))
print({i: i for i in range(3)} == dict.fromkeys(range(3)) , {}.get(1, []) == [])
e = {"x": 1, "y": 2}
print(e.pop("x"), e, e.setdefault("z"), e)
print(list(zip(e, e.values())), [*e], {**e}, dict(e, w=1))
