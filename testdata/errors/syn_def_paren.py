# SyntaxError: invalid syntax in a def header.
def f(:
    pass
