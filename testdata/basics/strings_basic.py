# String operations.
s = "Hello, World"
print(s, len(s), s[0], s[-1], s[1:5], s[::-1], s[::2])
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]))
print(s.replace("l", "L"), s.find("World"), s.startswith("He"), "lo" in s)
print(repr(s), repr("it's"), repr('say "hi"'), repr("tab\there\n"))
print("abc" * 3, "x" + "y", "  pad  ".strip(), "a,b,,c".split(","))
print("%d items at %.2f each: %s" % (3, 1.5, "ok"), "%5s|%-5s|" % ("ab", "cd"))
print("{} and {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}".format(x=5))
name = "pyg"
print(f"{name!r} has {len(name)} letters, {3.14159:.2f}, {42:>5}, {255:x}")
print("ü".upper(), len("héllo"), "héllo"[1], ord("A"), chr(97))
print(str(1), str(1.5), str(None), str(True), str([1, "a"]))
