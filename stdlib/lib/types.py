"""Define names for built-in types that aren't directly accessible as a builtin.

pyg's types: the types are taken with type() of sample objects, as CPython's
Lib/types.py does.
"""

import sys


def _f(): pass


def _g():
    yield 1


async def _c(): pass


async def _ag():
    yield


class _C:
    def _m(self): pass


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


def _coroutine_type():
    c = _c()
    try:
        return type(c)
    finally:
        c.close()


def _traceback_type():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__)


def _set(name, make):
    # Each type is taken from a sample object; a sample pyg cannot build
    # leaves its name undefined instead of breaking the import.
    try:
        globals()[name] = make()
    except Exception:
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
_set('CodeType', lambda: type(_f.__code__))
_set('MappingProxyType', lambda: type(type.__dict__))
_set('SimpleNamespace', lambda: type(sys.implementation))
_set('CellType', lambda: type(_cell_factory()))
_set('CoroutineType', _coroutine_type)
_set('AsyncGeneratorType', lambda: type(_ag()))
_set('WrapperDescriptorType', lambda: type(object.__init__))
_set('MethodWrapperType', lambda: type(object().__str__))
_set('MethodDescriptorType', lambda: type(str.join))
_set('ClassMethodDescriptorType', lambda: type(dict.__dict__['fromkeys']))
_set('TracebackType', _traceback_type)
_set('FrameType', lambda: type(sys._getframe()))
_set('GetSetDescriptorType', lambda: type(FunctionType.__code__))
_set('MemberDescriptorType', lambda: type(FunctionType.__globals__))
_set('GenericAlias', lambda: type(list[int]))

del sys, _f, _g, _C, _c, _ag, _cell_factory, _coroutine_type, _traceback_type, _set


if globals().get('SimpleNamespace', type).__name__ != 'SimpleNamespace':
    class SimpleNamespace:
        """A simple attribute-based namespace."""

        def __init__(self, mapping_or_iterable=(), **kwargs):
            self.__dict__.update(dict(mapping_or_iterable))
            self.__dict__.update(kwargs)

        def __repr__(self):
            items = (f"{k}={v!r}" for k, v in self.__dict__.items())
            return f"namespace({', '.join(items)})"

        def __eq__(self, other):
            if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
                return self.__dict__ == other.__dict__
            return NotImplemented

        __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    return func


class DynamicClassAttribute(property):
    pass

__all__ = [n for n in globals() if n[:1] != '_']
