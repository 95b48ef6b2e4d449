# import of the program's own modules: import, import as, module caching.
import _helper_mod
import _helper_mod as hm
import _helper_two
print(_helper_mod.VALUE, hm.VALUE, hm is _helper_mod)
print(_helper_mod.greet("main"))
print(_helper_mod.Thing(3), hm.Thing(4).n)
_helper_mod.items.append("added")
print(hm.items)
print(_helper_two.combined())
print(_helper_mod.__name__, __name__)
_helper_mod.VALUE = 7
print(_helper_two.combined())
import _helper_mod
print(_helper_mod.VALUE)
print(type(_helper_mod).__name__, _helper_mod.__name__)
try:
    import _no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
def local_import():
    import _helper_two as h2
    return h2.PUBLIC
print(local_import())
