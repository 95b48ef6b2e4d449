x = '\777'
print(len(x))
