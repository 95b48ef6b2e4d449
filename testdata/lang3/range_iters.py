# A range's first iterator comes with the range; later ones are new: every
# iterator of one range is independent, and outlives the range.
r = range(2, 11, 3)
a = iter(r)
b = iter(r)
print(next(a), next(a), next(b), list(a), list(b), list(r))
c = iter(range(4))
print(next(c), list(c), type(c).__name__)
its = [iter(range(i)) for i in range(5)]
print([list(it) for it in its])
r = range(5)
for x in r:
    for y in r:
        if y > x:
            break
    print(x, y, end="; ")
print()
print(list(reversed(r)), list(iter(r)), r.count(3), r[1:3], len(range(-5)), list(range(-5)))
def gen():
    it = iter(range(3))
    yield from it
print(list(gen()), sum(range(10**20, 10**20 + 3)))
