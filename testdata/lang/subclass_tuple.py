class T(tuple):
    pass
t = T([1, 2])
print(t, type(t).__name__, isinstance(t, tuple), t == (1, 2), hash(t) == hash((1, 2)))

class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f'P(x={self[0]}, y={self[1]})'
p = P(1, 2)
print(p, p.x, p[1], len(p), list(p), p + (3,), type(p + (3,)).__name__)
a, b = p
print(a, b, {p: 1}[(1, 2)])

from collections import namedtuple
Point = namedtuple('Point', 'x y')
pt = Point(1, y=2)
print(pt, pt.x, pt.y, pt._replace(x=5), pt._asdict(), Point._make([3, 4]))
print(isinstance(pt, tuple), pt == (1, 2), tuple(pt))

class E(tuple):
    __slots__ = ()
print(E(), E(range(3)))
print(T() == (), T(), type(T()).__name__)
