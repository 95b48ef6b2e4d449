# SyntaxError in an f-string: unclosed replacement field.
value = 3
print(f"value is {value")
