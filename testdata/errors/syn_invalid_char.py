# SyntaxError: invalid character in identifier position.
x = 1
y = x → 2
