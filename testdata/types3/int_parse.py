for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("0o777", 0),
                ("101", 2), ("0b101", 0), ("z", 36), ("  42  ", 10), ("-17", 10), ("+5", 10),
                ("1_000_000", 10), ("1_0", 0), ("0", 0), ("00", 0), ("zz", 36), ("10", 3)]:
    print(repr(s), base, int(s, base))
for s, base in [("08", 0), ("1__0", 10), ("", 10), ("12", 1), ("9", 8), ("0x", 16), ("_1", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int(b"42"), int(" 7\n"))
print(int("١٢٣"))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(1e20), int("-0"), int(2 ** 70 + 0.0))
class HasInt:
    def __int__(self): return 9
class HasIndex:
    def __index__(self): return 4
print(int(HasInt()), int(HasIndex()), [0, 1, 2, 3, 4, 5][HasIndex()], bin(HasIndex()))
try:
    int("5", base=2.0)
except TypeError as e:
    print("TypeError:", e)
