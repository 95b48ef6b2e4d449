class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("add")
        return Acc(self.v + o)
    def __isub__(self, o):
        print("isub returns new")
        return Acc(self.v - o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        print("mul fallback")
        return Acc(self.v * o)
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a, b, a is b)
a *= 3
print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
c = OnlyAdd(1); d = c
c += 1
print(c.v, d.v, c is d)
l = [1]; l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,); t2 = t
t += (2,)
print(t, t2, t is t2)
class Ops:
    def __init__(self): self.log = []
    def __ipow__(self, o): self.log.append("ipow"); return self
    def __imod__(self, o): self.log.append("imod"); return self
    def __ifloordiv__(self, o): self.log.append("ifloordiv"); return self
    def __itruediv__(self, o): self.log.append("itruediv"); return self
    def __ilshift__(self, o): self.log.append("ilshift"); return self
    def __irshift__(self, o): self.log.append("irshift"); return self
    def __iand__(self, o): self.log.append("iand"); return self
    def __ior__(self, o): self.log.append("ior"); return self
    def __ixor__(self, o): self.log.append("ixor"); return self
    def __imatmul__(self, o): self.log.append("imatmul"); return self
o = Ops()
o **= 1; o %= 1; o //= 1; o /= 1; o <<= 1; o >>= 1; o &= 1; o |= 1; o ^= 1; o @= 1
print(o.log)
