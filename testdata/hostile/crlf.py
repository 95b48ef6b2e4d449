print(1)
if True:
    print(2)
x = '''a
b'''
print(repr(x))
