# Runaway recursion: RecursionError with "[Previous line repeated N more times]".
def forever(n):
    return forever(n + 1)
print("recursing")
forever(0)
