# Generator expressions and lazy evaluation.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(2) for j in "ab"))
log = []
def noisy(v):
    log.append(v)
    return v
lazy = (noisy(i) for i in range(5))
print(log)
print(next(lazy), log)
print(any(noisy(v) > 10 for v in [5, 20, 30]), log)
print(all(v < 3 for v in [1, 2, 3, 0]))
print(sorted((x % 3, x) for x in range(7)))
print(dict((k, len(k)) for k in ["one", "three"]))
print(tuple(c.upper() for c in "abc"), "".join(c for c in "hello" if c != "l"))
print(set(x % 2 for x in range(10)) == {0, 1})
def squares(n):
    return (i * i for i in range(n))
s = squares(4)
for v in s:
    print("sq", v)
print(list(s))
nested = (x for x in (y * 2 for y in range(4)) if x > 2)
print(list(nested))
it = iter([1, 2, 3])
print(list(x for x in it), list(it))
print(min((x for x in []), default="empty"))
