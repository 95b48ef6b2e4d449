# An exception raised while handling another one.
def cleanup():
    raise OSError("cleanup failed")

try:
    result = 1 / 0
except ZeroDivisionError:
    cleanup()
