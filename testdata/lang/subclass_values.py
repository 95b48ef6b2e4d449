class I(int):
    pass
i = I(5)
print(i, repr(i), i + 1, type(i + 1).__name__, i * 2, -i, i == 5, hash(i) == hash(5), type(i).__name__)
print(f'{i:04d}', '%d' % i, str(i), int(i), float(i), [1, 2, 3, 4, 5, 6][i], isinstance(i, int))

class Double(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __repr__(self):
        return f'Double({int(self)})'
d = Double(21)
print(d, repr(d), d + 0, d > 40)

class F(float):
    def __str__(self):
        return 'F!'
f = F(1.5)
print(f, repr(f), f * 2, round(f), f'{f:.3f}', f.is_integer(), type(f).__name__)

class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hello')
print(s, repr(s), s.shout(), s + ' world', len(s), s[1:], s == 'hello', 'ell' in s, hash(s) == hash('hello'))
print({s: 1}['hello'], {'hello': 2}[s], f'{s:>8}', '%s' % s, s.split('l'), ','.join([s, 'x']))
s.attr = 1
print(s.attr, type(s).__name__, str(s), type(str(s)).__name__)

class B(bytes):
    pass
b = B(b'abc')
print(b, len(b), b[0], b + b'd', b.decode(), type(b).__name__)

class Flag(int):
    def __new__(cls, value, name):
        obj = int.__new__(cls, value)
        obj.name = name
        return obj
fl = Flag(3, 'three')
print(fl, fl.name, fl | 4, fl & 1)
try:
    class X(bool):
        pass
except TypeError as e:
    print(e)
