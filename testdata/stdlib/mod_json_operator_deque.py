import json, operator
from _collections import deque
print(json.dumps({"a": [1, 2.5, None, True], "b": {"c": "é\n\U0001F600"}, 3: float("inf")}))
print(json.dumps([1, {"x": [], "y": {}}], indent=2, sort_keys=True))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
print(json.loads('{"a": [1, 2.5e3, null, true, false, "x\\u00e9\\ud83d\\ude00"], "n": -0, "big": 123456789012345678901234567890}'))
for bad in ['', '[1,]', '{"a" 1}', '[1 2]', '{"a":1,}', '"abc', '{1:2}', '[1] x', 'nul', '{"a":\n tru}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps(set([1]), default=list), json.dumps("\x7f\x01"), json.dumps(1e20), json.dumps(-0.0))
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(operator.itemgetter(1), operator.attrgetter("a.b", "c"), operator.methodcaller("f", 1, k=2))
print(operator.not_(0), operator.neg(3), operator.concat([1], [2]), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.length_hint(iter([1, 2, 3])))
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, len(d), d[0], d[-1])
d.rotate(2); print(d); d.extend("ab"); print(d, d.maxlen, d.pop(), d.popleft(), d.count("a"))
e = deque(); e.extendleft([1, 2, 3]); print(e, e == deque([3, 2, 1]), e + deque([9]), e * 2, list(reversed(e)), 2 in e, e.index(1))
try:
    for x in e: e.append(1)
except RuntimeError as ex: print(ex)
try: deque().pop()
except IndexError as ex: print(ex)
e.insert(1, "z"); e.remove(3); del e[0]; print(e, bool(deque()), repr(deque()))
