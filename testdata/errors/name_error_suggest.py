# NameError with CPython's "Did you mean" suggestion for a close local name.
def compute():
    length = 10
    width = 3
    return lenght * width
print(compute())
