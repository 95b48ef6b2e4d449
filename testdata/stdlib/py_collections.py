from collections import (deque, defaultdict, Counter, namedtuple,
                         OrderedDict, ChainMap, UserDict, UserList)

# defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd)
print(dd['zzz'], len(dd), 'zzz' in dd)
ints = defaultdict(int)
for ch in 'mississippi':
    ints[ch] += 1
print(sorted(ints.items()), ints.default_factory)
plain = defaultdict()
print(plain)
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)
print(isinstance(dd, dict), dd == {'a': [1, 3], 'b': [2], 'zzz': []})
d2 = dd.copy()
d2['a'].append(9)
print(type(d2).__name__, d2['a'], dd['a'])
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError', e)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(dict(nested['x']))

# Counter
c = Counter('abracadabra')
print(c)
print(c.most_common(2), c.most_common()[-1])
print(c['a'], c['zzz'], c.total())
print(sorted(c.elements()))
c.update('aaz')
c.subtract({'b': 5})
print(c)
print(+c)
print(-c)
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=1)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2)
c1 += Counter(c=2)
print(c1)
print(Counter(), Counter(a=0) == Counter(), Counter('ab') <= Counter('aab'))
del c1['nope']
print(Counter(['x', 'y', 'x']).most_common(1))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)

# namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
print(p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
print(p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)))
x, y = p
print(x + y, p._fields, Point.__name__, repr(Point)[:8])
P3 = namedtuple('P3', 'a, b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple('R', ['ok', 'def', 'ok', '_x'], rename=True)
print(R._fields)
for bad in [('1x', 'a'), ('T', 'a class'), ('T', 'a a'), ('T', '_a')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except TypeError as e:
    print('TypeError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')


class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -5)
print(v, v.norm1, sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

# OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od))
od.move_to_end('b')
print(list(od.keys()))
od.move_to_end('b', last=False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
o1 = OrderedDict([('x', 1), ('y', 2)])
o2 = OrderedDict([('y', 2), ('x', 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {'y': 2, 'x': 1}, o1 != o2)
print(OrderedDict(), OrderedDict.fromkeys('ab', 0))
try:
    o1.move_to_end('q')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)

# ChainMap
defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm)
cm['color'] = 'blue'
print(cm, args)
child = cm.new_child({'user': 'root'})
print(child['user'], child.parents['user'], child.maps[-1] is defaults)
print(cm.get('nope', 0), dict(cm))
try:
    del cm['user2']
except KeyError as e:
    print('KeyError', e)

# deque
dq = deque([1, 2, 3], maxlen=5)
dq.appendleft(0)
dq.extend([4, 5, 6])
print(dq, dq.maxlen, dq[0], dq[-1], len(dq))
dq.rotate(2)
print(dq, dq.popleft(), dq.pop(), dq)

# UserDict / UserList
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({'A': 1})
ld['B'] = 2
print(ld, ld['a'], 'b' in ld, len(ld), sorted(ld.keys()), ld.get('zz', -1))
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], len(ul), ul + [9], ul == [0, 1, 2, 3])
