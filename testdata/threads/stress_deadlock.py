# Built-in operations that lock two objects never deadlock when two threads
# use them in opposite orders.
import threading

ROUNDS = 300

def pair(f, g):
    ts = [threading.Thread(target=f), threading.Thread(target=g)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

a, b = [1, 2, 3], [4, 5, 6]
def ab():
    for _ in range(ROUNDS):
        a.extend(b); del a[3:]
        a == b; a + b; a < b
def ba():
    for _ in range(ROUNDS):
        b.extend(a); del b[3:]
        b == a; b + a; b < a
pair(ab, ba)
print(a, b)

d1, d2 = {1: 1}, {2: 2}
def d12():
    for _ in range(ROUNDS):
        d1.update(d2); d1 == d2
def d21():
    for _ in range(ROUNDS):
        d2.update(d1); d2 == d1
pair(d12, d21)
print(sorted(d1.items()), sorted(d2.items()))

s1, s2 = {1}, {2}
def s12():
    global s1
    for _ in range(ROUNDS):
        s1 |= s2; s1 == s2; s1 & s2; s1.issubset(s2)
def s21():
    global s2
    for _ in range(ROUNDS):
        s2 |= s1; s2 == s1; s2 - s1; s2.issuperset(s1)
pair(s12, s21)
print(sorted(s1), sorted(s2))

l1, l2 = [0] * 10, [1] * 10
def sl1():
    for _ in range(ROUNDS):
        l1[:] = l2; l1.extend(l2); del l1[10:]
def sl2():
    for _ in range(ROUNDS):
        l2[:] = l1; l2.extend(l1); del l2[10:]
pair(sl1, sl2)
print(len(l1), len(l2))
print("no deadlock")
