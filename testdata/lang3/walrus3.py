data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
vals = []
it = iter(data)
while (v := next(it, None)) is not None:
    vals.append(v * 2)
print(vals)
print([y for x in data if (y := x * 10) > 30])
print(y)
def f():
    [z := i for i in range(3)]
    return z
print(f())
print((a := 5) + a)
total = 0
print([total := total + x for x in [1, 2, 3]], total)
m = None
if m := "123abc".partition("a")[0]:
    print(m)
print({k: (sq := k * k) for k in range(3)}, sq)
def g(x):
    return (w := x + 1) * w
print(g(3))
print(any((hit := x) > 5 for x in data), hit)
