from itertools import islice, chain, groupby, accumulate, count, cycle, repeat, zip_longest, tee, product, starmap
def take(n, it): return list(islice(it, n))
def nth(it, n, default=None): return next(islice(it, n, None), default)
def flatten(lol): return chain.from_iterable(lol)
def roundrobin(*its):
    sentinel = object()
    return [x for x in chain.from_iterable(zip_longest(*its, fillvalue=sentinel)) if x is not sentinel]
def unique_justseen(it): return [k for k, _ in groupby(it)]
def running_max(it): return list(accumulate(it, max))
def grouper(it, n, fill=None): return list(zip_longest(*[iter(it)] * n, fillvalue=fill))
print(take(4, count(3)), nth(range(10), 3), nth(range(2), 9, "none"))
print(list(flatten([[1, 2], [3], []])), roundrobin("ABC", "D", "EF"))
print(unique_justseen("AAAABBBCCDAABBB"), running_max([3, 1, 4, 1, 5, 9, 2, 6]))
print(grouper("ABCDEFG", 3, "x"), take(5, cycle([1, 2])), list(repeat(7, 2)))
print(list(starmap(lambda a, b: a * b, product(range(1, 3), repeat=2))))
a, b = tee(range(4))
next(b)
print(list(zip(a, b)))
print(list(accumulate(range(1, 6), lambda x, y: x * y)), list(accumulate("abc")))
print(sum(1 for _ in product("ab", repeat=4)), take(3, (x * x for x in count(1) if x % 2)))
