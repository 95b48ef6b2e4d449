from collections.abc import MutableMapping, Sequence, Iterator, Generator
class LowerDict(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
d = LowerDict()
d["A"] = 1; d["b"] = 2
print(d["a"], len(d), list(d), "B" in d, d.get("c", 0), sorted(d.items()), d.pop("a"), list(d.keys()))
d.update(X=9); d.setdefault("y", 8)
print(dict(d), isinstance(d, MutableMapping))
class Squares(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), s[1:3], 9 in s, s.index(16), s.count(4), list(reversed(s)))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(iter([]), Iterator), isinstance([], Iterator))
