import _mod3_util as u
print(u.__name__, u.__file__.endswith("_mod3_util.py"), u.__doc__, u.__package__ == "")
print(sorted(n for n in vars(u) if not n.startswith("__")))
u.square = lambda x: "patched"
import _mod3_util
print(_mod3_util.square(3), _mod3_util is u)
m = __import__("_mod3_util")
print(m is u)
math = __import__("math")
print(math.sqrt(81))
import sys
del sys.modules["_mod3_util"]
import _mod3_util as fresh
print(fresh is u, fresh.square(3))
print(type(u).__name__, hasattr(u, "__dict__"))
