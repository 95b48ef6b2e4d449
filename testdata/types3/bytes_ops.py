b = b"hello world"
print(b[0], b[-1], b[0:5], b[::-1], len(b), b.upper(), b.title())
print(b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b.startswith(b"he"), b.endswith(b"ld"), b"o" in b, 111 in b, b.index(b"w"))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes.fromhex("de ad BE EF"))
print(b"abc".hex(), b"abc".hex("-"), b"\x00\xff".hex(":", 1))
print(b"x" * 3, b"a" + b"b", b"a,b".join([b"1", b"2"]), b"  pad ".strip())
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), "café".encode("utf-8"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(list(b"AZ"), b"A"[0], bytes([255]), repr(b"\t\n\r\x7f'\""))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
print(b"abc" < b"abd", b"a" == bytearray(b"a"), b"%05d" % 42, b"ab".isalpha(), b"12".isdigit())
print(b"a-b".partition(b"-"), b"ab".center(6, b"*"), b"ABC".lower(), b"xAx".strip(b"x"))
print(b"hello"[1:3] + bytes(1), b"\x01\x02".rjust(4, b"\x00"), b"abc".zfill(5))
