class Frac:
    def __init__(self, n, d=1):
        from math import gcd
        g = gcd(n, d) or 1
        if d < 0: n, d = -n, -d
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __neg__(self): return Frac(-self.n, self.d)
    def __sub__(self, o): return self + -o
    def __rsub__(self, o): return -self + o
    def __truediv__(self, o): return self * Frac(o.d, o.n)
    def __eq__(self, o): return (self.n, self.d) == (o.n, o.d) if isinstance(o, Frac) else self.n == o * self.d
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __float__(self): return self.n / self.d
    def __int__(self): return self.n // self.d
    def __repr__(self): return f"{self.n}/{self.d}"
    def __hash__(self): return hash((self.n, self.d))
a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b, 1 + a, 1 - a, 2 * b, a + 1)
print(float(a), int(Frac(7, 2)), a == Frac(2, 4), Frac(4, 2) == 2, sorted([a, b, Frac(1, 4)]))
print(sum([Frac(1, n) for n in range(1, 6)], Frac(0)))
