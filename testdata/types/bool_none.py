# bool arithmetic and conversions, None behaviour.
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, True ** 2)
print(sum([True, False, True, True]), True == 1, False == 0, (True == 1) is True)
print(int(True), float(False), str(True), repr(False), bool("False"), bool(0.0))
print(True and 5, False or "x", not True, True & False, True | False, True ^ True)
print(isinstance(True, int), type(True + 1).__name__, type(True & True).__name__)
print(bool(), bool(None), bool([]), bool([[]]), bool(" "), bool(0j) if False else bool(-1))
print(["no", "yes"][True], {True: "t", 1: "one"}, max(True, 0.5), hash(True) == 1)
print(None, repr(None), str(None), type(None).__name__, None is None, None == False)
def nothing():
    pass
print(nothing(), nothing() is None, [None] * 3, (None,) == (None,))
d = {None: "none key"}
print(d[None], d.get(None), None in d)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([True, False, True]), True > False, str(True).upper(), f"{True!r:>6}")
print(True.__class__.__name__, bool.__mro__[1].__name__, format(True), format(True, "d"))
