s = "abracadabra"
print(s.find("abra"), s.find("abra", 1), s.rfind("abra"), s.find("abra", 1, 5), s.index("c"), s.rindex("a"))
print(s.count("a"), s.count("abra"), s.count("a", 5), s.count("aa"), "aaaa".count("aa"))
print(s.startswith(("x", "ab")), s.endswith("bra", 0, 4), s.startswith("cad", 4))
print("cad" in s, "xyz" not in s, s.partition("cad"), s.rpartition("a"))
print(s.replace("a", "A", 3), s.upper().lower() == s, s.title(), s[::3], s.encode()[:3])
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("z")
except ValueError as e:
    print("ValueError:", e)
print(s.find(""), s.find("", 20), len(s.split("a")), s.strip("ab"), s.lstrip("abr"))
print(min(s), max(s), sorted(set(s)), s.isalpha(), s.islower(), s.isascii())
print("Hello World".swapcase(), "hello world".title(), "HELLO".casefold(), "o'neil's".title())
print("x".zfill(3), "+5".zfill(4), "ab".center(5), "ab".center(6, "-"), "ab".ljust(1))
