n = 1024
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), n.to_bytes(4, byteorder="big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01"), "little"))
big = 2 ** 100 + 12345
bs = big.to_bytes(13, "big")
print(bs, int.from_bytes(bs, "big") == big)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((0).to_bytes(0, "big"), int.from_bytes(b"", "big"))
print((65).to_bytes(), int.from_bytes(b"\x80", signed=True))
print((2 ** 64 - 1).to_bytes(8, "little").hex())
class MyInt(int): pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__)
