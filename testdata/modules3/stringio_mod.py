import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s2 = io.StringIO("a\nb\nc")
print(list(s2))
s2.seek(0)
print(s2.readlines(), s2.closed)
s3 = io.StringIO("initial")
s3.write("XY")
print(s3.getvalue())
s3.seek(0, 2); s3.write("!")
print(s3.getvalue())
s3.truncate(4)
print(repr(s3.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"bytes data")
print(b.read(5), b.read(), b.getvalue())
b2 = io.BytesIO(); b2.write(b"\x00\x01"); print(b2.getvalue(), b2.tell())
import sys
old = sys.stdout
sys.stdout = cap = io.StringIO()
print("captured", 1, 2)
sys.stdout = old
print(repr(cap.getvalue()))
