# Integer literal forms: decimal, hex, octal, binary, underscores, big.
print(0, 7, 123456789, 1_000_000, 0_0, 00)
print(0x1F, 0XFF, 0xdead_beef, 0o17, 0O777, 0o1_0, 0b1010, 0B11_11)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF)
print(-0x10, +0b1, -0o7, 0b0, 0x0, 0o0)
print(type(0x10).__name__, 0x10 == 16, 0o20 == 16, 0b10000 == 16)
print(1_2_3 + 4_5_6, 0b1111_0000 >> 4, 0x_1_0)
print(9223372036854775807, 9223372036854775808, 18446744073709551616)
print(hex(0xABCDEF), oct(0o1234), bin(0b1101), hex(-255), bin(-5))
print(10 ** 20, 1e2 == 100, int("1_000"), int("0x1f", 0), int("0o17", 0), int("0b101", 0))
print(True + 0x1, 0b1 + 0o1 + 0x1 + 1)
x = 1_0
print(x.bit_length(), (255).bit_length(), (0).bit_length(), (-256).bit_length())
print(1 .real, (5).imag, (7).numerator, (7).denominator)
