# list.sort and sorted: key, reverse, stability, mixed errors.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
print(sorted(by_age, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
data = [3, 1, 2]
data.sort(key=lambda v: -v)
print(data, data.sort(), data)
print(sorted("hello world"), sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted(range(5, 0, -1)))
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1]]), sorted([]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
s = ["bb", "a", "ccc", "dd", "e"]
s.sort(key=len)
print(s)
class Item:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"Item({self.n})"
print(sorted([Item(3), Item(1), Item(2)]), min([Item(5), Item(4)]), max([Item(5), Item(4)]))
print(sorted([-5, 3, -1, 4], key=abs), sorted(["a10", "a2", "a1"]), sorted(["x", "y"], key=None))
