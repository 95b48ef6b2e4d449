names = ["ann", "bob", "cy"]
scores = [90, 85, 77]
for rank, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{rank}. {n:<4}{s:>4}")
print(dict(zip(names, scores)), list(zip(names, range(10))), list(zip(*zip(names, scores))))
print(list(map(len, names)), list(map(lambda n, s: f"{n}:{s}", names, scores)))
print(list(filter(lambda s: s > 80, scores)), list(map(str.title, filter(lambda n: "b" not in n, names))))
print(sorted(zip(scores, names)), max(zip(scores, names))[1])
e = enumerate(names)
print(next(e), list(e))
print(list(zip("ab", "cd", "ef")), list(zip([], [1])), list(zip([1, 2], strict=False)))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as ex:
    print("ValueError:", ex)
m = map(lambda x: 1 / x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as ex:
    print("ZeroDivisionError:", ex)
print(list(reversed(list(enumerate("xyz")))), list(map(pow, range(4), range(4))))
print(list(zip(range(3), reversed(range(3)))), [i * j for i, j in zip(range(4), range(4, 8))])
