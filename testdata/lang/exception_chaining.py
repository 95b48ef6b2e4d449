# Exception chaining: __cause__, __context__, from None, nested handlers.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def f():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return repr(inner.__context__)
print(f())
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__, e.__cause__)
err = None
try:
    raise OSError("disk")
except OSError as e:
    err = e
print(repr(err), err.args)
class AppError(Exception):
    pass
def load():
    try:
        int("x")
    except ValueError as e:
        raise AppError("load failed") from e
try:
    load()
except AppError as e:
    print(e, "caused by", type(e.__cause__).__name__, e.__cause__)
def nested_handlers():
    try:
        raise IndexError("current")
    except IndexError as outer:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            return repr(inner.__context__), inner.__context__ is outer
print(nested_handlers())
