def trace(label, raise_in=None):
    log = []
    try:
        log.append("try")
        if raise_in == "try": raise ValueError("t")
    except ValueError:
        log.append("except")
        if raise_in == "except": raise KeyError("e")
    else:
        log.append("else")
        if raise_in == "else": raise KeyError("el")
    finally:
        log.append("finally")
        print(label, log)
for where in [None, "try", "except", "else"]:
    try:
        trace(str(where), where)
    except KeyError as e:
        print("  escaped", repr(e))
def gen():
    try:
        yield "a"
    finally:
        print("gen finally")
print(list(gen()))
x = 0
while True:
    try:
        x += 1
        if x > 2: break
    finally:
        print("loop finally", x)
print("final x", x)
