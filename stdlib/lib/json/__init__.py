"""JSON (JavaScript Object Notation) encoder and decoder.

pyg's json: dumps, dump, loads and load are the Go codec of _json (which
handles cls= by calling cls(**kw).encode(obj) / .decode(s), as CPython);
JSONEncoder and JSONDecoder are the subclassable classes of CPython's
json.encoder and json.decoder, encoding and decoding through that codec.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

from _json import dumps, dump, loads, load, JSONDecodeError
from _json import dumps as _dumps, loads as _loads


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return _dumps(o, skipkeys=self.skipkeys, ensure_ascii=self.ensure_ascii,
                      check_circular=self.check_circular, allow_nan=self.allow_nan,
                      sort_keys=self.sort_keys, indent=self.indent,
                      separators=(self.item_separator, self.key_separator),
                      default=self.default)

    def iterencode(self, o, _one_shot=False):
        return iter((self.encode(o),))


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _options(self):
        kw = {'strict': self.strict}
        for name in ('object_hook', 'parse_float', 'parse_int',
                     'parse_constant', 'object_pairs_hook'):
            v = getattr(self, name)
            if v is not None:
                kw[name] = v
        return kw

    def decode(self, s):
        return _loads(s, **self._options())

    def raw_decode(self, s, idx=0):
        try:
            return _loads(s[idx:], **self._options()), len(s)
        except JSONDecodeError as e:
            if e.msg != 'Extra data':
                raise
            end = idx + len(s[idx:idx + e.pos].rstrip(' \t\n\r'))
            return _loads(s[idx:end], **self._options()), end
