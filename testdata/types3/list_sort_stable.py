people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
by_age = sorted(by_name, key=lambda p: p[1])
print(by_age)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
recs = [{"k": 2, "i": 0}, {"k": 1, "i": 1}, {"k": 2, "i": 2}, {"k": 1, "i": 3}]
recs.sort(key=lambda r: r["k"], reverse=True)
print([r["i"] for r in recs])
print(sorted("hello"), sorted((3, 2, 1)), sorted({3: "a", 1: "b"}), sorted([], reverse=True))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([0.5, -1, 2, True, False]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
l = [5, 2, 8]
print(l.sort(), l, sorted(l) is l)
