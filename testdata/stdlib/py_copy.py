import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s)
d = {'x': [1], 'y': (2, [3])}
e = copy.deepcopy(d)
d['y'][1].append(4)
print(d, e)

r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[0])


class P:
    def __init__(self, x, items):
        self.x = x
        self.items = items

    def __repr__(self):
        return f'P({self.x}, {self.items})'


p = P(1, [1, 2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(3)
print(p, p2, p3, type(p3).__name__, p2.items is p.items, p3.items is p.items)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('copy hook')
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo) * 10)


h = Hooked(2)
print(copy.copy(h).v, copy.deepcopy(h).v)
print(copy.deepcopy([h, h])[0].v)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
print(copy.deepcopy(len) is len, copy.copy(int) is int)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y)
