class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k}")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k}")
f = Frozen(a=1, b=2)
print(f.a, f.b)
for op in (lambda: setattr(f, "a", 3), lambda: delattr(f, "b")):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
class Track:
    def __setattr__(self, k, v):
        print("set", k, repr(v))
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
t = Track()
t.x = 1
t.x += 1
t.y = [t.x]
del t.x
print(t.__dict__)
try:
    del t.zz
except AttributeError as e:
    print("AttributeError:", e)
class Validated:
    def __setattr__(self, k, v):
        if not isinstance(v, int):
            raise TypeError(f"{k} must be int, got {type(v).__name__}")
        object.__setattr__(self, k, v)
v = Validated()
v.n = 3
try:
    v.s = "x"
except TypeError as e:
    print("TypeError:", e)
print(vars(v))
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
