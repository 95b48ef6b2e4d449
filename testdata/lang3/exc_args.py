e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
e1 = ValueError("single")
print(e1.args, str(e1), repr(e1))
e0 = ValueError()
print(e0.args, repr(str(e0)), repr(e0))
class MyErr(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
        self.text = text
try:
    raise MyErr(404, "not found")
except MyErr as err:
    print(err.args, err.code, err.text, str(err))
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.args, n.x, repr(str(n)))
k = KeyError("key")
print(str(k), repr(k), k.args)
o = OSError(2, "No such file")
print(o.errno, o.strerror, str(o), type(o).__name__)
f = FileNotFoundError(2, "gone", "name.txt")
print(str(f), f.filename)
print(type(OSError(2, "x")).__name__)
s = StopIteration(7)
print(s.value, s.args)
x = SystemExit(3)
print(x.code, x.args)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(u))
e.args = ("changed",)
print(str(e))
ex = Exception("a", "b")
print(ex.with_traceback(None) is ex)
