class D(dict):
    pass

d = D(a=1)
d['b'] = 2
print(d, type(d) is D, isinstance(d, dict), len(d))
d.x = 5
print(d.x, d.__dict__)

class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing()
print(m['ab'], 'ab' in m)

class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print('get', k)
        return dict.__getitem__(self, k)
l = Logging()
l['x'] = 1
print(l['x'])
print(l.get('x'), list(l.items()))

class R(dict):
    def __repr__(self):
        return 'R(' + dict.__repr__(self) + ')'
print(R(z=1), repr([R()]))

class Init(dict):
    def __init__(self, *args, **kw):
        self.count = len(args)
        super().__init__(*args, **kw)
i = Init([(1, 2)], y=3)
print(i, i.count)
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1))
print(type(D(a=1).copy()))
print(D.fromkeys([1, 2]), type(D.fromkeys([1])))
