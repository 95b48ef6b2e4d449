import copy
class D(dict):
    pass
d = D(a=1)
print(d.__class__ is D, type(d).__mro__)
e = copy.copy(d)
print(type(e).__name__, e)
f = copy.deepcopy(d)
print(type(f).__name__, f)
def kw(**k): return k
print(kw(**d))
class L(list): pass
l = L([1, 2])
print(copy.copy(l), type(copy.copy(l)).__name__, copy.deepcopy(l))
import json
print(json.dumps(d), json.dumps(l))
class I(int): pass
print(I(5) + I(3), type(I(5) + I(3)).__name__, True + I(1), format(I(255), 'x'), '{}'.format(I(2)), I(7) // 2, divmod(I(7), 2), I(3) ** 2, abs(I(-3)), I(2) << 3)
print(sorted([I(3), I(1), 2]), max(I(3), 1), I('12'), I('ff', 16), I(3.7), I())
print(int(I(4)), type(int(I(4))).__name__, float(I(2)), range(I(3)), 'ab' * I(2), [0] * I(2), hex(I(255)))
class S(str): pass
s = S('abc')
print(s.upper(), type(s.upper()).__name__, s.startswith('a'), s.encode(), getattr(str, 'upper')(s), 'x'.join(S('yz')), S('a') < 'b', S('a') + S('b'), type(S('a') + S('b')).__name__)
print(str(s), repr(S('x')), len({S('a'), 'a'}), sorted([S('b'), 'a']), f'{s!r}', int(S('42')), float(S('1.5')))
print(getattr(d, S('keys')) is not None, hasattr(1, S('real')))
class F(float): pass
print(F(2.5) + 1, F('1e3'), F(), hash(F(1.5)) == hash(1.5), F(3.0) == 3, int(F(3.9)), round(F(2.567), 2), F(1)/F(4))
class T(tuple): pass
print(T((1,2))[::-1], T((1,)) * 2, type(T((1,)) * 1).__name__, T() + T(), type(T() + T()).__name__)
class FS(frozenset): pass
print(FS({1}) == frozenset({1}), FS() | FS(), type(FS() | FS()).__name__)
class Sb(set):
    def __iter__(self):
        return iter([9])
print(list(Sb([1])), set(Sb([1])), sorted(Sb([1, 2])))
class Tt(tuple):
    def __iter__(self):
        return iter(['x'])
print(list(Tt((1, 2))), tuple(Tt((1, 2))))
print(list.__new__(L), type(list.__new__(L)).__name__, dict.__new__(D), tuple.__new__(T, [1]))
class B(bytearray): pass
b = B(b'ab')
b.append(99)
print(b, type(b).__name__, len(b), bytes(b))
class C(complex): pass
print(C(1, 2), C(1, 2) * 2, C(1,2).real)
