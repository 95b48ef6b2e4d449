import sys
import traceback


def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError:
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])

try:
    {}['k']
except KeyError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1], end='')

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(lines[-1], end='')
    print(any('direct cause' in l for l in lines))
print(traceback.format_exception_only(SyntaxError, None))
print(traceback.format_exc())


class MyErr(Exception):
    pass


try:
    raise MyErr()
except MyErr as e:
    print(traceback.format_exception_only(e))
sys.stderr = sys.stdout
try:
    raise TypeError('printed')
except TypeError:
    print(traceback.format_exc().splitlines()[-1])
