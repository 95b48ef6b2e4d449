# Unary operators, identity tests and membership tests.
x = 5
print(-x, +x, ~x, not x, -(-x), - -x, not not x)
print(-0, +0.0, -0.0, ~0, -True, +False, ~False, not None)
print(-2 ** 63, ~(2 ** 64))
a = None
print(a is None, a is not None, not a is None, a == None)
t = True
print(t is True, t is not False, (1 == 1) is True, bool(1) is True)
l1 = [1, 2]
l2 = l1
l3 = [1, 2]
print(l1 is l2, l1 is l3, l1 == l3, l1 is not l3)
print(1 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "x" not in "hello")
print("a" in {"a": 1}, 1 in {"a": 1}, 1 in {1: "a"}, 2 in {1, 2}, 3 in range(5))
print("" in "abc", [] in [[]], None in [0, False], 0 in [False], (1, 2) in [(1, 2)])
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(-5, 0))
class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, item):
        print("checking", item)
        return item in self.items
bag = Bag([1, 2])
print(1 in bag, 3 not in bag)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(10 in Seq(), 15 in Seq(), list(Seq()))
nan = float("nan")
print(nan in [nan], nan == nan, [nan] == [nan])
print(type(None) is type(None), type(1) is int, type(True) is bool, type(True) is int)
