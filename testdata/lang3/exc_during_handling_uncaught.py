def risky():
    return [1, 2][5]
try:
    risky()
except IndexError as e:
    print("handling", type(e).__name__)
    undefined_function_call()
