class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def depth_first(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t), sum(t), max(t), 5 in t)
for d, v in t.depth_first():
    print("  " * d + str(v))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return (self.n - 1 - i for i in range(self.n))
r = Range2(4)
print(list(r), list(reversed(r)), [x * y for x in r for y in r if x < y])
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
