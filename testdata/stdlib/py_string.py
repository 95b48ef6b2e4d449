import string

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(string.capwords(' hello   wORLD  again '))
print(string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}; costs $$5 $who')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = string.Template('line one\ncost: $ 5')
print(bad.is_valid())
try:
    bad.substitute()
except ValueError as e:
    print('ValueError', e)
print(bad.safe_substitute())
print(string.Template('${a}b $a_1 ${ x}').safe_substitute(a=1, a_1=2))


class Pct(string.Template):
    delimiter = '%'


print(Pct('%name is %%%{n}').substitute(name='x', n=3))
