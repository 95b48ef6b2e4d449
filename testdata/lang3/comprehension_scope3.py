i = "outer"
squares = [i * i for i in range(4)]
print(squares, i)
d = {k: v for k, v in zip("abc", range(3))}
print(d)
s = {n % 4 for n in range(10)}
print(sorted(s))
nested = [[r * c for c in range(3)] for r in range(3)]
print(nested)
flat = [x for row in nested for x in row if x % 2 == 0]
print(flat)
class C:
    v = 5
    lst = [v2 for v2 in range(3)]
    try:
        bad = [v for _ in range(2)]
    except NameError as e:
        print("NameError:", e)
print(C.lst)
def f():
    y = 3
    return [y * k for k in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([fn() for fn in funcs2])
print([(a, b) for a in range(3) for b in range(a, 3) if a != b])
print([w for w in ("x", "y") if (n := len(w))], n)
print({x: [y for y in range(x)] for x in range(4)})
print([[j for j in range(i)] for i in range(4)])
