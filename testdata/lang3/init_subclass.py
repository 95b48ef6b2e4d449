class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class A(Plugin): pass
class B(Plugin, name="bee"): pass
class C(B): pass
print(sorted(Plugin.registry), C.plugin_name)
try:
    class D(Plugin, bogus=1, name="d"): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls):
        print("Base init_subclass", cls.__name__, [k.__name__ for k in cls.__mro__])
class M1(Base): pass
class M2(M1): pass
class Req:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run")
class Ok(Req):
    def run(self): pass
try:
    class NotOk(Req): pass
except TypeError as e:
    print("TypeError:", e)
print(type(Base.__dict__["__init_subclass__"]).__name__)
