# input() on empty stdin raises EOFError, which is handled.
print("before input")
try:
    line = input("prompt> ")
    print("got", repr(line))
except EOFError as e:
    print()
    print("EOFError caught", repr(str(e)))
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print("lines read:", lines)
