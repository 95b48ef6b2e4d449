# from-imports: names, aliases, star import with __all__.
from _helper_mod import VALUE, greet as hello, Thing
print(VALUE, hello("x"), Thing(1))
from _helper_two import *
print(combined(), PUBLIC)
try:
    print(HIDDEN)
except NameError as e:
    print("NameError:", e)
from _helper_two import HIDDEN
print(HIDDEN)
try:
    from _helper_mod import nothing_here
except ImportError as e:
    print("ImportError:", e)
from _helper_mod import _private
print(_private())
import _helper_mod
print(_helper_mod.greet is hello)
