class C:
    def __init__(self): self.value = 1
c = C()
for expr in ["c.valeu", "c.vlaue", "C.nothing", "undefined_thing", "(1).real2", "'s'.uper()", "[].apend"]:
    try:
        eval(expr)
    except (AttributeError, NameError) as e:
        print(type(e).__name__, "|", e)
def f():
    print(x_local)
    x_local = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError |", e)
try:
    del undefined_again
except NameError as e:
    print("NameError |", e)
e = AttributeError("msg", name="n", obj=5)
print(e.name, e.obj)
try:
    c.missing
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
