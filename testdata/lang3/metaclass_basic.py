class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["added"] = "by meta"
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def describe(cls): return f"class {cls.__name__}"
class A(metaclass=Meta):
    x = 1
    def m(self): pass
class B(A):
    y = 2
print(A.added, B.added, A.describe(), type(A).__name__, type(B).__name__)
print(isinstance(A, Meta), isinstance(A(), Meta))
class Registry(type):
    classes = []
    def __init__(cls, *a):
        super().__init__(*a)
        Registry.classes.append(cls.__name__)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
