class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
    def __contains__(self, v): return any(v in r for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m[0, 1], len(m), list(m), 4 in m, 5 in m)
m[1, 1] = 10
print(m)
i = Matrix([[1, 0], [0, 1]])
print(m @ i == m, m @ m)
m2 = m
m2 @= i
print(m2, m2 is m)
print([sum(r) for r in m], sorted(m, reverse=True))
