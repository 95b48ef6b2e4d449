print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 2, type(8 / 2).__name__, 2 ** -1)
print(10 // 3.0, 10 % 3.0, -10 // 3.0, -10 % 3.0)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 20 < 1e20 * 1.0000001, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10), math.prod([1.5, 2, 4]))
print(int(2.9e18), float(10 ** 18), float(2 ** 1023) * 2)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 30) / (10 ** 10))
print(complex(1, 2) * 2, (1 + 2j).real, abs(3 + 4j), (1j) ** 2)
print(0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2, 3 * 0.1, 0.57 * 100, 4.35 * 100)
print(1e16 + 1, 1e16 + 2, 0.1 ** 10, 123.456e-10)
