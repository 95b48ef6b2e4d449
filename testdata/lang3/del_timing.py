class R:
    def __init__(self, n):
        self.n = n
        print("create", n)
    def __del__(self):
        print("del", self.n)
a = R(1)
print("before del")
del a
print("after del")
b = R(2)
b = R(3)
print("after reassign")
c = R(4)
d = c
del c
print("still alive via d")
d = None
print("after d=None")
def f():
    x = R(5)
    print("in f")
f()
print("after f")
lst = [R(6), R(7)]
lst.pop(0)
print("after pop")
lst.clear()
print("after clear")
R(8)
print("temp gone")
e = R(9)
print("end of program")
