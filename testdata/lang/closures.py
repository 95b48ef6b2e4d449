# Closures: counters, late binding, cells shared between closures, function attributes.
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double(triple(2)))
def make_acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = make_acc()
print(acc(1), acc(2), acc(10))
acc2 = make_acc()
print(acc2(100), acc(0))
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = pair()
set_(42)
print(get())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
def gen_closures():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in gen_closures()])
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))
print(double.__name__, make_multiplier.__name__, (lambda: 0).__name__)
def memo_closure():
    cache = {}
    def f(n):
        if n not in cache:
            cache[n] = n * n
        return cache[n], len(cache)
    return f
m = memo_closure()
print(m(3), m(3), m(4))
