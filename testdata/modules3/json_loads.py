import json
s = '{"a": 1, "b": [true, false, null], "c": {"d": 1.5e3, "e": "x\\u00e9\\n"}, "f": -0.0, "g": 12345678901234567890}'
obj = json.loads(s)
print(obj)
print(type(obj["c"]["d"]).__name__, obj["g"], obj["c"]["e"])
print(json.loads("[]"), json.loads("3"), json.loads('"s"'), json.loads("null"), json.loads(" 1.0 "))
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads('"\\ud83d\\ude00"'))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("1.5", parse_float=lambda s: "F" + s), json.loads("7", parse_int=lambda s: int(s) * 2))
round_trip = {"k": [1, 2.5, "s", None, True, {"n": []}]}
print(json.loads(json.dumps(round_trip)) == round_trip)
print(issubclass(json.JSONDecodeError, ValueError))
import io
buf = io.StringIO()
json.dump({"z": 1, "y": 2}, buf, sort_keys=True)
print(buf.getvalue(), json.load(io.StringIO("[1, 2]")))
