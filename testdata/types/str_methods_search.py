# str searching: find/rfind/index/rindex/count/startswith/endswith/in, with ranges.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o"), s.find(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), s.count("o", 0, 20))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), s.endswith("lazy", 0, 39), s.find("o", 13, 15))
print("quick" in s, "Quick" in s, "" in s, s.find("the", -5), s.rfind("the", 0, 10))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError:", e)
u = "naïve café, naïve résumé"
print(u.find("café"), u.count("naïve"), u.rfind("é"), u.index("r"), len(u), u[6:10])
print("aaa".count("aa"), "abababa".count("aba"), "abababa".find("aba", 1), "".find(""), "abc".find("", 5))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "aaa".replace("", "-"))
print("abc".replace("x", "y"), "hello".replace("l", ""), "a.b.c".replace(".", "", 1))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removeprefix("x"))
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"), s.rpartition("zzz"))
