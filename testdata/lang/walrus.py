# Assignment expressions (walrus) in if, while, comprehensions, calls.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
it = iter(data)
while (x := next(it, None)) is not None:
    print("got", x)
print("x after loop", x)
vals = [y for v in data if (y := v * 2) > 7]
print(vals, y)
print([last := v for v in range(4)], last)
total = 0
print([total := total + v for v in [1, 2, 3, 4]], total)
def f(v):
    return v * 10
print([(v, r) for v in range(5) if (r := f(v)) % 20 == 0])
print((z := 5) + z, z)
print(max(w := [4, 7, 2]), w)
chunks = []
s = "abcdefgh"
i = 0
while (piece := s[i:i + 3]):
    chunks.append(piece)
    i += 3
print(chunks)
if not (m := 0):
    print("m is falsy", m)
def g():
    [q := 1 for _ in range(2)]
    return q
print(g())
print(any((hit := v) > 8 for v in data), hit)
