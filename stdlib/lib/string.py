"""A collection of string constants.

pyg's string module: the constants, capwords and Template (parsed by hand,
without the re module; Template.idpattern is fixed to the default ASCII
identifier pattern).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_idstart = frozenset('_' + ascii_letters)
_idchars = frozenset('_' + ascii_letters + digits)


class _Merged:
    # Lookup in the keyword arguments first, then in the mapping (what
    # CPython does with a ChainMap).
    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (start, end, kind, name) for every delimiter occurrence, like
        # the matches of CPython's Template.pattern; kind is one of
        # 'escaped', 'named', 'braced', 'invalid'.
        s = self.template
        d = self.delimiter
        dl = len(d)
        n = len(s)
        i = s.find(d)
        while i >= 0:
            j = i + dl
            if s.startswith(d, j):
                yield i, j + dl, 'escaped', None
                i = s.find(d, j + dl)
                continue
            if j < n and s[j] in _idstart:
                k = j + 1
                while k < n and s[k] in _idchars:
                    k += 1
                yield i, k, 'named', s[j:k]
                i = s.find(d, k)
                continue
            if j < n and s[j] == '{' and j + 1 < n and s[j + 1] in _idstart:
                k = j + 2
                while k < n and s[k] in _idchars:
                    k += 1
                if k < n and s[k] == '}':
                    yield i, k + 1, 'braced', s[j + 1:k]
                    i = s.find(d, k + 1)
                    continue
            yield i, j, 'invalid', None
            i = s.find(d, j) if dl else -1

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _sub(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Merged(kws, mapping)
        s = self.template
        out = []
        pos = 0
        for start, end, kind, name in self._scan():
            out.append(s[pos:start])
            pos = end
            if name is not None:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(s[start:end])
                else:
                    out.append(str(mapping[name]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif safe:
                out.append(s[start:end])
            else:
                self._invalid(end)
        out.append(s[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, **kws):
        return self._sub(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, **kws):
        return self._sub(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
