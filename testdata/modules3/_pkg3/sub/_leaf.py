print("init leaf", __name__)
LEAF_CONST = 99
class Leaf:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Leaf({self.n!r})"
