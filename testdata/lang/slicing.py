# Slicing with steps and negative indices on lists, strings, tuples, ranges.
lst = list(range(10))
print(lst[2:5], lst[:3], lst[7:], lst[-3:], lst[:-3], lst[-5:-2])
print(lst[::2], lst[1::2], lst[::-1], lst[::-2], lst[8:2:-2], lst[2:8:-1])
print(lst[100:], lst[-100:2], lst[5:5], lst[::3], lst[-1:-4:-1])
s = "abcdefghij"
print(s[2:5], s[::-1], s[::3], s[-4:], s[1:-1], s[-1], s[0], s[:0])
print(s[::-3], s[5::-1], s[:5:-1], s[-2::-2])
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[::2], t[-2:], type(t[1:2]).__name__)
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], list(r[1:-1:2]), r[-1], r[3])
print(list(range(10)[::-1][2:5]), range(5)[1:100])
b = b"abcdef"
print(b[1:3], b[::-1], b[::2])
for start, stop, step in [(None, None, -1), (1, None, 3), (-2, None, None), (None, -7, -2)]:
    print(start, stop, step, lst[start:stop:step], s[start:stop:step])
i, j = 2, 6
print(lst[i:j], lst[i - 1:j + 1], lst[-j:-i])
try:
    lst[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[len(s):], s[:-len(s)], s[-len(s):])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m[::-1]], [row[1] for row in m][1:])
