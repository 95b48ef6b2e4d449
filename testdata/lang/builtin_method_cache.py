# LOAD_METHOD remembers the Go method it found on a built-in type (and on
# subclasses of built-in types) per call site; a class change must be seen.
class L(list):
    pass


def add(x, v):
    x.append(v)
    return len(x)


def words(s):
    return s.upper().split("-")


lst = L()
plain = []
for i in range(3):
    add(lst, i)
    add(plain, i)
print(lst, plain)
L.append = lambda self, v: list.append(self, v * 10)
add(lst, 5)
add(plain, 5)
print(lst, plain)
del L.append
add(lst, 6)
print(lst)
L.__getattribute__ = lambda self, name: (lambda v: print("intercepted", name, v))
add(lst, 7)
print(lst)
del L.__getattribute__
for s in ["a-b", "c", "x-y-z"]:
    print(words(s))
print([add(x, 1) for x in (plain, lst, [], L([1, 2]))])
d = {}
for k in "abcab":
    d[k] = d.get(k, 0) + 1
print(d)
