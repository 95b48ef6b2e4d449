class S(set):
    pass
s = S([1, 2])
s.add(3)
print(sorted(s), type(s).__name__, isinstance(s, set), 2 in s, len(s))
print(s, S())
class FS(frozenset):
    pass
fs = FS([1])
print(fs, hash(fs) == hash(frozenset([1])), fs | {2}, type(fs | {2}).__name__)

class abstractclassmethod(classmethod):
    __isabstractmethod__ = True
    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)

class A:
    @abstractclassmethod
    def f(cls):
        return cls.__name__
print(A.f(), type(A.__dict__['f']).__name__, A.__dict__['f'].__isabstractmethod__)

class cprop(property):
    pass
class C:
    @cprop
    def v(self):
        return 10
print(C().v, type(C.__dict__['v']).__name__)

from collections import deque, OrderedDict, defaultdict, Counter
class Dq(deque):
    def peek(self):
        return self[-1]
q = Dq([1, 2, 3], maxlen=5)
q.append(4)
print(q, q.peek(), type(q).__name__, len(q), type(q.copy()).__name__)

dd = defaultdict(list)
dd['a'].append(1)
print(dd)
c = Counter('abracadabra')
print(c.most_common(2))
od = OrderedDict(a=1)
od['b'] = 2
print(od)

class Slotted:
    __slots__ = ('a',)
o = Slotted()
o.a = 1
print(o.a)

class Multi(dict):
    def __init__(self):
        super().__init__()
        self.__dict__['x'] = 1
print(Multi().x)

class WithDel(list):
    def __del__(self):
        print('del', list(self))
w = WithDel([1])
del w
print('end')
