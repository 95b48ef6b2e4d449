ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
print(ba, len(ba))
ba[1:3] = b"EEE"
print(ba)
del ba[0]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 120)
ba.remove(ord("E"))
print(ba, ba.find(b"l"), ba.count(b"E"))
ba.reverse()
print(ba, bytes(ba), ba.decode())
ba2 = bytearray(3)
print(ba2, bytearray([1, 2]), bytearray("x", "ascii"), bytearray.fromhex("41 42"))
ba2 += b"zz"
print(ba2, ba2 * 2, ba2.hex())
try:
    ba2[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"").pop()
except IndexError as e:
    print("IndexError:", e)
m = bytearray(b"abcdef")
m[::2] = b"XYZ"
print(m, m.upper(), m.replace(b"X", b"_"), m.split(b"Y"))
print(bytearray(b"a") == b"a", type(bytearray(b"x") + b"y").__name__, type(b"y" + bytearray(b"x")).__name__)
m.clear()
print(m, len(m))
