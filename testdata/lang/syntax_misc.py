# Misc syntax: semicolons, backslash continuation, pass, comments, implicit joining, Ellipsis.
a = 1; b = 2; c = a + b; print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,  # one
    2,  # two
    3,  # trailing comma ok
]
print(values)
result = (1
          + 2
          * 3)
print(result)
def nothing():
    pass
class Nothing:
    pass
print(nothing(), Nothing.__name__)
for _ in range(2):
    pass
if True:
    pass
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
def stub():
    ...
print(stub())
d = {
    "k": "v",
    "n": [1,
          2],
}
print(d)
x = [i
     for i in range(3)
     if i]
print(x)
print("very long "
      "string")
if (a == 1 and
        b == 2):
    print("multi-line condition")
print(NotImplemented, type(NotImplemented).__name__)
print(__name__, __doc__)
