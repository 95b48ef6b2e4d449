import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print(1, 2, 3, sep="\n")
print()
print("no newline", end="")
print(" continued")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep=",")
print("x", sep=None, end=None)
print(None, True, 1.5, [1, "a"], {"k": (1,)})
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("err2", "more", sep="-", file=sys.stderr)
import io
buf = io.StringIO()
print("into buffer", 42, file=buf, sep=":")
print(repr(buf.getvalue()))
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
print("", end="")
print("last")
