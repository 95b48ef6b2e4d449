import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering, cache, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)

p = partial(int, base=2)
print(p('1011'), p.func is int, p.args, p.keywords)
print(repr(partial(pow, 2)))
add3 = partial(lambda a, b, c: a + b + c, 1)
add3b = partial(add3, 2)
print(add3b(3), add3b.args, add3b.func is add3.func)
print(repr(partial(max, 1, key=abs)))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info(), sq.cache_parameters())


@lru_cache
def ident(x):
    return x


ident(1); ident(1); ident(1.0)
print(ident.cache_info())


@lru_cache(typed=True)
def typed_ident(x):
    return x


typed_ident(1); typed_ident(1.0)
print(typed_ident.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(20), fact.cache_info().misses)
print(fib.__name__, fib.__wrapped__.__name__)


def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper


@deco
def answer(x):
    """Return x."""
    return x


print(answer(21), answer.__name__, answer.__doc__, answer.__wrapped__(1), answer.__qualname__)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted('bca', key=cmp_to_key(lambda a, b: cmp(b, a))))


@total_ordering
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, o):
        return self.n == o.n

    def __lt__(self, o):
        return self.n < o.n


print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), V(1) == V(1))
try:
    @total_ordering
    class Nope:
        pass
except ValueError as e:
    print('ValueError', e)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print('computing')
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)


@functools.singledispatch
def show(x):
    return 'obj'


@show.register(int)
def _(x):
    return 'int'


@show.register
def _(x: list):
    return 'list'


print(show(1), show([1]), show('s'), show(True))
