print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" or [] or 0)
print(not 0, not [1], 1 if 0 else 2, [] or {} or "last")
def t(x):
    print("eval", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(t(1) and t(2) and t(0) and t(3))
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(isinstance(x, int) and x > 0)
print(any([]), all([]), any([0, "", None]), all([1, "a"]))
a = b = c = []
a.append(1)
print(a, b, c, a is c)
one = 1
print(None is None, [] is [], one is not None)
print(bool(None), bool(x), (x > 3) + (x > 4))
print(True + True, True * 5, -True, ~True, True / 2)
