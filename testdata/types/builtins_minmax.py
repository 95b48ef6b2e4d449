# min/max/sorted with key= and default=, and their errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
words = ["apple", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]), max(words, key=str.upper))
print(max([], default=None), min([], default="empty"), max([5], default=0), min((), key=len, default=-1))
print(max([1, 3, 3, 2], key=lambda v: v % 3), min([(1, "b"), (1, "a")]), max([2, 1, 2.0]), max([2.0, 1, 2]))
print(max(-1, -2, key=abs), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get), max(range(10), key=lambda v: -abs(v - 4)))
ties = [("a", 1), ("b", 3), ("c", 3), ("d", 1)]
print(max(ties, key=lambda t: t[1]), min(ties, key=lambda t: t[1]))
for fn, args, kwargs in [(min, ([],), {}), (max, (), {}), (min, (1,), {}), (max, ([1, "a"],), {}), (min, (1, 2), {"default": 0})]:
    try:
        print(fn(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([5, 2, 8], key=lambda v: -v), sorted(["b", "A", "c"], key=str.casefold), sorted([], key=len))
print(max("abc", "abd"), min([[3], [1, 2]]), max(True, 2), min(0.0, -0.0), max(0.0, -0.0))
nums = [7, -2, 5, -9]
print(max(nums, key=abs), min(nums, key=abs), sorted(nums, key=abs, reverse=True))
