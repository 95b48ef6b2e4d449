# The iterator protocol: iter/next, custom iterators, StopIteration, sentinel default.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "default"))
try:
    next(c)
except StopIteration:
    print("StopIteration")
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), [x * 2 for x in r])
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
print(iter(it) is it)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), next(di))
e = enumerate(["x", "y"])
print(next(e), next(e))
z = zip([1, 2], [3, 4], [5, 6])
print(next(z), list(z))
m = map(str.upper, ["a", "b"])
print(list(m), list(m))
for a, b in zip(Countdown(3), "abc"):
    print(a, b)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return "item" + str(i)
print(list(Seq()), list(iter(Seq())))
print(list(reversed(range(3))), list(reversed("abc")), list(reversed([1, 2])))
