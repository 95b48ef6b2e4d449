value = 42
def func():
    return "func"
public = "pub"
_private = 1
