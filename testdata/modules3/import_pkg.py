import _pkg3
from _pkg3 import helper, VERSION
from _pkg3.sub import deep_value
from _pkg3.sub._leaf import Leaf
import _pkg3.sub._leaf as leafmod
import _mod3_util as util
from _mod3_util import *
print(_pkg3.__name__, _pkg3.VERSION, VERSION, helper(3))
print(deep_value(), Leaf("x"), leafmod.__name__, leafmod.LEAF_CONST)
print(util.__name__, util.square(4), public_fn(), "_private" in dir())
print(_pkg3.sub.__name__, hasattr(_pkg3, "sub"), _pkg3.init_count)
import _pkg3 as again
print(again is _pkg3, again.init_count)
import sys
print("_pkg3.sub._leaf" in sys.modules, sorted(k for k in sys.modules if k.startswith("_pkg3")))
print(util.__name__ == "_mod3_util", util.main_guard_ran)
print(__name__)
try:
    import _pkg3.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _pkg3 import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(_pkg3.sub._leaf.Leaf is Leaf, util.counter_module_level)
