import json
records = [{"id": i, "name": f"user{i}", "active": i % 2 == 0, "scores": [i, i * 1.5], "meta": None} for i in range(3)]
text = json.dumps(records, indent=2)
print(text)
back = json.loads(text)
print(back == records, back[1]["scores"], type(back[1]["scores"][1]).__name__)
print(json.dumps({"z": [3, 2, 1], "a": {"y": 1, "b": 2}}, sort_keys=True, indent=1))
print(json.dumps("tab\tnew\nline\u0001 \u2028"), json.loads('"\\t\\u0041"'))
print(json.dumps(2 ** 70), json.dumps(-0.0), json.dumps(1.0), json.dumps(123e-7), json.dumps(1 / 3))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.loads("[1, 2, 3]", object_pairs_hook=None), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.dumps(None), json.dumps(True), json.dumps([None, False]), json.dumps({"k": []}, indent=2))
