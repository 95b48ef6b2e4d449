# Traceback through a method, a lambda and a comprehension.
class Table:
    def __init__(self, rows):
        self.rows = rows
    def column(self, name):
        return [row[name] for row in self.rows]
    def total(self, name):
        return sum(map(lambda v: v + 1, self.column(name)))

t = Table([{"a": 1}, {"a": 2}, {"a": "3"}])
print(t.column("a"))
print(t.total("a"))
