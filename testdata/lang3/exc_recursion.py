import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit() >= 1000)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(500))))
def mutual_a(n): return "done" if n == 0 else mutual_b(n - 1)
def mutual_b(n): return mutual_a(n)
print(mutual_a(400))
