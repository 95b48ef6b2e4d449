x = '\ud800'
print(len(x), ascii(x))
print(x)
