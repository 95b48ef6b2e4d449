# SyntaxError: invalid syntax in "x = = 1".
print("never printed")
x = = 1
