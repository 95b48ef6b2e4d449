"""pickle for pyg: the exception classes, and dumps/loads over the tagged
binary format of multiprocessing (stdlib/mod_pygmp.go). The bytes are pyg's
own, not CPython's pickle protocol; they round-trip within pyg."""

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 5


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


_MAGIC = b"PYG\x01"


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    import multiprocessing
    return _MAGIC + multiprocessing._dumps(obj)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    import multiprocessing
    data = bytes(data)
    if not data.startswith(_MAGIC):
        raise UnpicklingError("invalid load key, %r." % data[:1].decode("latin-1"))
    return multiprocessing._loads(data[len(_MAGIC):])


def dump(obj, file, protocol=None, **kw):
    file.write(dumps(obj, protocol))


def load(file, **kw):
    return loads(file.read())
