# dict methods: get/setdefault/pop/popitem/update/copy/fromkeys/clear, | and |=.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.setdefault("a", 100), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("zz", "none"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("a", -1)])
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["new"] = True
print(d, e, d == e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
e.clear()
print(e, len(e))
try:
    e.popitem()
except KeyError as err:
    print("KeyError:", err)
m1 = {"a": 1, "b": 2}
m2 = {"b": 20, "c": 30}
print(m1 | m2, m2 | m1, m1)
m1 |= m2
print(m1)
m1 |= [("d", 4)]
print(m1)
print(dict(zip("abc", range(3))), dict([(1, "one"), (2, "two")]), dict(a=1, b=2), dict({"k": 1}, k2=2))
print({k: v for k, v in zip(range(5), "abcde") if k % 2 == 0}, {v: k for k, v in {"a": 1, "b": 2}.items()})
try:
    {}["missing"]
except KeyError as err:
    print("KeyError:", err, repr(err))
try:
    {[1]: 2}
except TypeError as err:
    print("TypeError:", err)
print({1: "int", 1.0: "float", True: "bool"}, {(1, 2): "t"}[1, 2], len({0: 0, False: 1, 0.0: 2}))
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
nested["outer"]["new"] = {}
print(nested, nested["outer"]["inner"][-1])
print(dict(), {}, {"k": None}, repr({"q": "'"}), str({1: "x"}), {"a": 1} == {"a": 1.0})
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), max({"b": 1, "a": 2}), min({"b": 1, "a": 2}.values()))
