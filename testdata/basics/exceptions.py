# try / except / else / finally.
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")

print(div(1, 2))
print(div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print("lookup", repr(e))
try:
    {}["k"]
except LookupError as e:
    print("KeyError str:", e)
try:
    raise ValueError("bad value")
except Exception as e:
    print(e.args, str(e))
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError:
    print("outer caught")

def loop():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "returned"
        finally:
            print("finally", i)

print(loop())
try:
    int("x")
except ValueError as e:
    print(e)
