# SyntaxError: 'return' outside function.
print("never printed")
x = 5
return x
