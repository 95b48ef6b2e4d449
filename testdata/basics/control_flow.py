# if / while / for with else, break, continue.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
for x in []:
    pass
else:
    print("empty for else")
x = 5
if x > 10:
    print("big")
elif x > 3:
    print("medium")
else:
    print("small")
print("yes" if x else "no", x > 3 and x < 10, x < 3 or x == 5, not x)
print(1 < 2 < 3, 1 < 2 > 3, 0 or "default", 0 and "x", None or [] or "last")
