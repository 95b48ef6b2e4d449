class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
print(r.a)
r.a = 10
r.b = "x"
print(r.a, r.b, sorted(vars(r)))
print(type(Rec.a).__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata:" + (objtype.__name__ if objtype else "?")
class Host:
    nd = NonData()
h = Host()
print(h.nd, Host.nd)
h.nd = "instance wins"
print(h.nd)
class DataD:
    def __get__(self, obj, t=None): return "data"
    def __set__(self, obj, v): print("DataD.set", v)
class Host2:
    d = DataD()
h2 = Host2()
h2.__dict__["d"] = "in dict"
print(h2.d)
h2.d = 5
class Del:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print("__delete__ called")
class Host3:
    x = Del()
del Host3().x
