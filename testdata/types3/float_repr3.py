vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
        1e22, 1e-7, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1.5e300 * 1.5e10, 2.5, 3.14159,
        float(2 ** 53), float(2 ** 53 + 1), 9007199254740993.0, 0.1 * 3, 1.1 * 1.1]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-inf"), float("nan"), float(" 1.5 "), float("1_000.5"))
print(float("infinity"), float("-Infinity"), float("NaN"), float("+1E3"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(0.5))
print(round(1.23456, 3), round(5, -1), round(15, -1), round(25, -1), type(round(2.5)).__name__)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(float.__repr__(1.0), 3.0 * 1.1, 7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2))
