from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["zz"], len(dd))
cnt = defaultdict(int)
for ch in "abracadabra":
    cnt[ch] += 1
print(sorted(cnt.items()), cnt.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]))
none_dd = defaultdict()
try:
    none_dd["k"]
except KeyError as e:
    print("KeyError:", e)
s = defaultdict(set)
s[1].add("a"); s[1].add("a"); s[2]
print(sorted((k, sorted(v)) for k, v in s.items()))
print(dd.get("missing"), "missing" in dd, isinstance(dd, dict))
c = dd.copy()
print(type(c).__name__, c == dd)
print(defaultdict(int, {"a": 1}) | {"b": 2})
const = defaultdict(lambda: "N/A", name="x")
print(const["name"], const["other"], sorted(const))
