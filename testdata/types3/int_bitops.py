for n in [0, 1, 7, 255, 256, 2 ** 70, -1, -255]:
    print(n, n.bit_length(), bin(n), oct(n), hex(n), n.bit_count())
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0b1010)
print(-5 & 0xFF, -5 | 2, -5 ^ 3, -1 >> 10, -1024 >> 3)
print(1 << 0, 5 << 62, 5 >> 1, 5 >> 100)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print((255).to_bytes(2, "big"), int.as_integer_ratio(6), (6).is_integer())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print(format(10, "b"), format(10, "08b"), format(-10, "#x"), format(255, "#o"))
print(int.__or__(1, 2), (12).conjugate(), (5).numerator, (5).denominator, (5).real, (5).imag)
