# Matrix operations with nested lists: multiply, transpose, identity, power, determinant, solve.
def zeros(n, m):
    return [[0] * m for _ in range(n)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(a):
    return [list(row) for row in zip(*a)]


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matpow(a, k):
    result = identity(len(a))
    while k:
        if k & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        k >>= 1
    return result


def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    if n == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total


def solve(a, b):
    n = len(a)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [round(m[i][n] / m[i][i], 9) for i in range(n)]


def show(name, a):
    width = max(len(str(x)) for row in a for x in row)
    print(name + ":")
    for row in a:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show("a", a)
show("b", b)
show("a @ b", matmul(a, b))
show("b @ a", matmul(b, a))
show("a^T", transpose(a))
show("I3", identity(3))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) via matrix power:", fib[0][1])
m = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
print("det:", det(m), det(identity(4)), det([[1, 2], [2, 4]]), det([[3, 1, 4, 1], [5, 9, 2, 6], [5, 3, 5, 8], [9, 7, 9, 3]]))
print("solve:", solve(m, [1, 0, 1]))
print("solve 2:", solve([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]))
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError:", e)
big = [[(i * 7 + j * 3) % 10 for j in range(6)] for i in range(6)]
sq = matmul(big, big)
print("trace of big^2:", sum(sq[i][i] for i in range(6)), "sum:", sum(map(sum, sq)))
print("symmetric:", matmul(big, transpose(big)) == transpose(matmul(big, transpose(big))))
show("zeros", zeros(2, 3))
