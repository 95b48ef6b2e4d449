"""Support for type hints (minimal).

pyg's typing: the names programs import, as runtime no-ops.  Subscripting
works and has CPython's reprs ("typing.List[int]", "typing.Optional[str]"),
TypeVar, Generic and Protocol are subscriptable, NamedTuple supports the class
syntax and the functional form; nothing is type-checked.
"""

import collections as _collections
import collections.abc as _abc
import sys as _sys

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _Form):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if isinstance(obj, str):
        return repr(obj)
    return repr(obj)


class _Form:
    """A typing special form or generic alias: typing.List, List[int], ..."""

    def __init__(self, name, origin=None, args=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = nparams

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        args = self.__args__
        if self._name == 'Union' and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        if self._name == 'Callable' and len(args) >= 1:
            params, ret = args[:-1], args[-1]
            if len(params) == 1 and params[0] is ...:
                return f'typing.Callable[..., {_type_repr(ret)}]'
            return f'typing.Callable[[{", ".join(_type_repr(a) for a in params)}], {_type_repr(ret)}]'
        if self._name == 'Tuple' and args == ():
            return 'typing.Tuple[()]'
        return f'typing.{self._name}[{", ".join(_type_repr(a) for a in args)}]'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == 'Optional':
            return Union[params[0], None]
        if name == 'Union':
            flat = []
            for p in params:
                if p is None:
                    p = type(None)
                if isinstance(p, _Form) and p._name == 'Union' and p.__args__:
                    items = p.__args__
                else:
                    items = (p,)
                for it in items:
                    if it not in flat:
                        flat.append(it)
            if len(flat) == 1:
                return flat[0]
            return _Form('Union', None, tuple(flat))
        if name == 'Callable' and len(params) == 2 and isinstance(params[0], list):
            params = tuple(params[0]) + (params[1],)
        return _Form(name, self.__origin__, params)

    def __eq__(self, other):
        if not isinstance(other, _Form):
            return NotImplemented
        return (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or self._name in ('Union', 'Optional', 'Any'):
            raise TypeError(f'Cannot instantiate {self!r}')
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self.__args__ is not None or self.__origin__ is None:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return isinstance(obj, self.__origin__)

    def __mro_entries__(self, bases):
        if self.__origin__ is not None:
            return (self.__origin__,)
        return ()


Any = _Form('Any')
NoReturn = _Form('NoReturn')
Never = _Form('Never')
Self = _Form('Self')
LiteralString = _Form('LiteralString')
Union = _Form('Union')
Optional = _Form('Optional')
Literal = _Form('Literal')
Final = _Form('Final')
ClassVar = _Form('ClassVar')
Annotated = _Form('Annotated')
TypeAlias = _Form('TypeAlias')
TypeGuard = _Form('TypeGuard')
TypeIs = _Form('TypeIs')
Concatenate = _Form('Concatenate')
Required = _Form('Required')
NotRequired = _Form('NotRequired')
ReadOnly = _Form('ReadOnly')
Unpack = _Form('Unpack')

List = _Form('List', list)
Dict = _Form('Dict', dict)
Set = _Form('Set', set)
FrozenSet = _Form('FrozenSet', frozenset)
Tuple = _Form('Tuple', tuple)
Type = _Form('Type', type)
Deque = _Form('Deque', _collections.deque)
DefaultDict = _Form('DefaultDict', _collections.defaultdict)
OrderedDict = _Form('OrderedDict', _collections.OrderedDict)
Counter = _Form('Counter', _collections.Counter)
ChainMap = _Form('ChainMap', _collections.ChainMap)
Callable = _Form('Callable', _abc.Callable)
Iterable = _Form('Iterable', _abc.Iterable)
Iterator = _Form('Iterator', _abc.Iterator)
Generator = _Form('Generator', _abc.Generator)
Reversible = _Form('Reversible', _abc.Reversible)
Sequence = _Form('Sequence', _abc.Sequence)
MutableSequence = _Form('MutableSequence', _abc.MutableSequence)
Mapping = _Form('Mapping', _abc.Mapping)
MutableMapping = _Form('MutableMapping', _abc.MutableMapping)
AbstractSet = _Form('AbstractSet', _abc.Set)
MutableSet = _Form('MutableSet', _abc.MutableSet)
Collection = _Form('Collection', _abc.Collection)
Container = _Form('Container', _abc.Container)
Hashable = _Form('Hashable', _abc.Hashable)
Sized = _Form('Sized', _abc.Sized)
Awaitable = _Form('Awaitable', _abc.Awaitable)
Coroutine = _Form('Coroutine', _abc.Coroutine)
AsyncIterable = _Form('AsyncIterable', _abc.AsyncIterable)
AsyncIterator = _Form('AsyncIterator', _abc.AsyncIterator)
AsyncGenerator = _Form('AsyncGenerator', _abc.AsyncGenerator)
KeysView = _Form('KeysView', _abc.KeysView)
ItemsView = _Form('ItemsView', _abc.ItemsView)
ValuesView = _Form('ValuesView', _abc.ValuesView)
MappingView = _Form('MappingView', _abc.MappingView)
Text = str


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False, infer_variance=False, default=None):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        self.__infer_variance__ = infer_variance
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.args = _Form(f'{name}.args')
        self.kwargs = _Form(f'{name}.kwargs')

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print(f'Runtime type is {type(obj).__name__!r}', file=_sys.stderr)
    return obj


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def overload(func):
    return func


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', {}) or {})


def get_origin(tp):
    if isinstance(tp, _Form):
        if tp._name == 'Union' and tp.__args__:
            return Union
        if tp.__args__ is not None:
            return tp.__origin__
    return None


def get_args(tp):
    if isinstance(tp, _Form) and tp.__args__ is not None:
        args = tp.__args__
        if tp._name == 'Callable' and args and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    return ()


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        try:
            self.__module__ = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace',
                         '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


def _make_nmtuple(name, fields, module, defaults=()):
    names = [n for n, t in fields]
    nm_tpl = _collections.namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(fields)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()),
                               ns.get('__module__', '__main__'),
                               defaults=[ns[n] for n in default_names])
        for key, val in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, val)
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl


def NamedTuple(typename, fields=None, **kwargs):
    """Typed version of namedtuple."""
    if fields is None:
        fields = list(kwargs.items())
    try:
        module = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        module = '__main__'
    return _make_nmtuple(typename, list(fields), module)


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp = type.__new__(_TypedDictMeta, name, (dict,), ns)
        anns = {}
        for base in bases:
            anns.update(base.__dict__.get('__annotations__', {}))
        anns.update(ns.get('__annotations__', {}))
        tp.__annotations__ = anns
        tp.__total__ = total
        return tp

    def __init__(cls, name, bases, ns, total=True):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def TypedDict(typename, fields=None, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields)}
    try:
        ns['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()
