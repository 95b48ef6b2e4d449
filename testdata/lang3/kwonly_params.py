def f(a, b, /, c, d=4, *, e, f=6, **kw):
    return (a, b, c, d, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, g=7))
for call in [lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, e=1), lambda: f(1, 2, 3, 4, 5, e=1),
             lambda: f(1, 2, 3, e=1, c=9)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def only_kw(*, x, y=2): return x + y
print(only_kw(x=1), only_kw(y=5, x=1))
try:
    only_kw(1)
except TypeError as e:
    print("TypeError:", e)
def star(*args, sep="-"): return sep.join(map(str, args))
print(star(1, 2, 3), star(1, 2, sep="+"))
def pos_kw_same(a, /, **kw): return a, kw
print(pos_kw_same(1, a=2))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, sorted(f.__kwdefaults__.items()))
def dflt(x, acc=[]):
    acc.append(x)
    return acc
print(dflt(1), dflt(2), dflt(3, []))
