# Float arithmetic and repr.
print(0.1 + 0.2, 1 / 3, 2.5 * 4, 1e16, 1e-5, 123456789012345678.0)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5)
print(float("1.5"), float("inf"), float("-inf"), float(3), 1.0, -0.0)
print(round(2.5), round(3.5), round(2.675, 2), round(-1.5))
print(3 == 3.0, 1 < 1.5, 0.1 * 3 == 0.3, 1e300 * 1e10)
print(abs(-2.5), max(1.5, 2), min(-1, -1.5), 10 / 4)
print((1.5).is_integer(), (2.0).is_integer(), int(2.9e3))
