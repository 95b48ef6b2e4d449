import sys
print(sys.version_info[:2] >= (3, 0), sys.version_info.major, type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform.startswith(("linux", "darwin", "win")))
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_basics.py"))
print(type(sys.path).__name__, isinstance(sys.modules, dict), "sys" in sys.modules, "__main__" in sys.modules)
print(sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.stdout is sys.__stdout__, hasattr(sys.stdin, "readline"), sys.stderr.write("e\n"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.maxunicode, sys.hash_info.width)
print(sys.exc_info() == (None, None, None), sys.getdefaultencoding(), sys.implementation.name in ("cpython", "pyg"))
print(type(sys.getsizeof(1)).__name__, callable(sys.exit), sys.flags.optimize)
mod = sys.modules[__name__]
print(mod.__name__, hasattr(mod, "mod"))
try:
    sys.exit(0)
except SystemExit as e:
    print("exit code", e.code)
print(sys.intern("abc") == "abc")
