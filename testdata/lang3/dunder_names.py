class Outer:
    """Outer doc."""
    class Inner:
        def meth(self): pass
    def method(self):
        def local(): pass
        return local
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.meth.__qualname__)
print(Outer().method().__qualname__)
print(Outer.method.__name__, Outer.method.__module__)
def f():
    "f doc"
print(f.__doc__, f.__name__, f.__qualname__)
class NoDoc: pass
print(NoDoc.__doc__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__)
print(o.__doc__, o.__module__)
print(__name__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
print(int.__name__, int.__qualname__, int.__module__)
print(len.__name__, len.__module__)
class E(Exception): pass
print(E.__module__, E.__qualname__, E.__mro__[1].__name__)
