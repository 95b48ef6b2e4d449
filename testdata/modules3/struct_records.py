import struct
fmt = "<I8sHf"
print(struct.calcsize(fmt))
recs = [(1, b"alpha", 10, 1.5), (2, b"beta", 20, -2.25), (3, b"gammadelta", 300, 0.0)]
blob = b"".join(struct.pack(fmt, *r) for r in recs)
print(len(blob), blob[:17].hex())
for rid, name, qty, price in struct.iter_unpack(fmt, blob):
    print(rid, name.rstrip(b"\x00"), qty, price)
hdr = struct.Struct(">HHI")
packed = hdr.pack(0xCAFE, 2, 123456)
print(packed.hex(), hdr.unpack(packed), hdr.format, hdr.size)
print(struct.pack(">h", -1).hex(), struct.unpack(">h", b"\x80\x00"), struct.unpack("<Q", b"\xff" * 8))
print(struct.pack("<?3xb", True, -3), struct.calcsize("<?3xb"), struct.calcsize("@ci"), struct.calcsize("@cd"))
print(struct.unpack("<d", struct.pack("<d", 3.141592653589793)), struct.pack(">d", float("inf")).hex())
print(struct.pack("<2h2s", 1, 2, b"xy"), struct.unpack("<2h2s", b"\x01\x00\x02\x00xy"))
print(struct.pack("<L", 4294967295), struct.pack("<q", -(2 ** 63)), struct.unpack(">i", b"\xff\xff\xff\xfe"))
