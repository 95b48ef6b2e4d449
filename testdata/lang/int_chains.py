# Chains of int operations with constant or local operands: the VM computes
# them without boxing intermediate values, and must stop exactly where an
# operation needs the general path (big ints, floats, errors, other types).

def lcg(h):
    return (h * 1103515245 + 12345) & 0x7FFFFFFF


h = 42
for _ in range(5):
    h = lcg(h)
print(h)

# overflow to a big int in the middle of a chain, then back to small ints
x = 3037000499
print(x * x + 1 - 2, (x * x * x + 7) % 1000003, (x * 4 * x) // x)
k = 1 << 62
print(k + k - k, k * 2 - k * 2 + 5, -k - k - 1)

# true division in a chain gives a float; later ops continue on floats
a = 7
print(a * 3 / 2 + 1, a // 2 * 2.5 - 1, a % 4 * 1.5)

# locals in the chain
b, c = 10, 3
print(a * b + c - b // c % 5 << 2 >> 1 ^ 0xFF | 1 & 7)

# bools are ints but a distinct type
print(a + True + True * 3, True + True, (a > 2) + 1 + 1)

# errors stop the chain at the right operation
def div(p, q):
    return p * 2 + 1 // q - 3

try:
    div(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def shift(p, q):
    return (p + 1) << q >> 1

try:
    shift(5, -1)
except ValueError as e:
    print("ValueError:", e)
print(shift(5, 70))

# unbound local in the middle of a chain
def unbound(p):
    r = p + 1 + z * 2
    z = 3
    return r

try:
    unbound(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# user types in a chain
class N(int):
    def __add__(self, o):
        return "N+" + str(o)

print(N(5) * 2 + 1, N(5) + 1)

# a value computed in a chain is an ordinary int afterwards
vals = []
for i in range(3):
    v = (i * 1000003 + 17) % 65537 * 100000
    vals.append(v)
print(vals, vals[0] is vals[0], sum(vals))
print(div(5, 0))
