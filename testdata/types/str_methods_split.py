# str split/rsplit/splitlines/join/strip family.
print("a b  c".split(), "a b  c".split(" "), "  lead and trail  ".split(), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,,c".split(","), ",a,".split(","))
print("one two three".split(None, 1), "one two three".rsplit(None, 1), "x".split("x"))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(), "l1\nl2\n".splitlines(True), "".splitlines())
print("a\tb\x0bc\x0cd\x1ce\u2028f".split(), "a\u2028b".splitlines())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(5)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abchiabc".strip("cba"), "\t\n hi \r\n".strip(), "..a..".lstrip("."), "..a..".rstrip("."))
print("é-é".strip("é"), "  ".strip() == "", "www.example.com".strip("cmowz."))
print("path/to/file.txt".rsplit("/", 1), "path/to/file.txt".split("/")[-1].split("."))
print("k=v; k2=v2".split("; "), [kv.split("=") for kv in "a=1&b=2".split("&")])
print(dict(kv.split("=") for kv in "a=1&b=2".split("&")))
print("tab\tsep\tvalues".expandtabs(), "a\tb".expandtabs(4), "ab\tc".expandtabs(2))
