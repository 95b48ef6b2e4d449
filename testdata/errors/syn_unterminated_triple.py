# SyntaxError: unterminated triple-quoted string literal.
print("never printed")
doc = """starts here
and never
ends
