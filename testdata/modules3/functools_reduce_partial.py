from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(operator.add, [], "init"))
int2 = partial(int, base=2)
print(int2("1010"), int2("11", base=10))
def f(a, b, c=0, *rest, **kw): return (a, b, c, rest, kw)
p = partial(f, 1, c=5)
print(p(2), partial(f, 1)(2, 3), p(2, z=9), p.func.__name__, p.args, p.keywords)
pp = partial(p, 10)
print(pp(), pp.args)
print(list(map(partial(pow, 2), range(6))))
add3 = partial(operator.add, 3)
print(add3(4), repr(type(add3).__name__))
