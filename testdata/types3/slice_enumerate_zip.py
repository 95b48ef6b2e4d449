s = slice(1, 10, 2)
print(s.start, s.stop, s.step, s, s.indices(5), list(range(10))[s])
print(slice(None).indices(3), slice(-3, None).indices(10), slice(5, 1, -1).indices(10))
print("abcdefgh"[slice(2, None)], (1, 2, 3, 4)[slice(None, None, -2)])
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1], [2], [3])))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))))
class Rev:
    def __reversed__(self): return iter(["custom"])
class Seq:
    def __len__(self): return 2
    def __getitem__(self, i): return i * 11
print(list(reversed(Rev())), list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
m = map(int, ["1", "2", "3"])
print(next(m), list(m), list(m))
z = zip(range(3), range(10, 13))
print(dict(z), type(e).__name__, type(m).__name__, type(z).__name__)
