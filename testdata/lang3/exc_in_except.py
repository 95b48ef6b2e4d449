try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__))
def cleanup_fails():
    try:
        return 1
    finally:
        raise RuntimeError("in finally")
try:
    cleanup_fails()
except RuntimeError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise ValueError
    except ValueError as e:
        del e
        print("deleted name")
        raise
except ValueError:
    print("still reraises")
def nested_handlers():
    try:
        raise ValueError("v")
    except ValueError as v:
        try:
            raise KeyError("k")
        except KeyError as k:
            return (repr(v), repr(k), repr(k.__context__))
print(nested_handlers())
