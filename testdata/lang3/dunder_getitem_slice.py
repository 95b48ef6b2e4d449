class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, k):
        if isinstance(k, slice):
            print("slice", k.start, k.stop, k.step, k.indices(self.n))
            return [self[i] for i in range(*k.indices(self.n))]
        if isinstance(k, tuple):
            return ("tuple", k)
        if k is ...: return "ellipsis"
        if k < 0: k += self.n
        if not 0 <= k < self.n: raise IndexError("Seq index out of range")
        return k * 10
s = Seq(5)
print(s[0], s[-1], s[1:3], s[::2], s[::-1], s[-2:])
print(s[1, 2], s[1:2, ::3], s[...])
print(list(s), 30 in s, 31 in s)
try:
    s[5]
except IndexError as e:
    print("IndexError:", e)
class Rec:
    def __getitem__(self, k): return k
r = Rec()
print(r[1:2], r[:], r[::], r[1:2:3], r[None:5])
print(r["a":"b"], r[:, 1])
print(slice(1, 5, 2), slice(3), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(-100, 100).indices(5))
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
