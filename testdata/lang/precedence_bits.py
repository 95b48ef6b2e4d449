# Precedence of bitwise operators, shifts versus arithmetic.
a, b, c, d = 12, 10, 6, 3
print(a | b ^ c & d, a | (b ^ (c & d)), ((a | b) ^ c) & d)
print(a & b | c, a & (b | c), a ^ b & c, (a ^ b) & c)
print(1 << 2 + 1, (1 << 2) + 1, 1 + 2 << 3, 1 + (2 << 3))
print(64 >> 2 - 1, (64 >> 2) - 1, 2 * 3 << 1, 2 * (3 << 1))
print(1 | 2 << 3, (1 | 2) << 3, ~0 & 0xFF, ~(0 & 0xFF))
print(5 & 3 == 1, (5 & 3) == 1, 5 | 3 > 6, (5 | 3) > 6)
print(-1 >> 1, -8 >> 2, -1 << 4, 1 << 100 >> 98)
print(0xF0 | 0x0F, 0xF0 ^ 0xFF, 0xF0 & 0x3C, 0b1010 ^ 0b0110)
print(~-1, -~0, ~0 ^ ~0, (~5) & 0xF)
print(2 ** 3 << 1, 2 ** (3 << 1), -2 ** 2 >> 1)
print(True | False, True & False, True ^ True, ~True, True << 3)
x = 0b1011
bits = [x >> i & 1 for i in range(4)]
print(bits)
print(1 << 64 | 1, (1 << 64) - 1 & 0xFFFF, (2 ** 70) >> 60, -(2 ** 70) >> 60)
