# Comprehension lists are presized from their iterator (list, tuple, range,
# enumerate over those), and enumerate over a list shares its allocation with
# the list iterator. None of that may show: results, mutation during
# iteration, subclasses and reference counts behave as always.
import sys

# sizes around the presizing limits
for n in [0, 1, 3, 4, 5, 63, 64, 65, 200]:
    src = list(range(n))
    a = [x * 2 for x in src]
    b = [x for x in src if x % 3 == 0]
    c = [(i, x) for i, x in enumerate(src)]
    d = [x for x in tuple(src)]
    e = [x for x in range(n)]
    f = [i + x for i, x in enumerate(tuple(src))]
    print(n, len(a), sum(a), len(b), len(c), c[-1:] if c else c, d == src, e == src, sum(f))

# nested for clauses: only the outer iterator is known
print([(x, y) for x in range(3) for y in range(x)])

# the list grows while a comprehension runs over it
src = [1, 2, 3, 4, 5]
out = []
r = [out.append(x) or x for x in src if len(src) < 12 and (src.append(x + 10) or True)]
print(r, src)

# the list shrinks while enumerate runs over it
src = list(range(10))
seen = []
for i, x in enumerate(src):
    seen.append((i, x))
    if src:
        src.pop()
print(seen, src)

# enumerate over a list: next(), exhaustion, restarting and start=
src = ['a', 'b', 'c']
e = enumerate(src)
print(next(e), next(e))
print(list(e), list(e))
print(list(enumerate(src, 5)), list(enumerate(src, start=-2)))
print(type(e).__name__, isinstance(e, enumerate))
e = enumerate(src)
src.append('d')
print(list(e))

# a list subclass with its own __iter__ is iterated through it
class L(list):
    def __iter__(self):
        return iter(['sub'] * len(self))

print(list(enumerate(L([1, 2]))), [x for x in L([1, 2, 3])])

# an enumerate that is dropped half way releases the list
src = [object() for _ in range(3)]
before = sys.getrefcount(src)
e = enumerate(src)
next(e)
during = sys.getrefcount(src)
del e
print(during - before, sys.getrefcount(src) - before)
e = enumerate(src)
list(e)
print(sys.getrefcount(src) - before)
del e

# generator iterators and dict views give no hint: results as usual
print([x for x in (y * y for y in range(6))], [k for k in {'p': 1, 'q': 2}])
