import contextlib
import sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack


@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')


with tag('p') as t:
    print('inside', t)

try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)


@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')


with swallow():
    1 / 0
print('after swallow')


@tag('deco')
def decorated():
    print('in decorated')


decorated()

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')


class Res:
    def close(self):
        print('closed')


with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(42) as v:
    print(v)

with ExitStack() as stack:
    for n in ['a', 'b', 'c']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback', 1)
    print('body')

with ExitStack() as stack:
    stack.callback(print, 'not run')
    keep = stack.pop_all()
print('popped')
keep.close()


def exit_handler(*exc):
    print('exit handler', exc[0].__name__ if exc[0] else None)
    return True


with ExitStack() as stack:
    stack.push(exit_handler)
    raise RuntimeError('hidden')
print('suppressed by stack')


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
