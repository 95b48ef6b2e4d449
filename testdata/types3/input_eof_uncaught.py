print("reading")
x = input()
print("never", x)
