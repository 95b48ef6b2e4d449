import math
for v in [1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan")]:
    print(v, v.is_integer(), v.hex())
for s in ["0x1.8p+0", "0x1p-1", "-0x1.fffffffffffffp+1023", "0x.8", "inf", "0x10"]:
    print(s, float.fromhex(s))
print((0.1).hex(), float.fromhex((0.1).hex()) == 0.1)
print((3.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.5).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
inf, nan = math.inf, math.nan
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, nan != nan, nan == nan)
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0), math.isfinite(inf))
print(min(nan, 1), max(1, nan), sorted([3.0, 1.0, 2.0]))
print(abs(-0.0), math.copysign(1, -0.0), -0.0 == 0.0, str(-0.0))
print((2.5).conjugate(), (2.5).real, (2.5).imag, float(True), float(-7))
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(2.0 ** 0.5, 4 ** 0.5, (-8.0) ** 2, 10.0 ** -3, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(type((-8.0) ** 0.5).__name__)
