total = 0
def add(n):
    global total
    total += n
def read(): return total
for i in range(5): add(i)
print(total, read())
def uses_builtin():
    return len("abc")
len = lambda x: "shadowed"
print(uses_builtin())
del len
print(uses_builtin())
def f():
    return g()
def g():
    return "g defined later"
print(f())
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
x = "module"
def scopes():
    x = "function"
    def inner():
        return x
    class K:
        x = "class"
        def meth(self): return x
    return inner(), K().meth(), K.x
print(scopes())
def default_eval_time(a=[x]):
    return a
x = "changed"
print(default_eval_time())
