import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "nested": {"z": 1, "a": [1, {"b": 2}]}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=4))
print(json.dumps(data["tags"], separators=(",", ":")), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps("héllo"), json.dumps("héllo", ensure_ascii=False), json.dumps("q\"\n\t\\"))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(0.1), json.dumps(10 ** 20))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps("😀"))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"d": object}, default=lambda o: "converted"))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t"))
print(json.dumps([1, 2], indent=0))
