with open("f") as f:
    f.read()

with a() as x, b() as (y, z), c():
    pass

def f():
    with lock:
        return compute()

def g():
    for i in x:
        with m as v:
            if v:
                break
            continue
