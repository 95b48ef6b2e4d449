# Dunder methods: comparison, arithmetic, container protocol, callable, hash.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b), bool(V(0, 0)), bool(a))
print(a == V(1, 2), a != b, a < b, b > a, sorted([b, a, V(0, 9)]))
print(len({a, V(1, 2), b}), a in [V(1, 2)], {a: "A"}[V(1, 2)])
acc = V(0, 0)
acc += a
acc += a
print(acc)
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
    def __len__(self):
        return len(self.data)
    def __contains__(self, k):
        return k in self.data
    def __iter__(self):
        return iter(sorted(self.data))
g = Grid()
g[1, 2] = "x"
g[0, 0] = "o"
print(g[1, 2], g[5, 5], len(g), (0, 0) in g, list(g))
del g[0, 0]
print(len(g), list(g))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, v):
        return v + self.n
add5 = Adder(5)
print(add5(10), callable(add5), list(map(add5, [1, 2])))
class NoCmp:
    pass
print(NoCmp() == NoCmp(), V(1, 1) == 5, (V(1, 1) == "x"))
class Rev:
    def __eq__(self, o):
        return "Rev.__eq__ called"
print(5 == Rev(), Rev() == 5)
