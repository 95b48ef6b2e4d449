# String literal forms: quotes, raw, triple-quoted, escapes, concatenation.
print('single', "double", 'it\'s', "say \"hi\"", "it's", 'say "hi"')
print("tab:\tend", "nl:\\n", "back\\slash", "bell:\a".encode()[-1:])
print("\x41\x42\x43", "\u00e9", "\u4e2d\u6587", "\N{GREEK SMALL LETTER ALPHA}", "\N{BULLET}")
print("\101\102", "\0".encode(), len("\x00\x01"), "\U0001F600".encode("utf-8"))
print(r"raw\n\t", r'C:\path\to', R"\d+", len(r"\n"))
print("""triple
double""")
print('''triple 'single'
with "quotes" inside''')
s = """\
no leading newline \
joined"""
print(s)
print("adjacent" " " 'concat' """ enation""")
msg = ("multi "
       "line "
       "concat")
print(msg)
print(repr("a\tb\nc\\d'e\"f"), repr('\x7f\x80'), repr("é\u200b"))
print(len("é"), len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "e\u0301" == "é")
print("\r\n".encode(), "\v\f".encode(), "\'\"")
print(repr(""), repr(''), repr("'"), repr('"'), repr("'\""))
print("a" "b" == "ab", "x" * 0 == "", str() == "")
print(rb"raw\bytes", br"\x00", b"\x41\n")
