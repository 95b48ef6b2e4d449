# A binary search tree: insertion, search, traversals, height, deletion, iteration.
class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def find(self, key):
        node = self.root
        while node and node.key != key:
            node = node.left if key < node.key else node.right
        return node.value if node else None

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __len__(self):
        return self.size

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def preorder(self, node="root"):
        node = self.root if node == "root" else node
        if node is None:
            return []
        return [node.key] + self.preorder(node.left) + self.preorder(node.right)

    def postorder(self, node):
        if node is None:
            return []
        return self.postorder(node.left) + self.postorder(node.right) + [node.key]

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        if removed:
            self.size -= 1
        return removed

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, r = self._delete(node.left, key)
            return node, r
        if key > node.key:
            node.right, r = self._delete(node.right, key)
            return node, r
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left:
            succ = succ.left
        node.key, node.value = succ.key, succ.value
        node.right, _ = self._delete(node.right, succ.key)
        return node, True


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 20]:
    t.insert(k, f"v{k}")
print("size", len(t), "height", t.height())
print("inorder  ", list(t))
print("preorder ", t.preorder())
print("postorder", t.postorder(t.root))
print("levels   ", t.levels())
print(t.find(45), t.find(99), 65 in t, 66 in t)
for k in [20, 30, 50, 99]:
    print("delete", k, t.delete(k), list(t), t.levels())
print("size", len(t), "min", min(t), "max", max(t), "sum", sum(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, len(w))
print(list(words), len(words), words.find("quick"), words.height())
chain = BST()
for i in range(12):
    chain.insert(i)
print("degenerate height", chain.height(), chain.levels()[:3])
