def classify(e):
    try:
        raise e
    except (ZeroDivisionError, OverflowError):
        return "arith-specific"
    except ArithmeticError:
        return "arith"
    except LookupError as le:
        return "lookup " + type(le).__name__
    except Exception:
        return "other"
for e in [ZeroDivisionError(), FloatingPointError(), KeyError(), IndexError(), TypeError()]:
    print(type(e).__name__, classify(e))
errs = (ValueError, TypeError)
try:
    int("x")
except errs as e:
    print("tuple variable", type(e).__name__)
try:
    try:
        raise ValueError
    except TypeError:
        print("no")
except ValueError:
    print("propagated to outer")
try:
    raise ValueError
except BaseException:
    print("BaseException catches")
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught by Exception")
except KeyboardInterrupt:
    print("KeyboardInterrupt ok")
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
