x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def first_iter_eager():
    try:
        g = (i for i in 5)
    except TypeError as e:
        print("eager TypeError:", e)
first_iter_eager()
def inner_lazy():
    g = (1 / i for i in [1, 0])
    print("created")
    try:
        print(list(g))
    except ZeroDivisionError as e:
        print("lazy ZeroDivisionError:", e)
inner_lazy()
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(list(i + j for i in range(3) for j in range(i)))
print(sorted((y for y in "hello" if y != "l"), reverse=True))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 5, 1]))
print(dict((k, len(k)) for k in ["a", "bb"]))
print(tuple(c.upper() for c in "abc"), set(n % 3 for n in range(10)))
print("-".join(str(n) for n in range(5)))
