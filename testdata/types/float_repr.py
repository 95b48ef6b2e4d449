# repr/str of many float values, special values, negative zero.
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1e-7, 1e-4, 1e-5,
        123.456, 100.0, 1.5, -2.5, 1e22, 1e23, 12345678912345.678, 0.000001,
        3.141592653589793, 2.718281828459045, 1.0000000000000002, 0.30000000000000004,
        5e-324, 1.7976931348623157e308, 9.999999999999999e22, 1234567890123456789.0]
for v in vals:
    print(repr(v), str(v))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, -nan, repr(inf), str(nan))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, inf == inf, nan != nan, nan == nan)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1), abs(-0.0), -0.0 + 0.0)
print(float("Infinity"), float("-inf"), float("NaN"), float("  3.25  "), float("1e3"))
print(float(10 ** 20), float(2 ** 53), float(-7), float(True))
print(1e16 + 1, 1e16 + 2, 2.0 ** 0.5, 10.0 ** 20, 10.0 ** -20)
print(3.0, 3.0 * 1, 6 / 2, 7 / 7, 2 ** 0.0, 0.5 * 2)
print(round(1.23456789, 4), 1.1 * 1.1, 0.1 * 0.1, 1 - 0.9)
for bad in ["abc", "", "1.2.3", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
