class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(p.__dict__)
p.__dict__["c"] = 3
print(p.c)
p.__dict__.update(d=4)
print(sorted(p.__dict__.items(), key=str))
print(vars(p) is p.__dict__)
print("cls_attr" in p.__dict__, "cls_attr" in P.__dict__)
print(type(P.__dict__).__name__)
try:
    P.__dict__["new"] = 1
except TypeError as e:
    print("TypeError:", e)
p.__class__ = type("Q", (P,), {})
print(type(p).__name__, isinstance(p, P))
del p.__dict__["a"]
print(hasattr(p, "a"))
print(list(P.__dict__["__init__"].__code__.co_varnames))
class S:
    x = 1
    def f(self): pass
print([k for k in S.__dict__ if not k.startswith("__")])
