# Integer floor division and modulo with all sign combinations, divmod, pow.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(divmod(2 ** 70, 3), divmod(-(2 ** 70), 3), divmod(2 ** 70, -(2 ** 35)))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, divmod(7.5, 2), divmod(-7, 2.0))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
print(2 ** 0, 0 ** 0, 0 ** 5, (-1) ** 1001, (-1) ** 1000)
print(abs(-7), abs(7), abs(0), -abs(-3))
print(17 % 1, -17 % 1, 5 % 5, 0 % -3)
print(int(7 / 2), int(-7 / 2), round(7 / 2), round(-7 / 2), round(5 / 2))
for n in [10, -10]:
    for d in [3, -3]:
        q, r = divmod(n, d)
        print(n, d, q, r, q * d + r == n)
