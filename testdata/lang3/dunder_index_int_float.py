class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
i = Idx(2)
print([10, 20, 30][i], "abcd"[i], bin(i), hex(i), oct(i), range(10)[i], [1, 2, 3, 4][Idx(1):Idx(3)])
print(operator_index := __import__("operator").index(i), (5).__index__())
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 1j
    def __round__(self, n=None): return "rounded" if n is None else f"rounded {n}"
    def __trunc__(self): return 3
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num()
import math
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
try:
    [1][Num()]
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 2.0
except TypeError as e:
    print("TypeError:", e)
print("ab" * Idx(3), [0] * Idx(2))
class Sz:
    def __length_hint__(self): return 5
print(__import__("operator").length_hint(Sz()))
