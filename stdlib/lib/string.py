"""A collection of string constants.

pyg's string module: the constants, capwords and Template (parsed by hand,
without the re module; Template.idpattern is fixed to the default ASCII
identifier pattern) and Formatter (with the format-string parser of
CPython's _string module written in Python).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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


########################################################################
# The Formatter class (CPython's Lib/string.py), over a Python version of
# _string.formatter_parser and _string.formatter_field_name_split.

def _formatter_parser(s):
    # Yields (literal_text, field_name, format_spec, conversion).
    i, n = 0, len(s)
    literal = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and s[i + 1] == '{':
            literal.append('{')
            yield ''.join(literal), None, None, None
            literal = []
            i += 2
            continue
        # a replacement field: find its matching '}'
        depth = 1
        j = i + 1
        while j < n:
            if s[j] == '{':
                depth += 1
            elif s[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        i = j + 1
        # split name, conversion and spec (the name ends at the first ! or :
        # outside brackets)
        k = 0
        while k < len(field):
            ch = field[k]
            if ch == '[':
                while k < len(field) and field[k] != ']':
                    k += 1
            elif ch in '!:':
                break
            k += 1
        name = field[:k]
        conversion = None
        spec = ''
        rest = field[k:]
        if rest.startswith('!'):
            if len(rest) < 2:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = rest[1]
            rest = rest[2:]
            if rest and not rest.startswith(':'):
                raise ValueError("expected ':' after conversion specifier")
        if rest.startswith(':'):
            spec = rest[1:]
        yield ''.join(literal), name, spec, conversion
        literal = []
    if literal:
        yield ''.join(literal), None, None, None


def _field_name_split(name):
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)

    def rest(i=i):
        while i < len(name):
            if name[i] == '.':
                j = i + 1
                while j < len(name) and name[j] not in '.[':
                    j += 1
                attr = name[i + 1:j]
                if not attr:
                    raise ValueError("Empty attribute in format string")
                yield True, attr
                i = j
            elif name[i] == '[':
                j = name.find(']', i)
                if j < 0:
                    raise ValueError("Missing ']' in format string")
                key = name[i + 1:j]
                if not key:
                    raise ValueError("Empty attribute in format string")
                yield False, int(key) if key.isdigit() else key
                i = j + 1
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")

    return first, rest()


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # format the object and append to the result
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)

    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
