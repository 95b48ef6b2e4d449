import sys
print("prompting")
try:
    line = input("Enter: ")
    print("got", line)
except EOFError as e:
    print("EOFError", repr(str(e)))
try:
    input()
except EOFError:
    print("second EOFError")
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print(list(sys.stdin))
