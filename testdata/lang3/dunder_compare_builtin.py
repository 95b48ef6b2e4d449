print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
print("abc" < "abd", "Z" < "a", b"a" < b"b")
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1} > set())
print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3)
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2])
print(None == None, None is None, None == 0)
for a, b in [(1, "1"), ([], ()), ({}, []), (None, 0)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(float("nan") == float("nan"), float("inf") > 10**300)
print(2**100 > 1e30, 2**100 == float(2**100), 10**400 > float("inf"))
print({"a": 1} == {"a": 1.0}, {"a": 1} != {"a": 2})
print(range(0, 3) == range(3), range(0) == range(2, 2))
print(frozenset([1]) == {1}, [1] != [1])
print(max([3, 1, 2]), min("hello"), max([(1, "b"), (1, "a")]))
