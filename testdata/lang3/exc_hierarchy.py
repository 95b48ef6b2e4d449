names = ["ZeroDivisionError", "OverflowError", "KeyError", "IndexError", "ValueError",
         "UnicodeDecodeError", "FileNotFoundError", "PermissionError", "TimeoutError",
         "NotImplementedError", "RecursionError", "StopIteration", "GeneratorExit",
         "KeyboardInterrupt", "SystemExit", "ModuleNotFoundError", "UnboundLocalError",
         "TypeError", "AttributeError", "AssertionError", "EOFError", "BrokenPipeError",
         "IsADirectoryError", "StopAsyncIteration", "FloatingPointError", "TabError",
         "UserWarning", "DeprecationWarning", "ConnectionResetError", "ChildProcessError"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, "->", " > ".join(c.__name__ for c in cls.__mro__))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception))
print(issubclass(Warning, Exception), issubclass(ArithmeticError, Exception))
