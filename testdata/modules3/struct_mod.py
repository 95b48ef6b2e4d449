import struct
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("b"), struct.calcsize("<bhiq"), struct.calcsize("bhiq"))
print(struct.calcsize("<d"), struct.calcsize("<f"), struct.calcsize("<e"), struct.calcsize("<?"), struct.calcsize("<3s"), struct.calcsize("<Q"))
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<h", -2), struct.pack("<I", 2 ** 32 - 1))
print(struct.pack("<bBhHiIqQ", -1, 255, -1, 65535, -1, 1, -1, 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.25), struct.pack("<e", 0.5), struct.pack("?", True))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"), struct.pack("<c", b"z"), struct.pack("<2x"), struct.pack("<p", b"hi"))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">H", b"\x01\x02"), struct.unpack("<hh", b"\xff\xff\x02\x00"))
packed = struct.pack("<ifd?3s", 7, 2.5, 3.125, False, b"xyz")
print(packed, len(packed), struct.unpack("<ifd?3s", packed))
print(struct.pack("!I", 0xDEADBEEF).hex(), struct.pack("=l", 5), struct.pack("@b", 1))
print(struct.unpack("<4B", b"\x01\x02\x03\x04"), struct.unpack("<2H", b"\x01\x00\x02\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.unpack_from("<h", b"\x00\x00\x05\x00", 2), struct.Struct("<hi").size, struct.Struct(">q").pack(-5))
buf = bytearray(8)
struct.pack_into("<i", buf, 2, 258)
print(buf)
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<i", 1, 2), lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("<z", 1)]:
    try:
        bad()
    except struct.error as e:
        print("struct.error:", e)
print(struct.pack("<n", 5) if False else "skip-native", struct.pack("<?", 2), struct.unpack("<?", b"\x02"))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack("<e", struct.pack("<e", 65504.0)))
