# Augmented assignment on names, subscripts and attributes, all operators.
x = 10
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x |= 1; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)
d = {"n": 1}
d["n"] += 5
d["n"] *= 2
print(d)
class C:
    count = 0
c = C()
c.count += 1
c.count += 1
print(c.count, C.count)
C.count += 10
print(c.count, C.count)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
m[0] += [9]
print(m)
calls = []
def key():
    calls.append("key")
    return "n"
d[key()] += 1
print(d, calls)
f = 1.5
f **= 2
print(f)
