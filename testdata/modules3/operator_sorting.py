from operator import itemgetter, attrgetter, methodcaller
import operator
students = [("jane", "B", 12), ("john", "A", 15), ("dave", "B", 10), ("ann", "A", 15)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2), reverse=True))
class S:
    def __init__(self, name, grade, age): self.name, self.grade, self.age = name, grade, age
    def __repr__(self): return self.name
objs = [S(*s) for s in students]
print(sorted(objs, key=attrgetter("age")), sorted(objs, key=attrgetter("grade", "name")))
print(list(map(methodcaller("upper"), ["a", "b"])), list(map(itemgetter(0), students)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2])))
import functools
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(operator.mul, range(1, 8)))
print(itemgetter(slice(1, 3))("abcdef"), itemgetter("k")({"k": "v"}))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=itemgetter(1)))
