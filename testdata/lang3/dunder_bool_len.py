class Z:
    def __len__(self): return 0
class NZ:
    def __len__(self): return 3
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Z()), bool(NZ()), bool(Both()), len(NZ()))
print(bool(B(False)))
if B(True): print("truthy")
print(not B(False))
print(B(True) and "x")
print([x for x in [Z(), NZ(), 0, 1, "", "a"] if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
print(bool([]), bool([0]), bool(0.0), bool(-0.0), bool(0j), bool(""), bool(" "))
