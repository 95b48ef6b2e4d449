inventory = {"apples": 5, "pears": 0, "kiwis": 12}
print({k: v for k, v in inventory.items() if v}, sum(inventory.values()), max(inventory, key=inventory.get))
print(sorted(inventory, key=lambda k: inventory[k]), sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
inventory.update(pears=3, plums=1)
print(inventory)
print({v: k for k, v in inventory.items()})
word_lengths = {}
for w in "a quick brown fox jumps over the lazy dog".split():
    word_lengths.setdefault(len(w), []).append(w)
print(dict(sorted(word_lengths.items())))
d = dict(zip(range(5), "abcde"))
print(d, {k: d[k] for k in list(d)[::2]})
for k in list(d):
    if k % 2: del d[k]
print(d)
print(len({}), {} == dict(), dict([(1, 2), (3, 4)]), dict(a=1) == {"a": 1})
deep = {"l1": {"l2": {"l3": "value"}}}
print(deep["l1"]["l2"]["l3"], deep.get("l1", {}).get("x", {}).get("y", "dflt"))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(list({"b": 1, "a": 2}.keys()), list({"b": 1, "a": 2}.values()))
print(str({"k": "v", "n": [1, None]}), repr({1: {2: {}}}))
