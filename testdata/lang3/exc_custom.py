class AppError(Exception):
    """Base application error."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    pass
for exc in (NotFound("user"), Invalid("bad value"), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.what)
    except ValueError as e:
        print("ValueError branch:", type(e).__name__, e)
    except AppError as e:
        print("AppError:", repr(e))
print([c.__name__ for c in Invalid.__mro__])
print(AppError.__doc__)
class WithRepr(Exception):
    def __repr__(self): return "WithRepr!"
    def __str__(self): return "str of WithRepr"
try:
    raise WithRepr
except WithRepr as e:
    print(repr(e), str(e), e.args)
def check(v):
    if v < 0: raise Invalid(v)
    return v
for v in (1, -1):
    try:
        print(check(v))
    except AppError as e:
        print("caught", type(e).__name__, e.args)
