# format() mini-language: fill, align, sign, width, grouping, precision, types.
ints = [0, 7, -7, 255, 1234567, -1234567, 2 ** 40]
specs = ["d", "5d", "<6d", ">6d", "^7d", "*^9d", "+d", " d", "-d", "06d", "=+8d", ",", "_", "x", "X", "#x", "o", "#o", "b", "#b", "_b", "#010x", "e", "f", "g", "%", ",d", "c"]
for n in ints[:3]:
    print(n, [format(n, s) for s in specs if not (s == "c" and n < 0)])
for n in ints[3:]:
    print(n, [format(n, s) for s in ["d", ",", "_", "x", "#X", "_x", "e", ".2e", "015,d", "+,"]])
floats = [0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e-7, 1e16, 0.000123456, 100.0]
for f in floats:
    print(repr(f), [format(f, s) for s in ["", "f", ".2f", "10.3f", "<10.1f", "^+10.2f", "e", ".3e", "g", ".3g", "G", "%", ".1%", ",.2f", "012.3f", "n", "_.1f", ".0f", "#.0f", "z.1f"]])
for f in [float("inf"), float("-inf"), float("nan")]:
    print([format(f, s) for s in ["", "f", "e", "g", "10", "<6", "+", "%", "F", "E"]])
strs = ["", "a", "abc", "héllo", "longer string"]
for s in strs:
    print([format(s, sp) for sp in ["", "5", "<5", ">5", "^5", "-^7", ".2", "10.3", "*>4", "s"]])
print(format(True, ""), format(True, "d"), format(True, ">5"), format(None, ""), format(None, ">6") if False else "")
print(format(12345.678, "_"), format(0.1, ".17f"), format(2.5, ".0f"), format(3.5, ".0f"), format(1 / 3, ".30f"))
print(format(123, "=10"), format(-123, "=10"), format(-123, "010"), format(123, "+010"), format(-1.5, "=+9.2f"))
for bad in [(1, "s"), ("s", "d"), (1.5, "d"), (1, ".2d"), ("a", "+"), (1, "=5s")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError:", e)
