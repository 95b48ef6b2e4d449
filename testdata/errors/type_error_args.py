# TypeError: wrong number of arguments to a user function.
def area(width, height):
    return width * height
print(area(2, 3))
print(area(2))
