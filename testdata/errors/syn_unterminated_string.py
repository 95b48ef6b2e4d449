# SyntaxError: unterminated string literal.
print("never printed")
name = "unterminated
print(name)
