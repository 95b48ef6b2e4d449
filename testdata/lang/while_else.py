# while loops with else, break, continue and nested loops.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("else ran, i =", i)
n = 0
while True:
    n += 1
    if n >= 3:
        break
print("n", n)
k = 10
while k > 0:
    if k == 7:
        print("breaking at", k)
        break
    k -= 1
else:
    print("not printed")
while False:
    print("never")
else:
    print("else on false condition")
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            b += 1
            continue
        print(a, b)
        b += 1
    a += 1
items = [1, 2, 3]
while items:
    print("pop", items.pop())
print(items)
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
