# Comprehensions in functions run inline (PEP 709): the iteration variables
# do not leak and do not disturb the function's own variables of the same
# name, also when the comprehension raises; closures, walrus, super(),
# nested comprehensions and tracebacks keep their meaning.


def shadow(xs):
    x = "outer"
    r = [x * 2 for x in xs]
    return r, x


print(shadow([1, 2]))


def unbound_after(xs):
    r = [y for y in xs]
    try:
        return r, y
    except NameError as e:
        return r, "NameError: " + str(e)


print(unbound_after("ab"))


def iterable_sees_outer():
    x = [3, 4]
    return [x for x in x], x


print(iterable_sees_outer())


def restored_after_error(xs):
    k = "kept"
    try:
        [1 // k for k in xs]
    except ZeroDivisionError as e:
        print("caught", e, "k =", k)
    try:
        {j: 1 // j for j in xs}
    except ZeroDivisionError:
        pass
    print(sorted(n for n in locals()))


restored_after_error([1, 0, 2])


def param_reused(i):
    squares = [i * i for i in range(4)]
    return squares, i


print(param_reused("param"))


def free_vars(n):
    base = n * 10
    return [base + i for i in range(n)], {i: base for i in range(2)}, {base - i for i in range(2)}


print(free_vars(3))


def nested(rows):
    return [[c * r for c in rows] for r in rows], [v for row in [[1, 2], [3]] for v in row if v != 2]


print(nested([1, 2, 3]))


def same_name_nested():
    return [[x for x in range(x)] for x in range(4)]


print(same_name_nested())


def walrus(xs):
    hits = [y for x in xs if (y := x * 2) > 2]
    return hits, y


print(walrus([1, 2, 3]))


def closure_outside(xs):
    t = 5
    f = lambda: t + 1
    return [t + x for x in xs], f()


print(closure_outside([1, 2]))


def closure_inside(xs):
    fs = [lambda: x for x in xs]
    return [f() for f in fs]


print(closure_inside([7, 8]))


def genexpr_inside(m):
    return [sum(v * w for v in row) for w, row in enumerate(m)]


print(genexpr_inside([[1, 2], [3, 4]]))


def cell_shadowed(xs):
    x = 1
    def g():
        return x
    r = [x for x in xs]
    return r, x, g()


print(cell_shadowed([5, 6]))


def global_same_name():
    a = [len for len in "ab"]
    return a, len("xyz")


print(global_same_name())


def in_generator(xs):
    for x in xs:
        yield [x + y for y in range(x)]


print(list(in_generator([1, 2, 3])))


def in_try_finally(xs):
    try:
        return [x for x in xs if x]
    finally:
        print("finally")


print(in_try_finally([0, 1, 2]))


class Base:
    def name(self):
        return "Base"


class Child(Base):
    def names(self):
        return [super().name() + str(i) for i in range(2)]

    def private(self):
        self.__p = 3
        return [self.__p * i for i in range(3)]


print(Child().names(), Child().private())


class Body:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]


print(Body.doubled)
lam = lambda xs: [x + 1 for x in xs]
print(lam([1, 2]))
default = lambda xs=[z for z in range(2)]: xs
print(default())


def locals_inside():
    a = 1
    return [sorted(locals()) for _ in range(1)]


print(locals_inside())


def traceback_line(xs):
    return [
        10 // x
        for x in xs
    ]


traceback_line([5, 0])
