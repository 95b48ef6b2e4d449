def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError(f"no field {k}") from None
print(get({"x": 1}, "x"))
get({}, "y")
