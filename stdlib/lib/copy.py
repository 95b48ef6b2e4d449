"""Generic (shallow and deep) copying operations.

pyg's copy module: CPython's algorithm (dispatch tables, memo, __copy__ /
__deepcopy__ hooks, __reduce_ex__ when a class defines one); objects without
a reduce hook are rebuilt the way object.__reduce_ex__(4) would describe them:
cls.__new__(cls, *getnewargs), then __setstate__ or __dict__/slot state, then
list items and dict items for list and dict subclasses.
"""

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error

dispatch_table = {}


class _C:
    def _m(self):
        pass


def _f():
    pass


_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_f)
_BuiltinFunctionType = type(len)
_MethodType = type(_C()._m)
del _C, _f


def _own_hook(cls, name):
    # Whether a class other than object (or a built-in base the copier
    # handles itself) defines the hook `name`.
    for k in cls.__mro__:
        if k is object:
            return None
        if name in k.__dict__:
            return k.__dict__[name]
    return None


def _reduce(x):
    cls = type(x)
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    if _own_hook(cls, "__reduce_ex__") is not None:
        return x.__reduce_ex__(4)
    if _own_hook(cls, "__reduce__") is not None:
        return x.__reduce__()
    return _default_reduce(x)


def _new(cls, *args):
    return cls.__new__(cls, *args)


def _default_reduce(x):
    cls = type(x)
    args = ()
    if _own_hook(cls, "__getnewargs_ex__") is not None:
        args, kwargs = x.__getnewargs_ex__()
        if kwargs:
            return (_new_kw, (cls, args, kwargs)) + _default_state(x)
    elif _own_hook(cls, "__getnewargs__") is not None:
        args = x.__getnewargs__()
    return (_new, (cls,) + tuple(args)) + _default_state(x)


def _new_kw(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_state(x):
    cls = type(x)
    if _own_hook(cls, "__getstate__") is not None:
        state = x.__getstate__()
    else:
        state = getattr(x, "__dict__", None) or None
        slots = {}
        for k in cls.__mro__:
            names = k.__dict__.get("__slots__", ())
            if isinstance(names, str):
                names = (names,)
            for name in names:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    name = "_%s%s" % (k.__name__.lstrip("_"), name)
                try:
                    slots[name] = getattr(x, name)
                except AttributeError:
                    pass
        if slots:
            state = (state, slots)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return (state, listiter, dictiter)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset,
          type, range, slice, property, _BuiltinFunctionType, _EllipsisType,
          _NotImplementedType, _FunctionType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool,
          complex, bytes, str, type, range, _BuiltinFunctionType,
          _FunctionType, property):
    d[t] = _deepcopy_atomic


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


d[_MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def replace(obj, **changes):
    """Return a new object replacing specified fields with new values."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
