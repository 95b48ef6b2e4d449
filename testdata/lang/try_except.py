# try/except/else/finally flow, multiple handlers, re-raise, exception attributes.
def attempt(kind):
    try:
        if kind == "zero":
            1 / 0
        elif kind == "key":
            {}["missing"]
        elif kind == "index":
            [][0]
        elif kind == "value":
            int("abc")
        elif kind == "type":
            "a" + 1
        print("  no exception for", kind)
    except ZeroDivisionError as e:
        print("  zero:", e)
    except (KeyError, IndexError) as e:
        print("  lookup:", type(e).__name__, e)
    except Exception as e:
        print("  other:", type(e).__name__, e)
    else:
        print("  else for", kind)
    finally:
        print("  finally for", kind)
for k in ["zero", "key", "index", "value", "type", "none"]:
    print(k)
    attempt(k)
def reraiser():
    try:
        raise ValueError("inner")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ValueError as e:
    print("outer caught", e, e.args)
try:
    raise KeyError("k1", "k2")
except LookupError as e:
    print(type(e).__name__, e.args, str(e))
e = "saved"
try:
    raise TypeError("t")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    try:
        raise ValueError("first")
    finally:
        print("inner finally")
except ValueError as ex:
    print("caught after finally", ex)
class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(404, "not found")
except MyError as err:
    print(err.code, err, err.args, repr(err))
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args, str(err) == "")
