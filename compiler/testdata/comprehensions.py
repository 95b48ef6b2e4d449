squares = [x * x for x in range(10)]
evens = {x for x in range(10) if x % 2 == 0 if x}
table = {k: v for k, v in items}
pairs = [(x, y) for x in range(3) for y in range(x) if x != y]
gen = (x for x in data)
total = sum(x for x in data)

def f(n):
    return [i + n for i in range(n)]

def walrus(data):
    if any((hit := x) > 10 for x in data):
        return hit

class C:
    data = [1, 2]
    doubled = [d * 2 for d in data]

nested = [[y for y in x] for x in matrix]
