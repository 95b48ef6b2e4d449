# dict views and iteration order after deletes and re-inserts.
d = {"one": 1, "two": 2, "three": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(list(k), list(v), list(i), len(k), "one" in k, 2 in v, ("two", 2) in i)
d["four"] = 4
print(k, len(v))
del d["two"]
print(list(d), list(d.values()))
d["two"] = 22
print(list(d.items()))
d["one"] = 111
print(d)
d.pop("one")
d["one"] = 1
print(d)
print(sorted(d.keys() & {"one", "x"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"one"}))
print(sorted(d.items() & {("two", 22)}), d.keys() == {"three", "four", "two", "one"})
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d))
for key in list(d):
    if key.startswith("t"):
        del d[key]
print(d)
e = {}
for n in [5, 3, 5, 1, 3, 9]:
    e[n] = e.get(n, 0) + 1
print(e, list(e.keys()), list(e.values()))
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
big[0] = "back"
print(list(big)[:5], list(big)[-3:], len(big))
print(type(k).__name__, type(v).__name__, type(i).__name__)
