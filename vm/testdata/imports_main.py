import helper_mod
from helper_mod import value, func as f2
print(helper_mod.value, f2(), helper_mod.__name__)
import helper_pkg.inner
from helper_pkg import inner_value
print(helper_pkg.inner.X, inner_value)
from helper_mod import *
print(public)
try:
    from helper_mod import missing
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e)
