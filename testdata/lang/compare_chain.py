# Comparison chains and comparisons across types.
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 != 2 != 1)
print(1 < 2.5 < 3, 2 == 2.0, True == 1, False == 0, 1.0 == True)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "abc")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) != (2, 1))
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, [1, 2] == (1, 2))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 4} > {1})
print(None == None, None != 0, "1" == 1, [] == [], [] is [])
x = 5
print(0 <= x < 10, 0 <= x < 5, 5 <= x <= 5)
def v(n):
    print("eval", n)
    return n
print(v(1) < v(2) > v(3))
print(v(5) < v(1) < v(100))
print(float("nan") == float("nan"), float("inf") > 10 ** 300)
print(1 < 2 != 3 == 3 >= 3 <= 4 > 0)
print(min(3, 1, 2) < max(3, 1, 2), sorted([3, 1, 2]) == [1, 2, 3])
print("abc" == "ab" + "c", b"ab" == b"ab", b"a" < b"b", (1,) < (1, 0))
