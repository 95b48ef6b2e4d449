class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)))
print(isinstance(b, ()), isinstance(3, (str, (list, int))))
print(issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int))
print(issubclass(int, object), isinstance(None, object))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(3.0, (int, float)), isinstance("s", (bytes, bytearray)))
try:
    isinstance(b, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(A, type), isinstance(type, type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
print(isinstance([], (list, tuple)), isinstance({}, dict))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)))
