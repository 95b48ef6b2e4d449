it = iter([1, 2, 3])
print(type(it).__name__, next(it), list(it), next(it, "done"))
print(type(iter("ab")).__name__, type(iter(range(2))).__name__, type(iter({})).__name__, type(iter(())).__name__)
print(type(iter({1})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
r = reversed([1, 2])
print(type(r).__name__, list(r))
e = enumerate([])
print(iter(e) is e, iter(zip()) is not None)
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
s = iter(Seq())
print(type(s).__name__, list(s))
print(list(iter(iter([1, 2]))), hasattr([], "__next__"), hasattr(iter([]), "__next__"))
import itertools
c = itertools.count()
print(next(c), next(c), c.__next__())
li = iter([1, 2, 3, 4])
for x in li:
    print("x", x, "skip", next(li, None))
