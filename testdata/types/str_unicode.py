# Unicode strings: lengths, indexing, iteration, encoding to UTF-8, escapes in repr.
texts = ["café", "日本語テキスト", "emoji 😀 ok", "Ελληνικά", "Привет", "e\u0301", "\u00e9", "tab\there", "zero\u200bwidth"]
for t in texts:
    print(repr(t), len(t), len(t.encode("utf-8")), t.upper(), t[::-1], t[:3])
print([c for c in "añb"], [ord(c) for c in "añb"], "".join(chr(o) for o in [72, 228, 8364]))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), len("😀"), "a😀b".index("b"))
print("Привет".lower(), "Привет".upper(), "Привет".find("вет"), "Привет".replace("П", "п"))
print("日本" + "語", "日本" * 2, "日" in "日本", "本日本".count("本"), sorted("日本語"))
print(repr("\x00\x1f\x7f"), repr("\u0080\u00a0\u00ad"), repr("\ud7ff"), repr("\U0010ffff"))
print(ascii("café 😀"), "caf\u00e9" == "café", "\N{EURO SIGN}", "\N{SNOWMAN}")
print(str(b"bytes", "ascii"), bytes("ü", "utf-8"), "ü".encode().decode(), "abc".isascii(), "ü".isascii())
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"\xffa".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(f"{'日本':>6}|{'日本':*<6}|", "{:^7}".format("ü"), "%-5s|" % "ñ")
