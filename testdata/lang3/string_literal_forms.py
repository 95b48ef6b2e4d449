print('single', "double", '''triple single''', """triple double""")
print("concat" "enated", 'mix' "ed", f"f{1}" "plain" r"\x", "a\
b")
print(r"\n raw", R"\t", rb"\d", br"\w", Rb"\s", "\\", len("\\n"))
print("\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\101", "\0".encode(), "\a\b\f\v".encode())
print("""line1
line2""", "tab\there")
print(b"bytes\x00", B"upper", b'\x7f', bytes(b"\n"))
print(u"unicode prefix", len("""
"""))
s = 'it\'s "quoted"'
print(s, repr(s), "\"" + '\'')
print(f"{'a'!r:>5}", f"{{braces}}", rf"{1}\n", fr"\t{2}")
