# Big integers: factorials, powers, mixed-size arithmetic, str conversion.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
print(2 ** 200)
print(-(2 ** 200), (2 ** 200) // 3, (2 ** 200) % 1000007)
print(3 ** 100 - 2 ** 150, (10 ** 40 + 1) * (10 ** 40 - 1))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1, (2 ** 64) * (2 ** 64))
print(fact(30) // fact(28), fact(25) % 10 ** 9, len(str(fact(100))))
a = 123456789 ** 5
print(a, a // 987654321, a % 987654321, divmod(a, -10 ** 12))
print(-a // 7, -a % 7, a // -7, a % -7)
print(str(2 ** 100)[::-1], int(str(2 ** 100)) == 2 ** 100, hex(2 ** 100), bin(2 ** 70))
print(abs(-(10 ** 30)), pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 5, 97))
print((2 ** 100) == (2 ** 100), 2 ** 100 > 2 ** 99, 2 ** 100 == 2.0 ** 100, 2 ** 53 + 1 == float(2 ** 53 + 1))
print((2 ** 100) / 2 ** 98, float(2 ** 100), int(1e20), int(-1.5e19))
print(sum(range(10 ** 6)), sum([2 ** 62] * 8))
x = 1
for i in range(70):
    x = x * 2 + 1
print(x, x.bit_length(), x + 1 == 2 ** 71)
print(10 ** 18 * 10, 9999999999999999999 + 1, -9999999999999999999 - 1)
print(round(2 ** 100, -28), round(123456789, -3), max(2 ** 80, 3 ** 50), min(-(2 ** 80), 0))
