class A:
    def __init__(self):
        self.__secret = "a-secret"
        self._protected = "prot"
    def reveal(self): return self.__secret
    def __private_method(self): return "pm"
    def call_private(self): return self.__private_method()
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "b-secret"
    def reveal_b(self): return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), b._protected, b.call_private())
print(sorted(k for k in vars(b)))
print(b._A__secret, b._B__secret, hasattr(b, "__secret"))
try:
    b.__private_method()
except AttributeError as e:
    print("AttributeError:", e)
print(A._A__private_method(b))
class C:
    __cls_private = 5
    def get(self): return C.__cls_private
print(C().get(), "_C__cls_private" in C.__dict__)
