it = iter(range(3))
print(list(it), list(it))
sentinel_src = iter([1, 2, 0, 3])
print(list(iter(lambda: next(sentinel_src), 0)))
print(sum(1 for _ in iter(range(10))), any(iter([])), max(iter([3, 9, 1])))
print(sorted(iter({3, 1, 2})), list(enumerate(iter("ab"))))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(4)), [x for x in Countdown(2)], 3 in Countdown(5))
print(dict(enumerate("xyz")), list(zip(Countdown(3), "abc")))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(min(Countdown(5)), sorted(Countdown(3)), tuple(reversed(list(Countdown(3)))))
a = [1, 2, 3]
it = iter(a)
a.append(4)
print(list(it))
d = {"a": 1}
di = iter(d)
print(next(di), next(di, "none"))
print(list(filter(lambda x: x > 1, Countdown(3))), list(map(str, Countdown(2))))
