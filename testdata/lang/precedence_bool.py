# Precedence of not / and / or / comparisons / membership / identity.
a, b = 1, 2
print(not a == b, not (a == b), (not a) == b)
print(not a < b, not a in [1], not a is None)
print(True or False and False, (True or False) and False)
print(False and True or True, False and (True or True))
print(not True or True, not (True or True))
print(1 or 0 and 0, 0 or 1 and 2, 0 and 1 or 3)
print(a < b == 2, a < b < 3 < 4, 1 == 1.0 != 2)
print(1 in [1, 2] == True, (1 in [1, 2]) == True)
print(None is None is not False, 3 > 2 in [True])
print(not 0 + 1, not 1 - 1, not "" + "")
print(a + 1 if a > 0 else a - 1, (a + 1) if a < 0 else (a - 1) * 10)
print(1 if True else 2 if False else 3, 1 if False else 2 if False else 3)
print([] or {} or 0 or "" or None, [] and {} and 0)
print(1 < 2 and 2 < 3 or 1 / 0, "short-circuit ok")
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0, 4 < x > 3)
print(not not x, not not [], (not []) + 1)
def t(v):
    print("t", v, end="; ")
    return v
print(t(1) < t(2) < t(0) < t(3))
print(t(0) and t(1), t(1) or t(2))
