class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
print(3 in Box([1, 3]), 4 not in Box([1]))
class It:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("iter")
        return iter(range(self.n))
print(2 in It(5), 9 in It(3))
class Old:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 2
print(list(Old()), 4 in Old(), 5 in Old())
for v in Old(): print("old", v)
class Count:
    def __init__(self, lo, hi): self.cur, self.hi = lo, hi
    def __iter__(self): return self
    def __next__(self):
        if self.cur >= self.hi: raise StopIteration
        self.cur += 1
        return self.cur - 1
c = Count(1, 4)
print(list(c), list(c))
print(next(iter(Count(5, 6))), next(Count(9, 9), "default"))
a, b, *rest = Count(0, 5)
print(a, b, rest)
print(sum(Count(0, 101)), sorted(Count(0, 3), reverse=True))
class NotIt: pass
try:
    iter(NotIt())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
