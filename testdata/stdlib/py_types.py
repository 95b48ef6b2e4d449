import types


def f():
    pass


def g():
    yield


class C:
    def m(self):
        pass


print(type(f) is types.FunctionType, isinstance(lambda: 0, types.LambdaType))
print(isinstance(g(), types.GeneratorType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.FunctionType.__name__, types.GeneratorType.__name__)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[2]))
print(types.SimpleNamespace())
