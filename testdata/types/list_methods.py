# list methods: append/extend/insert/remove/pop/index/count/clear/copy/reverse and errors.
a = [1, 2, 3]
a.append(4); a.append([5]); print(a)
a.extend((6, 7)); a.extend("ab"); a.extend(range(2)); print(a)
a.insert(0, "start"); a.insert(100, "end"); a.insert(-1, "before-end"); a.insert(-100, "first"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove("a"); print(a)
print(a.index(3), a.index(0), a.index(7, 3), a.count(1), a.count(99))
b = a.copy(); b.append("only b"); print(len(a), len(b), a is b)
b.clear(); print(b)
r = [1, 2, 3, 4]; r.reverse(); print(r, r.reverse(), r)
for op in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(9), lambda: [1].index(2),
           lambda: [1, 2, 3].index(3, 0, 2), lambda: [][0], lambda: [1].insert(), lambda: [1, 2] + (3,)]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [3, 1, 2]
print(x * 2, [0] * 5, [[]] * 2, x + [9], 2 * x, [] * 10)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print(list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list(), list(x))
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, [2]] == [1, [2]], max([[1, 2], [1, 3]]))
nums = [5, 3, 8]
nums += (1, 2)
print(nums, len(nums), sum(nums), min(nums), max(nums), 8 in nums, nums.__len__())
lst = [1, 2, 3]
lst[1] = lst
print(lst)
y = [1, 2, 3, 4, 5, 6]
print(y[-1], y[-6], y[1:-1], y[::2], y.index(4))
