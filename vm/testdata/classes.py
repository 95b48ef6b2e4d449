class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def greet(self):
        return "hello " + self.name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Child(Base):
    def greet(self):
        return super().greet().upper()
    @property
    def size(self):
        return len(self.name)
    @staticmethod
    def st(x):
        return x * 2
    @classmethod
    def make(cls, n):
        return cls(n)
c = Child.make("bob")
print(c, c.greet(), c.size, Child.st(4), Base.count, c == Child("bob"), len({c, Child("bob")}))
m = c.greet
print(m(), m.__self__ is c, Child.greet(c))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __bool__(self):
        return bool(self.x or self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __contains__(self, v):
        return v in (self.x, self.y)
v = Vec(1, 2) + Vec(3, 4)
print(list(v), v[1], len(v), bool(Vec(0, 0)), v(10), 3 in v, list(2 * v))
x, y = v
print(x, y)
class Dyn:
    def __getattr__(self, name):
        return name * 2
d = Dyn()
print(d.ab, getattr(d, "c"))
class Err(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Err(7)
except Err as e:
    print(e, e.code, e.args)
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__)
class Slots:
    a = [i for i in range(3)]
print(Slots.a)
def make_counter():
    class Counter:
        total = 0
        def inc(self):
            Counter.total += 1
            return Counter.total
    return Counter()
ct = make_counter()
ct.inc()
print(ct.inc())
class Ctx:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        print("exit args", a[0].__name__ if a[0] else a)
        return True
with Ctx() as s:
    print(s)
    raise KeyError
print("ok")
class Patch:
    def m(self):
        return "old"
p = Patch()
outs = []
for i in range(3):
    outs.append(p.m())
    if i == 0:
        Patch.m = lambda self: "new"
    if i == 1:
        p.m = lambda: "instance"
print(outs)
class Attr:
    pass
a = Attr()
res = []
for i in range(3):
    a.x = i
    res.append(a.x)
    if i == 1:
        Attr.x = property(lambda self: "prop", lambda self, v: None)
print(res)
