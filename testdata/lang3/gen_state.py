def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
print(it.gi_running, it.gi_frame is not None)
next(it, None)
print(it.gi_running, it.gi_frame is None)
def self_ref():
    yield gen.gi_running
gen = self_ref()
print(next(gen))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset": i = 0
        else: i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
def lazy_err():
    print("body starts")
    yield 1
x = lazy_err()
print("created, not started")
print(next(x))
