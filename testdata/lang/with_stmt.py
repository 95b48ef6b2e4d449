# with statements: class context managers, several items, nesting, return inside.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with CM("a") as v:
    print("inside with", v)
with CM("x") as x, CM("y") as y:
    print("two managers", x, y)
with CM("outer"):
    with CM("inner"):
        print("nested body")
def f():
    with CM("in-func") as v:
        return "returned " + v
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
try:
    with CM("err"):
        raise KeyError("k")
except KeyError as e:
    print("propagated KeyError", e)
class Resource:
    def __init__(self):
        self.open = False
    def __enter__(self):
        self.open = True
        return self
    def __exit__(self, *args):
        self.open = False
r = Resource()
with r as res:
    print(res is r, r.open)
print(r.open)
with CM("p") as (a):
    print(a)
with (CM("m1") as m1,
      CM("m2") as m2):
    print(m1, m2)
