import os
d = f"/tmp/pyg_golden_{os.getpid()}_bin"
os.makedirs(d, exist_ok=True)
p = os.path.join(d, "data.bin")
with open(p, "wb") as f:
    print(f.write(bytes(range(10))))
    f.write(b"\xff\xfe")
with open(p, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(p, "rb") as f:
    print(f.read(3), f.read(2), f.tell())
    f.seek(0)
    print(f.read(1))
    f.seek(-2, 2)
    print(f.read())
with open(p, "ab") as f:
    f.write(b"END")
with open(p, "rb") as f:
    print(f.read()[-5:])
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo\nwörld\n")
with open(p, "rb") as f:
    raw = f.read()
print(raw, len(raw))
with open(p, encoding="utf-8") as f:
    print(f.read())
with open(p, "r+") as f:
    f.write("HE")
with open(p, "rb") as f:
    print(f.readline(), f.readline())
try:
    with open(p, "rb") as f:
        f.write(b"x")
except Exception as e:
    print(type(e).__name__)
try:
    with open(p, "wb") as f:
        f.write("str")
except TypeError as e:
    print("TypeError:", e)
os.remove(p)
os.rmdir(d)
