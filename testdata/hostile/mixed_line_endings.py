print(1)
print(2)
print(3)print(4)
