matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print(list(map(list, zip(*matrix))), [sum(r) for r in matrix], sum(map(sum, matrix)))
flat = [x for row in matrix for x in row]
print(flat, flat[::-1][:3], flat[2::3], flat[-1:-4:-1])
stack = []
for x in range(4): stack.append(x)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
print([1, 2, 3] + [4], [[0] * 2 for _ in range(2)], list(range(3)) * 2)
lst = [5, 3, 8, 1]
print(sorted(lst), lst, lst.sort() or lst, list(reversed(lst)))
print([i for i, v in enumerate([3, 0, 7, 0]) if v == 0], [x if x > 2 else 0 for x in [1, 3, 5]])
nums = [1, 2, 3, 4, 5, 6]
nums[1::2] = [0] * 3
print(nums)
del nums[:2]
print(nums, nums.index(0), len(nums))
print(list(filter(None, [0, 1, 2])), any(nums), all(nums), 4 in nums)
a = [1, 2]; b = a; a = a + [3]
print(a, b)
a = [1, 2]; b = a; a += [3]
print(a, b)
print([[1, 2], [3]] == [[1, 2], [3]], [1, 2] < [1, 2, 3], [] < [0], max([[1], [0, 5]]))
