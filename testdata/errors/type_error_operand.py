# TypeError: unsupported operand types for +.
def label(n):
    return "item " + n
print(label("1"))
print(label(2))
