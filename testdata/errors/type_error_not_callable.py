# TypeError: calling a non-callable object.
total = 5
result = total(3)
