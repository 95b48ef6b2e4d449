# assert statements passing and failing inside try.
assert True
assert 1 + 1 == 2, "math works"
assert [1], "non-empty list is truthy"
print("passing asserts ok")
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
x = 5
try:
    assert x < 0, f"x should be negative, got {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert x == 4, ("tuple", x)
except AssertionError as e:
    print("args:", e.args)
def check(v):
    assert isinstance(v, int), "need int, got " + type(v).__name__
    return v * 2
for v in [1, "a", 2.0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("failed:", e)
calls = []
def side():
    calls.append(1)
    return "msg"
assert True, side()
print("message not evaluated when passing:", calls)
try:
    assert None, side()
except AssertionError as e:
    print(e, calls)
