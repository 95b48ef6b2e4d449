# Functions defined by module-level code and class bodies that hold no
# mortal object are immortal in pyg (no count changes on calls); everything
# observable apart from sys.getrefcount must stay as in CPython.


class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))


# a mutable default: the function stays counted, deleting it frees the default
def holder(x=R(1)):
    return x.n


print(holder())
del holder
print("after del holder")


# redefinition and an alias to the old function
def version():
    return 1


old = version


def version():
    return 2


print(old(), version(), old is not version)


# a function that deletes its own global while it runs
def self_deleting(n):
    global self_deleting
    del self_deleting
    return n * 2


print(self_deleting(21), "self_deleting" in globals())


# attributes on a function, and one holding an object with __del__
def tagged():
    return tagged.tag


tagged.tag = "t"
print(tagged())
tagged.res = R(2)
del tagged.res
print("after del attribute")


# closures and nested functions are not top-level
def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c2())


class Base:
    def hello(self):
        return "base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()

    def plain(self, k=3):
        return k


print(Child().hello(), Child().plain(), Child.plain(Child(), 4))

# functions made by exec() at module level
for i in range(3):
    exec("def made(): return %d" % i)
    print(made())

# a function stored in a container and called after its name is gone
def stored():
    return "stored"


box = [stored]
del stored
print(box[0]())
print(sorted([3, 1, 2], key=lambda v: -v))
