# Bytes and bytearray literals and basic operations.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b"\x00\xff\n", b'\'', b"a" + b"b", b"ab" * 3)
print(list(b"AZaz"), bytes([65, 66, 67]), bytes(3), bytes(range(4)))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"l"), b.find(b"lo"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b.startswith(b"he"))
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"))
print(b.hex(), bytes.fromhex("68 69"), b"hi" == b"hi", b"a" < b"b")
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), bytes(ba), ba[1:])
del ba[0]
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"))
print(repr(b"\t\r\x7f\x80"), b"abc".count(b"c"), b"  x ".strip())
print(b"x" in b"xyz", 120 in b"xyz", b"%d-%s" % (5, b"ok"))
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
