import os
d = f"/tmp/pyg_golden_{os.getpid()}_text"
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    n = f.write("line one\n")
    f.write("line two\nline three\n")
    print("wrote", n)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, "r") as f:
    print(repr(f.readline()), repr(f.readline(4)), f.readlines())
with open(p, "a") as f:
    f.write("appended\n")
with open(p) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(p, "w") as f:
    f.writelines(["x\n", "y\n"])
    print(f.closed, f.mode, f.writable(), f.readable())
print(f.closed)
with open(p) as f:
    print(list(f))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open(os.path.join(d, "missing.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
print(os.path.exists(p), os.path.getsize(p), sorted(os.listdir(d)))
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))
