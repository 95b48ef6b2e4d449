for i in range(3):
    for j in range(3):
        if j == 2: break
        if i == 1: continue
        print(i, j)
    else:
        print("inner else never")
else:
    print("outer else", i)
n = 0
while n < 5:
    n += 1
    if n == 2: continue
    if n == 4: break
    print("n", n)
else:
    print("no")
for x in []:
    pass
else:
    print("empty else")
while False:
    pass
else:
    print("while else")
res = []
for i, ch in enumerate("abc", start=1):
    res.append(f"{i}{ch}")
print(res)
for k in {"b": 1, "a": 2}:
    print(k, end=" ")
print()
lst = [1, 2, 3]
for v in lst:
    if v == 1: lst.append(4)
print(lst)
for i in range(10, 0, -3): print(i, end=",")
print()
