print("init _pkg3")
VERSION = "3.1"
init_count = 1
def helper(x):
    from . import sub
    return x * 10 + sub.SUB_VAL
