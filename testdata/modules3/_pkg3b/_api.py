from ._models import User
from . import _models as models
_count = 0
def create(name):
    return User(name.title())
def counter():
    global _count
    _count += 1
    return _count + models.BASE
