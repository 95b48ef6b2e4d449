x = "global"
class C:
    x = "class"
    y = x + "!"
    def f(self):
        return x
    z = [x for _ in range(2)]
    w = [i * 2 for i in range(3)]
print(C.y, C().f(), C.z, C.w)
class D:
    a = 1
    b = a + 1
    def g(self): return self.a
    del a
print(hasattr(D, "a"), D.b)
def make():
    v = "enclosing"
    class K:
        v = "klass"
        def get(self): return v
        u = v
    return K
K = make()
print(K().get(), K.u, K.v)
class Counter:
    n = 0
    for i in range(5):
        n += i
    del i
print(Counter.n, hasattr(Counter, "i"))
class Ord:
    b = 1
    a = 2
    c = 3
print([k for k in vars(Ord) if not k.startswith("_")])
