x = '\q'
print(x)
