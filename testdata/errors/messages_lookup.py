# Exact messages of IndexError/KeyError/ValueError/AttributeError from built-in operations.
class C:
    def __init__(self):
        self.value = 1
cases = [
    lambda: [][0], lambda: [1, 2][5], lambda: [1][-2], lambda: "abc"[10], lambda: (1,)[3],
    lambda: range(3)[5], lambda: b"ab"[2], lambda: bytearray(1)[4], lambda: [].pop(), lambda: [1].pop(3),
    lambda: {}.popitem(), lambda: set().pop(), lambda: {1: 2}[3], lambda: {"a": 1}["b"],
    lambda: {(1, 2): 0}[(2, 1)], lambda: {}[None], lambda: {1}.remove(2), lambda: {"k": 1}.pop("x"),
    lambda: [1].remove(2), lambda: [1].index(2), lambda: (1,).index(2), lambda: "abc".index("z"),
    lambda: "abc".rindex("z"), lambda: int("x"), lambda: int("1.5"), lambda: int("12", 2),
    lambda: float("x"), lambda: float(""), lambda: int(""), lambda: chr(-1), lambda: chr(0x110000),
    lambda: "a".encode("nope"), lambda: (1, 2, 3).index(9), lambda: range(0, 1, 0),
    lambda: [1, 2].index(1, 1), lambda: "x".center(5, "ab"), lambda: "ab".split(""),
    lambda: (2).to_bytes(0, "big"), lambda: max([]), lambda: min(()), lambda: bytes([256]),
    lambda: bytes([-1]), lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "{0}{1}".format(1),
    lambda: "{a}".format(b=1), lambda: [1, 2, 3][::0], lambda: divmod(1, 0), lambda: 1 % 0,
    lambda: 1 // 0, lambda: 1.0 / 0, lambda: 1.0 % 0.0, lambda: 0 ** -1, lambda: 10 ** 400 * 1.0,
    lambda: 2.0 ** 5000, lambda: float(10 ** 400), lambda: int(float("inf")), lambda: 1 << -1,
    lambda: (1).foo, lambda: "s".foo, lambda: [].foo, lambda: None.foo, lambda: C().valeu,
    lambda: C().missing, lambda: C.missing, lambda: [].appendd, lambda: {}.iteritems,
    lambda: setattr(1, "x", 2), lambda: delattr(C(), "nope"), lambda: object().x,
    lambda: (lambda: 0).nope, lambda: "abc".startswith(1), lambda: int("0x", 16),
    lambda: dict.fromkeys(1), lambda: list(range(3)).insert("a", 1), lambda: [1, 2][1:2:0],
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
