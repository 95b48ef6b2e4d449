class A:
    def __repr__(self): return "A-repr"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
class C(B):
    def __repr__(self): return "C-repr"
print(A(), str(A()), repr(A()))
print(B(), str(B()), repr(B()), [B()], (B(),), {"k": B()})
print(C(), f"{C()}", f"{C()!r}", f"{C()!s}", "%s %r" % (C(), C()))
print(ascii("héllo"), repr("héllo"), ascii(["ü"]))
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"))
print(str(b"abc"), repr(bytearray(b"x\x00")))
print(str(1.0), repr(0.1), str([1.0, "a"]), repr(None))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    def __str__(self): return "custom str"
print(str(E("x")), repr(E("x")))
print(str(ValueError("a", 1)), repr(KeyError("k")), str(KeyError("k")))
print(repr(ValueError()), str(ValueError()))
