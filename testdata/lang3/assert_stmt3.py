def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e), e.args)
try:
    assert [], "empty list"
except AssertionError as e:
    print(e)
assert 1, "never"
assert (1, 2)[0]
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print(e.args)
print(__debug__)
def g(): assert 0, "last"
g()
