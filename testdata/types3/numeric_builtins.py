print(abs(-7), abs(3.5), abs(-0.0), abs(2 - 3j), abs(-2 ** 100))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 10 ** 9))
print(pow(3, 4), pow(3, -1), pow(2.0, 3), pow(-2, 3), pow(4, 0.5), pow(3, 4, 5), pow(-3, 3, 7))
print(round(3.14159, 2), round(2.5), round(3.5), round(-3.5), round(1.05, 1), round(123, -1), round(-125, -1))
print(max(1, 2.5), min(-1, -1.5), max([1, 2], [1, 2, 0]), min("b", "a"), max(True, 0))
print(sum([1.5, 2.5]), sum([1, 2], 0.5), sum(range(1, 101)), sum([]), sum([[1], [2]], []))
print(int(7.9), int(-7.9), float(7), complex(2, -1), bool(0.0), bool(1e-300))
print(bin(-5), oct(-8), hex(0), hex(2 ** 64), format(-1, "b"))
print(min([], default=None), max([3, 1], default=0), min(3, 4, key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e-10 * 3, 1.0 - 0.9, 100 * 1.1)
