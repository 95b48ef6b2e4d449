class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    r = Res("local")
    raise ValueError("x")
try:
    f()
except ValueError:
    print("caught")
print("after try")
def g():
    r = Res("returned")
    return r
v = g()
print("got", v.n)
v = 0
print("released")
s = Res("with-self-ref")
s.me = None
del s
print("end")
