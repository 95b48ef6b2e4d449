# Annotated assignments and annotations in functions.
x: int = 5
y: list[int] = [1, 2]
z: str
print(x, y)
try:
    print(z)
except NameError as e:
    print("NameError:", e)
def f(a: int, b: "str" = "x") -> bool:
    c: float = 1.5
    return a, b, c
print(f(1))
print(f.__annotations__)
class P:
    name: str = "anon"
    age: int
    def __init__(self, age: int):
        self.age = age
p = P(3)
print(p.name, p.age)
print(P.__annotations__)
d = {}
d["k"]: int = 4
print(d)
class Obj:
    pass
o = Obj()
o.attr: str = "v"
print(o.attr)
count: int = 0
for i in range(3):
    count += i
print(count)
