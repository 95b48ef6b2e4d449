# C(args) for plain classes: the class's __init__ is remembered between
# calls; rebinding, adding or deleting __init__/__new__ and changing bases
# must be seen by the next call.


class P:
    def __init__(self, x):
        self.x = x


def make(cls, n):
    return [cls(i) for i in range(n)]


print([p.x for p in make(P, 3)])


def init2(self, x):
    self.x = x * 10


P.__init__ = init2
print([p.x for p in make(P, 3)])


class Q(P):
    pass


print([q.x for q in make(Q, 2)])


def qinit(self, x):
    self.x = -x


Q.__init__ = qinit
print([q.x for q in make(Q, 2)])
del Q.__init__
print([q.x for q in make(Q, 2)])


class Callable:
    def __get__(self, obj, typ):
        def bound(x):
            obj.x = ("descr", x)
        return bound


P.__init__ = Callable()
print([p.x for p in make(P, 2)])
P.__init__ = init2


def new(cls, x):
    print("__new__", cls.__name__, x)
    return object.__new__(cls)


P.__new__ = new
print([p.x for p in make(P, 2)])


class A:
    def __init__(self, x):
        self.x = ("A", x)


class B:
    def __init__(self, x):
        self.x = ("B", x)


class C(A):
    pass


print(make(C, 1)[0].x)
C.__init__ = B.__init__
print(make(C, 1)[0].x)
del C.__init__
A.__init__ = B.__init__
print(make(C, 1)[0].x)


class R:
    def __init__(self, x):
        return x


try:
    make(R, 2)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print([m.x for m in make(M, 2)])


def gen_init(self, x):
    self.x = x
    yield


class G:
    __init__ = gen_init


try:
    G(1)
except TypeError as e:
    print("TypeError:", e)
