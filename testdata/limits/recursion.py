# Deep Python recursion raises RecursionError; sys.setrecursionlimit raises
# and lowers the limit as in CPython.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)

depth = 0
def measure():
    global depth
    depth += 1
    measure()

print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    measure()
except RecursionError:
    print("deep enough:", depth > 4000)
sys.setrecursionlimit(100)
depth = 0
try:
    measure()
except RecursionError:
    print("shallow:", depth < 100)

for bad in (0, -1):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit(1.5)
except TypeError as e:
    print("TypeError:", e)

def at_depth(n, f):
    if n == 0:
        return f()
    return at_depth(n - 1, f)

sys.setrecursionlimit(1000)
try:
    at_depth(50, lambda: sys.setrecursionlimit(10))
except RecursionError as e:
    print("RecursionError:", str(e).split(":")[0])
print(sys.getrecursionlimit())

# repr and == of deeply nested containers
x = []
for _ in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("repr:", type(e).__name__)
y = []
for _ in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("==:", type(e).__name__)
d = {}
for _ in range(100000):
    d = {1: d}
try:
    str(d)
except RecursionError as e:
    print("dict str:", type(e).__name__)

# recursion through a class's __getattr__ and __repr__
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError:
    print("getattr loop: RecursionError")

class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr loop: RecursionError")
print("done")
