b = bytes([72, 101, 108, 108, 111])
print(b, b.decode("ascii"), b.lower(), b.isupper(), b.istitle(), b.swapcase())
print(b.split(b"l"), b.rsplit(b"l", 1), b.splitlines(), b"a\nb".splitlines(keepends=True))
print(b.ljust(8, b"."), b.rjust(8), b.expandtabs(), b"\tx".expandtabs(4))
print(b.removeprefix(b"He"), b.removesuffix(b"lo"), b.translate(None, b"l"), b.translate(bytes.maketrans(b"H", b"J")))
print(b.rfind(b"l"), b.rindex(b"l"), b.find(108), b.count(108), b.isascii(), b"  ".isspace())
print(b[1:4], b[::-2], list(b[:2]), b[0:0], b * 0, bytes(reversed(b)))
print(bytes.fromhex("00ff"), b"\x00\x10".hex(), bytes(b"abc") is not None, bytes(bytearray(b"mv")))
print(sorted(b), max(b), sum(b), b.join([b"1", b"2"]), b"".join([b"a", bytearray(b"b")]))
print(b"abc" == b"abc", b"abc" != "abc", b"b" > b"abc", hash(b"x") == hash(b"x"))
for enc in ["utf-8", "utf-16", "latin-1", "ascii", "cp1252"]:
    try:
        print(enc, "Aé".encode(enc))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError")
print(repr(bytes(range(0, 256, 37))), bytes(2).__len__())
