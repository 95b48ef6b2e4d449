from _pkg3b import _api as api
from _pkg3b._models import User, make_default
import _pkg3b
print(api.create("ann"))
print(User("bob"), make_default())
print(_pkg3b.__all__, sorted(n for n in dir(_pkg3b) if not n.startswith("__")))
print(api.__name__, api.__package__, _pkg3b.__package__)
from _pkg3b import *
print(create("star"))
print(api.counter(), api.counter(), _pkg3b._api.counter())
