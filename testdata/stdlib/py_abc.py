from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f'{self.name()} {self.area()}'


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def name(self):
        return 'square'


print(Sq(3).describe(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print('TypeError', e)


class Half(Shape):
    def area(self):
        return 0


try:
    Half()
except TypeError as e:
    print('TypeError', e)


class Duck(metaclass=ABCMeta):
    pass


Duck.register(int)
print(isinstance(3, Duck), issubclass(bool, Duck), isinstance('x', Duck))

print(isinstance([], cabc.Sequence), isinstance((), cabc.MutableSequence))
print(isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping))
print(isinstance(iter([]), cabc.Iterator), isinstance([], cabc.Iterable), isinstance(5, cabc.Iterable))
print(isinstance(len, cabc.Callable), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance({1}, cabc.Set), isinstance(frozenset(), cabc.MutableSet))


class Bag(cabc.Sized, cabc.Iterable):
    def __len__(self):
        return 2

    def __iter__(self):
        return iter([1, 2])


print(isinstance(Bag(), cabc.Sized), len(Bag()), list(Bag()))


class Seq(cabc.Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]

    def __len__(self):
        return 3


s = Seq()
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))


class Store(cabc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


st = Store()
st.update(a=1, b=2)
st.setdefault('c', 3)
print(dict(st), st.get('z'), st.pop('a'), list(st.keys()), list(st.items()), 'b' in st)
