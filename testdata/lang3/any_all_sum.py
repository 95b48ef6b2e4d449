# any()/all()/sum(): list and tuple fast paths read items in place; the
# iterators of other iterables are released, also on early exit and errors.
import sys
l = [1, 2, "x"]
try:
    sum(l)
except TypeError as e:
    print(e)
print(sys.getrefcount(l))
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
print(any([B(False), B(True), B(True)]), all((B(True), B(False), B(True))))
print(any([]), all([]), any(()), all(()), any(x for x in [0, 0, 1]))
m = [0, 0]
class Grow:
    def __bool__(self):
        m.append(1)
        return False
m.insert(1, Grow())
print(any(m), len(m))
class Bad:
    def __bool__(self): raise ValueError("bad bool")
try:
    any([0, Bad()])
except ValueError as e:
    print("ValueError", e)
try:
    all((1, Bad()))
except ValueError as e:
    print("ValueError", e)
class L(list): pass
print(any(L([0, 1])), all(L([0, 1])))
# an early exit releases the list iterator: the list's count is back
k = [3, 0]
it_base = sys.getrefcount(k)
any(iter(k)); all(iter(k)); any(k); all(k)
print(sys.getrefcount(k) - it_base)
class D:
    def __del__(self):
        print("del D")
d = [D(), 0]
any(d)
del d
print("end")
