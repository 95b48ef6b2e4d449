# raise ... from None suppresses the context in the traceback.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f"unknown key {k!r}") from None
lookup({"a": 1}, "b")
