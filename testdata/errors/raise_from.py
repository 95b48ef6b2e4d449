# raise ... from ...: both tracebacks with "direct cause" between them.
def read_config(d):
    try:
        return d["path"]
    except KeyError as e:
        raise RuntimeError("config is missing 'path'") from e

read_config({})
