"""Extract, format and print information about Python stack traces.

pyg's traceback: a minimal version of CPython's module.  Exceptions with
their own traceback are formatted by the interpreter (sys._pyg_format_exception,
the text pyg prints for an uncaught exception); other tracebacks are walked as
traceback objects (tb_frame.f_code.co_filename / co_name, tb_lineno, tb_next).
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'walk_tb']

_source_cache = {}
_sentinel = object()


def _getline(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename) as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or last != key:
                if count > 3:
                    n = count - 3
                    result.append(f'  [Previous line repeated {n} more '
                                  f'time{"s" if n > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            row = '  File "{}", line {}, in {}\n'.format(fs.filename, fs.lineno, fs.name)
            if fs.line:
                row += '    {}\n'.format(fs.line)
            result.append(row)
        if count > 3:
            n = count - 3
            result.append(f'  [Previous line repeated {n} more '
                          f'time{"s" if n > 1 else ""}]\n')
        return result


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame."""
    while tb is not None:
        yield getattr(tb, 'tb_frame', None), getattr(tb, 'tb_lineno', None)
        tb = getattr(tb, 'tb_next', None)


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed
    entries from traceback."""
    result = StackSummary()
    for frame, lineno in walk_tb(tb):
        if limit is not None and len(result) >= limit:
            break
        code = getattr(frame, 'f_code', None)
        filename = getattr(code, 'co_filename', '<unknown>')
        name = getattr(code, 'co_name', '<unknown>')
        result.append(FrameSummary(filename, lineno, name))
    return result


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def _type_name(etype):
    stype = getattr(etype, '__qualname__', None) or etype.__name__
    smod = getattr(etype, '__module__', None)
    if smod not in ("__main__", "builtins", None):
        if not isinstance(smod, str):
            smod = "<unknown>"
        stype = smod + '.' + stype
    return stype


def _exc_line(etype, value):
    stype = _type_name(etype)
    try:
        msg = str(value)
    except Exception:
        msg = '<exception str() failed>'
    if value is None or not msg:
        line = stype + '\n'
    else:
        line = f'{stype}: {msg}\n'
    if isinstance(value, SyntaxError) and getattr(value, 'lineno', None) is not None:
        lines = ['  File "{}", line {}\n'.format(value.filename or "<string>", value.lineno)]
        text = value.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            lines.append('    {}\n'.format(ltext))
            if value.offset is not None:
                caret = max(value.offset - 1 - spaces, 0)
                lines.append('    {}^\n'.format(' ' * caret))
        lines.append('{}: {}\n'.format(stype, value.msg or "<no detail available>"))
        return lines
    out = [line]
    notes = getattr(value, '__notes__', None)
    if notes is not None:
        if isinstance(notes, (list, tuple)):
            for note in notes:
                out.append(f'{note}\n' if isinstance(note, str) else f'{note!r}\n')
        else:
            out.append(f'{notes!r}\n')
    return out


def format_exception_only(exc, value=_sentinel, *, show_group=False):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _exc_line(type(value), value)


def _format_chain(value, tb, limit, chain, seen):
    out = []
    if value is not None:
        seen.add(id(value))
        if chain:
            cause = getattr(value, '__cause__', None)
            context = getattr(value, '__context__', None)
            if cause is not None and id(cause) not in seen:
                out += _format_chain(cause, cause.__traceback__, limit, chain, seen)
                out.append('\nThe above exception was the direct cause '
                           'of the following exception:\n\n')
            elif (context is not None and id(context) not in seen
                  and not getattr(value, '__suppress_context__', False)):
                out += _format_chain(context, context.__traceback__, limit, chain, seen)
                out.append('\nDuring handling of the above exception, '
                           'another exception occurred:\n\n')
    if tb is not None:
        out.append('Traceback (most recent call last):\n')
        out += format_tb(tb, limit)
    out += format_exception_only(value)
    return out


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    if value is _sentinel:
        value = exc
        tb = getattr(exc, '__traceback__', None) if exc is not None else None
    elif tb is _sentinel:
        tb = getattr(value, '__traceback__', None) if value is not None else None
    if (limit is None and isinstance(value, BaseException)
            and tb is value.__traceback__):
        # The interpreter's own formatter: CPython's text, carets included.
        return sys._pyg_format_exception(value, chain)
    return _format_chain(value, tb, limit, chain, set())


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit, file, chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is None:
        try:
            f = sys._getframe(1)
        except (AttributeError, ValueError):
            return StackSummary()
    frames = []
    while f is not None:
        code = getattr(f, 'f_code', None)
        frames.append(FrameSummary(getattr(code, 'co_filename', '<unknown>'),
                                   getattr(f, 'f_lineno', None),
                                   getattr(code, 'co_name', '<unknown>')))
        f = getattr(f, 'f_back', None)
    frames.reverse()
    if limit is not None:
        frames = frames[-limit:] if limit >= 0 else frames[:-limit]
    return StackSummary(frames)


def format_stack(f=None, limit=None):
    if f is None:
        try:
            f = sys._getframe(1)
        except (AttributeError, ValueError):
            return []
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        try:
            f = sys._getframe(1)
        except (AttributeError, ValueError):
            return
    if file is None:
        file = sys.stderr
    for item in format_stack(f, limit=limit):
        print(item, file=file, end="")


def clear_frames(tb):
    pass
