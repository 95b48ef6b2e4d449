def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise LookupError(f"cannot load {key!r}") from e
print("start")
print(load("a"))
load("b")
print("never")
