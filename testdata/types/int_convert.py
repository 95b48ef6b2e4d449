# int() with bases, to_bytes/from_bytes, str conversion, conversion errors.
print(int("42"), int("-17"), int("+5"), int(" 7 "), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36))
print(int("0x1A", 16), int("0o17", 8), int("0b11", 2), int("0x1A", 0), int("12", 0), int("-0b101", 0))
print(int(3.9), int(-3.9), int(True), int(1e10), int("  -0  "))
for bad in ["", "abc", "1.5", "0x10", "1__0", "_1", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1).to_bytes(4, "big"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(bytes(range(1, 10)), "big"), (2 ** 70).to_bytes(9, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(str(-0), str(10 ** 25), repr(123), format(123), "%d" % 2 ** 70)
print(bin(10), oct(10), hex(10), bin(-10), hex(-(2 ** 65)))
print(int("١٢٣"), int("\u0661\u0662"), chr(48 + 7))
