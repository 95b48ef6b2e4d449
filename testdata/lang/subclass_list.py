class L(list):
    pass
l = L([1, 2, 3])
l.append(4)
print(l, type(l).__name__, isinstance(l, list), len(l), l[1:], type(l[1:]).__name__)
l.name = 'n'
print(l.name, l.__dict__, bool(L()), bool(l))
print(l + [5], type(l + [5]).__name__)

class Stack(list):
    def push(self, x):
        self.append(x)
    def __len__(self):
        return 42
    def __iter__(self):
        return iter(['overridden'])
    def __contains__(self, x):
        return True
s = Stack()
s.push(1)
print(len(s), list(s), 'q' in s, s, bool(s))
print([x for x in s])

class Init(list):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.tag = a + b
i = Init(3, 4)
print(i, i.tag)
list.append(i, 9)
print(i, sorted(i, reverse=True))

class Add(list):
    def __add__(self, other):
        return 'added'
    def __getitem__(self, i):
        return ('item', i)
    def __eq__(self, o):
        return 'eq'
a = Add([1])
print(a + [2], a['k'], a == 3, a != 3)  # a[0] would take the VM's BINARY_SUBSCR fast path
for x in a:
    print('iter', x)
x, = a
print(x)
print(sum(L([1, 2])), max(L([3, 1])), ' '.join(L(['a', 'b'])))
print(L() == [], L([1]) < [2], [1] == L([1]))
