import os, errno
base = f"/tmp/pyg_golden_{os.getpid()}_oserr"
os.makedirs(base, exist_ok=True)
f = os.path.join(base, "file")
open(f, "w").close()
tests = [
    ("listdir file", lambda: os.listdir(f)),
    ("mkdir existing", lambda: os.mkdir(base)),
    ("remove dir", lambda: os.remove(base)),
    ("rmdir nonempty", lambda: os.rmdir(base)),
    ("open missing", lambda: open(os.path.join(base, "nope"))),
    ("open in file", lambda: open(os.path.join(f, "child"), "w")),
    ("stat missing", lambda: os.stat(os.path.join(base, "nope"))),
]
for name, fn in tests:
    try:
        fn()
        print(name, "ok")
    except OSError as e:
        print(name, type(e).__name__, errno.errorcode.get(e.errno), isinstance(e, OSError))
os.remove(f)
os.rmdir(base)
print(issubclass(FileNotFoundError, OSError), FileNotFoundError.__mro__[1].__name__)
e = OSError(errno.ENOENT, "x")
print(type(e).__name__, type(OSError(errno.EEXIST, "y")).__name__, type(OSError(errno.EISDIR, "z")).__name__)
