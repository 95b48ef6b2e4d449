# Uncaught ZeroDivisionError from integer modulo at module level.
a = 10
b = a - 10
print("computing")
c = a % b
