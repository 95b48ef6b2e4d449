coords = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*coords)
print(xs, ys, sum(xs), list(zip(xs, ys)) == coords)
print(sorted(coords, key=lambda p: -p[1]), max(coords, key=lambda p: p[0] * p[1]))
def minmax(seq): return min(seq), max(seq)
lo, hi = minmax([4, 1, 9])
print(lo, hi, minmax("hello"))
t = 1, 2, 3
print(t, type(t).__name__, t[1:], t + (4,), (0,) * 3, (1, 2) * 0)
single = 5,
print(single, len(single), (5) == 5, (5,) == 5)
print(tuple(sorted({3, 1, 2})), tuple(reversed((1, 2))), tuple(map(str, (1, 2))))
print((1, 2, 3) < (1, 2, 4), (1, "a") < (1, "b"), (1,) < (1, 0), max((1, 2), (1, 3)))
from collections import namedtuple
Emp = namedtuple("Emp", "name dept salary")
emps = [Emp("ann", "eng", 100), Emp("bob", "ops", 80), Emp("cy", "eng", 120)]
print(sorted(emps, key=lambda e: e.salary)[0].name, sum(e.salary for e in emps if e.dept == "eng"))
print(emps[0]._replace(salary=200), emps[1]._asdict())
print([e.name for e in sorted(emps, key=lambda e: (e.dept, -e.salary))])
print(Emp._make(["x", "y", 1]), Emp(*("a", "b", 2)), Emp(**{"name": "n", "dept": "d", "salary": 0}))
