# SyntaxError: an unmatched closing parenthesis.
result = 2 * 3)
