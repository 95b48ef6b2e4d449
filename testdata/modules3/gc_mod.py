import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
class Node:
    def __init__(self, name): self.name = name; self.other = None
    def __del__(self): print("del", self.name)
a = Node("a"); b = Node("b")
a.other = b; b.other = a
del a, b
print("cycle unreachable")
n = gc.collect()
print("after collect", n >= 2)
c = Node("c")
del c
print("refcount freed immediately")
print(type(gc.get_threshold()).__name__, len(gc.get_threshold()))
gc.disable()
x = Node("x"); x.other = x
del x
print("collect while disabled")
gc.collect()
gc.enable()
print("end")
