class K:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def add(self, n): return self.v + n
k = K(3)
m = k.get
print(m())
print(m.__self__ is k, m.__func__ is K.get)
print(m.__name__, m.__qualname__)
print(K.get(k), K.add(k, 4))
f = k.add
k.v = 10
print(f(1))
print(k.get == k.get, k.get is k.get)
print(K(1).get == K(1).get)
ms = [K(i).add for i in range(3)]
print([g(10) for g in ms])
print(type(m).__name__, type(K.get).__name__)
def outside(self): return "outside " + str(self.v)
K.o = outside
print(k.o())
k.inst = outside
try:
    k.inst()
except TypeError as e:
    print("TypeError:", e)
print(k.inst(k))
print(callable(m), callable(k))
