def inner():
    raise KeyError("inner")
try:
    try:
        inner()
    except KeyError as e:
        raise ValueError("outer") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("suppressed") from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("x") from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise TypeError("y") from ValueError
except TypeError as e:
    print(repr(e.__cause__))
try:
    raise TypeError("z") from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
try:
    try:
        raise ValueError(1)
    finally:
        print("finally runs")
except ValueError as e:
    print("ctx", e.__context__)
