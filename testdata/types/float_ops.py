# Float operations: round, divmod, is_integer, hex, as_integer_ratio, int conversion, math.
import math
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2))
print(round(123.456, 1), round(123.456, -1), round(123.456, -2), round(0.125, 2), round(0.375, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), 7.5 % 2, -7.5 % 2, 7.0 // 0.5)
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print((1.0).hex(), (0.5).hex(), (-2.75).hex(), (0.1).hex(), float.fromhex("0x1.8p1"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.75).as_integer_ratio())
print(int(2.999), int(-2.999), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.sqrt(2), math.sqrt(16), math.pi, math.e, math.tau)
print(math.floor(3.7), math.ceil(3.2), math.fabs(-3), math.isnan(float("nan")), math.isinf(-1e309))
print(math.pow(2, 10), math.exp(0), math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 10), math.atan2(1, 1) * 4)
print(math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.hypot(3, 4))
print(1.5 + 2, 3 * 0.5, 1 / 4, 2 ** -1, 9 ** 0.5, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3))
print(0.1 + 0.7, 1.1 + 2.2, 3.3 - 1.1, 0.1 * 3, 4.35 * 100, 1e308 * 10, -1e308 * 10)
print(max(1.5, 2), min(0.1, -0.1), sum([0.1] * 10), abs(-1e-9))
print(float.__name__, isinstance(1.0, float), isinstance(1, float), 1.0 == 1, hash(1.0) == hash(1))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
