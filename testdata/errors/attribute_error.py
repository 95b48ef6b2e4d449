# AttributeError on a built-in type.
x = 5
x.append(3)
