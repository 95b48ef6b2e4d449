def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally")
it = g()
print(next(it))
it.close()
print(next(it, "after close"))
it.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def ret():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"
r = ret(); next(r)
print(r.close())
u = g()
u.close()
print("closing unstarted prints nothing", next(u, None))
def fin():
    try:
        yield 1
    finally:
        print("collected generator finalized")
f = fin(); next(f)
del f
print("end")
