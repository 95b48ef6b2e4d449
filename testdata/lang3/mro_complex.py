class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print([k.__name__ for k in A.__mro__])
print([k.__name__ for k in B.__mro__])
print([k.__name__ for k in C.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(X, X): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(object, X): pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(A, O), issubclass(O, A))
