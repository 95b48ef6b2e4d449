# What built-in iterators do once exhausted, and with errors, as CPython:
# enumerate, zip, map and filter keep their iterators and ask them again on
# every later next(); reversed() and the tuple iterator let go of their
# sequence at the end; an error from a sequence's __getitem__ ends reversed().
import sys


class Resumable:
    """An iterator that stops every third call, then produces again."""
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls % 3 == 0:
            raise StopIteration
        return self.calls


for name, make in [("enumerate", lambda r: enumerate(r)),
                   ("map", lambda r: map(str, r)),
                   ("filter", lambda r: filter(None, r)),
                   ("zip", lambda r: zip(r, "abcdef"))]:
    r = Resumable()
    it = make(r)
    print(name, list(it), list(it), next(it, "end"), r.calls)

# zip takes one item too many from a longer first iterator, every time
a = iter(range(10))
z = zip(a, "xy")
print(list(z), next(a), list(z), next(a))

# references held after the end
src = [object()]
base = sys.getrefcount(src)
for make in [iter, enumerate, lambda s: map(id, s), lambda s: filter(None, s),
             lambda s: zip(s)]:
    it = make(src)
    list(it)
    print(sys.getrefcount(src) - base, end=" ")
    del it
print()
tu = (object(), object())
base = sys.getrefcount(tu)
it = iter(tu)
list(it)
print(sys.getrefcount(tu) - base)
it = reversed(tu)
next(it)
print(sys.getrefcount(tu) - base, list(it) == [tu[0]], sys.getrefcount(tu) - base)
del it


class Seq:
    def __init__(self, bad):
        self.bad = bad

    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == self.bad:
            raise ValueError("bad index %d" % i)
        if i >= 4:
            raise IndexError(i)
        return i * 10


it = reversed(Seq(2))
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(list(it), next(it, "end"))
it = reversed(Seq(-1))
print(list(it), list(it))
