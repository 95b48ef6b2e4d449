# Uncaught NameError for a name with no close match.
print("start")
def f():
    return undefined_thing_xyz + 1
f()
