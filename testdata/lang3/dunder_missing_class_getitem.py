class Registry:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Registry[int], list[int], dict[str, int], tuple[int, ...])
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v
d = Default()
print(d["a"], d["b"], d["a"], d)
class Ctr(dict):
    def __missing__(self, k): return 0
c = Ctr()
c["x"] += 1; c["x"] += 1
print(c, c.get("y"), c["y"])
class Bool:
    def __eq__(self, other): return "eq-result"
print(Bool() == 1, [Bool()] == [1], (Bool() == 1) == "eq-result")
print(list.__name__, list[int].__origin__, type(list[int]).__name__)
