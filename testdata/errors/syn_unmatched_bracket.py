# SyntaxError: closing bracket does not match opening parenthesis.
items = (1, 2, 3]
