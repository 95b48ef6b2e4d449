def f():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("reraised", e)
def g():
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    raise err
try:
    g()
except KeyError as e:
    print("re-raised stored", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    h()
except ZeroDivisionError as e:
    print("outer reraise kept", type(e).__name__)
import sys
try:
    raise IndexError("x")
except IndexError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(type(sys.exception()).__name__)
print(sys.exc_info(), sys.exception())
