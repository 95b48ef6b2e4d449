x = 1
def f():
    print(x)
    y = 2
    def g():
        z = y
        def h():
            return y + z
        return h
    return g

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def shadow_builtin():
    len = 3
    return len

def comprehension_scope(a):
    return [a for _ in range(3)]
