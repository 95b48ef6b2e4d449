# SyntaxError: leading zeros in decimal integer literals are not permitted.
n = 0123
