# Integer bit operations, bit_length, bit_count, shifts with big and negative values.
for n in [0, 1, 5, 255, 256, -1, -5, 2 ** 64, -(2 ** 64)]:
    print(n, n.bit_length(), n.bit_count(), bin(n), hex(n), oct(n))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100)
print(-6 & 0xFF, -6 | 1, -6 ^ -1, -(2 ** 70) & 0xFFFF, (2 ** 70 + 5) & 7)
print(1 << 0, 1 << 63, 1 << 64, 1 << 200 >> 199, 3 << 65)
print(-1 >> 100, -(2 ** 100) >> 99, 2 ** 100 >> 200, 5 >> 1, -5 >> 1)
print((2 ** 64 - 1) ^ (2 ** 63), (2 ** 128) | 1, ~(2 ** 65))
mask = (1 << 8) - 1
print(mask, 0x1234 & mask, (0x1234 >> 8) & mask)
x = 0
for i in range(0, 10, 3):
    x |= 1 << i
print(x, bin(x), [i for i in range(10) if x >> i & 1])
print(int.bit_length(1000), (12).bit_count())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(True << 1, False | 2, True & 3, ~True)
