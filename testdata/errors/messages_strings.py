# Exact messages of errors from str/bytes methods and formatting.
cases = [
    lambda: "abc".index("d"), lambda: "a,b".split(",", "x"), lambda: "x" * "3", lambda: "x" * 1.5,
    lambda: "abc" - "a", lambda: "abc".center(), lambda: "abc".zfill("3"), lambda: "a".join("b", "c"),
    lambda: "{".format(), lambda: "}".format(), lambda: "{0".format(1), lambda: "{!x}".format(1),
    lambda: "{:.2f}".format("s"), lambda: "{:,s}".format("s"), lambda: "{:=s}".format("s"),
    lambda: format(1, "q"), lambda: format("s", "x"), lambda: format(1.5, "d"), lambda: format(3, ".1d") ,
    lambda: f"{1:q}", lambda: "%s %s" % "a", lambda: "%(a)s" % (1,), lambda: "%y" % 1,
    lambda: "%f" % "a", lambda: "%c" % "ab", lambda: "%x" % 1.5, lambda: b"a" + "b", lambda: "b" + b"a",
    lambda: b"abc".decode("ascii").encode("ascii") + b"\xff".decode("ascii"), lambda: "é".encode("ascii"),
    lambda: bytes.fromhex("zz"), lambda: int("１２") + int("½"), lambda: "abc".replace("a"),
    lambda: "abc"[5], lambda: "abc".startswith(["a"]), lambda: str.upper(5), lambda: "a" < 1,
    lambda: ord(""), lambda: chr(1.5), lambda: "abc".count(), lambda: "x".encode(5),
    lambda: "abc".removeprefix(1), lambda: "a b".split(maxsplit="1"), lambda: "abc".find(None),
    lambda: str.join(",", [1, 2]), lambda: "%.2f" % None, lambda: "%d" % [1], lambda: "x".rjust(3, ""),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "no error", repr(r))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
