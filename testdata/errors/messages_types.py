# Exact messages of TypeErrors from operators and conversions on built-in types.
class C:
    pass
five, none, text, fn, abc, lst1, tup1 = 5, None, "s", (lambda: 0), "abc", [1], (1,)
cases = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (2,), lambda: 1 - "a", lambda: "a" * "b",
    lambda: [1] * 1.5, lambda: {} + {}, lambda: None + 1, lambda: 1 / "x", lambda: 2 ** "x",
    lambda: -"a", lambda: ~1.5, lambda: +[1], lambda: 1 < "a", lambda: [1] < 1, lambda: None > None,
    lambda: {1} < [1], lambda: "a" @ "b", lambda: 1 & 1.0, lambda: 1 << 1.0, lambda: "%d" % "x",
    lambda: len(5), lambda: len(None), lambda: int([1]), lambda: int(None), lambda: float([1]),
    lambda: float(None), lambda: iter(5), lambda: next([1]), lambda: abs("x"), lambda: hash([1]),
    lambda: hash({}), lambda: {[1]: 1}, lambda: {{1}}, lambda: five(), lambda: text(), lambda: none(),
    lambda: five[0], lambda: none[0], lambda: len[0], lambda: fn[0], lambda: five[0:1],
    lambda: abc[1.5], lambda: lst1[None], lambda: tup1["a"], lambda: {}[[1]],
    lambda: C() + 1, lambda: C() < C(), lambda: C()(), lambda: C()[0], lambda: len(C()),
    lambda: iter(C()), lambda: ord("ab"), lambda: ord(5), lambda: chr("a"), lambda: sum(["a", "b"]),
    lambda: sum([[1]]), lambda: sorted([1, None]), lambda: max(1), lambda: divmod("a", 1),
    lambda: round("x"), lambda: str(1, 2), lambda: "".join([1]), lambda: "a".split(1),
    lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: dict([1]), lambda: dict([(1, 2, 3)]),
    lambda: tuple(5), lambda: list(None), lambda: set(1), lambda: bytes("a"), lambda: "a" in 5,
    lambda: 1 in "abc", lambda: [].append(), lambda: [].append(1, 2), lambda: "x".upper(1),
    lambda: range("a"), lambda: getattr(1, 2), lambda: "{:d}".format("a"), lambda: pow(2, 3, 1.5),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
