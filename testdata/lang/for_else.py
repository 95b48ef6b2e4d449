# for loops over many iterables, with else, break, continue.
for i in range(3):
    print(i)
else:
    print("done", i)
for c in "héllo":
    print(c, end=" ")
print()
for k in {"a": 1, "b": 2}:
    print("key", k)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
for i in range(10):
    if i % 3:
        continue
    print("mult of 3:", i)
for x in []:
    print("never")
else:
    print("empty else")
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
    else:
        print("inner else")
for x in (1, 2, 3)[::-1]:
    print("rev", x)
total = 0
for n in range(1, 101):
    total += n
print(total)
for i in range(3):
    pass
print("last i", i)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
print(lst)
