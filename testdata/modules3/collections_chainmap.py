from collections import ChainMap, UserDict, UserList
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), dict(sorted(cm.items())))
cm["d"] = 4
print(over, base)
child = cm.new_child({"a": 100})
print(child["a"], child.parents["a"], child.maps[0])
class Upper(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
u = Upper(); u["x"] = 1; u.update(y=2)
print(u, u.data, "X" in u)
class Stack(UserList):
    def push(self, v): self.append(v)
s = Stack([1]); s.push(2)
print(s, s.data, len(s), s[-1])
