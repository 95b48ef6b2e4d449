print(True, False, None, type(None).__name__, type(True).__name__)
print(True == 1, False == 0, True is True, None is not False, isinstance(False, int))
print(True + True, True * 10, False - 1, True / 2, True // 1, True ** 3, -True, ~False)
print(str(True), repr(False), int(True), float(False), bool("0"), bool(""), bool(None), bool(()))
print(sum([True, True, False]), [1, 2][True], {True: "t"}[1], max(False, True))
print(True and None, None or False, not None, None == False, [] == False, bool([]) == False)
print(hash(None) == hash(None), None.__class__.__name__, bool.__mro__)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
print(f"{True:5}|{False!r}|{None!s:>6}|", "%s %d" % (True, True), format(False, "d"))
print(type(None)() is None, bool.__name__, True.real, True.numerator, (True).bit_length())
print(sorted([True, False, True]), True in [1], None in [0, False, None], NotImplemented is NotImplemented)
