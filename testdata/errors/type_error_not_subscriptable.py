# TypeError: subscripting an int.
def first(x):
    return x[0]
print(first("abc"))
print(first(42))
