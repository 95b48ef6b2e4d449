s = "The quick brown fox"
print(s[4:9], s[-3:], s[::2], s[::-1], s[100:], s[-100:3])
print(len(s), s.count(" "), s.split(" ", 2), s.lower().split("o"))
print(" ".join(reversed(s.split())), s.replace(" ", ""), s.title(), s.swapcase())
print("abc" + "def", "ab" * 3, "-" * 10, 3 * "xy")
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" in "cab", "" in "x")
print(str(123), str(1.5), str(None), str([1, "2"]), str(b"x"), str(b"x", "ascii"))
print(ord("a"), chr(98), [c for c in "hey"], list(map(ord, "AB")))
print("multi\nline\tstr", r"raw\n", "uni\u00e9\N{BULLET}", "\x41\101")
print("{:>5}".format("é"), len("日本語"), "日本語"[1], "日本語".encode("utf-8"))
print("%s|%-6s|" % ("日本", "日本"), "abc".encode("utf-16-le"), "x".encode("utf-32-be"))
print("hello"[1], "hello"[-1], "hello".upper()[0:2].lower())
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
print("a b c".split(" "), "".split(), "".split(","), "  lead".split(" "))
print("one\ttwo three\nfour".split(), "a1b2c3".strip("abc123"), "xxyxx".rstrip("x"))
print("aXbXc".split("X", -1), "12".rjust(1), "abc".find(""), "abc".rfind(""), "abc".count(""))
s2 = "CamelCaseString"
print("".join("_" + c.lower() if c.isupper() else c for c in s2).lstrip("_"))
print(sorted("banana", key="ban".find), max("apple", "pear", key=len))
