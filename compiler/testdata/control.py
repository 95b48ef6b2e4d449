for i in range(10):
    if i == 2:
        continue
    elif i == 5:
        break
    print(i)
else:
    print("done")
while i < 20:
    i += 1
    if i % 2:
        continue
    if not i:
        break
else:
    print("else")
while True:
    break
while 1:
    pass
if a and b or c:
    pass
if not (a or b) and c is not None:
    pass
assert x, "message"
assert y
raise
raise ValueError
raise ValueError("x") from None
pass
x = [i for i in range(3)] if a else None
