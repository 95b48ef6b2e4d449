# SyntaxError: an unclosed parenthesis.
print("never printed: the file does not compile")
total = (1 + 2
print(total)
